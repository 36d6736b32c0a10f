/**
 * How each week state looks: a colour AND a symbol AND the French label (from the domain), so the
 * state never rests on colour alone. Colours keep a 4.5:1 text contrast on their background.
 */
import { CELL_STATE_LABELS, type CellState } from '$lib/domain/dashboard';

export interface CellStyle {
	symbol: string;
	label: string;
	tone: string;
}

const STYLES: Record<CellState, Omit<CellStyle, 'label'>> = {
	missing: { symbol: '✕', tone: 'bg-red-50 text-red-800 border-red-300' },
	draft: { symbol: '✎', tone: 'bg-amber-50 text-amber-900 border-amber-300' },
	submitted: { symbol: '→', tone: 'bg-sky-50 text-sky-900 border-sky-300' },
	'changes-requested': { symbol: '↺', tone: 'bg-orange-50 text-orange-900 border-orange-400' },
	signed: { symbol: '✓', tone: 'bg-green-50 text-green-900 border-green-400' },
	countersigned: { symbol: '✓✓', tone: 'bg-green-700 text-white border-green-800' },
	'modified-after-visa': { symbol: '⚠', tone: 'bg-fuchsia-50 text-fuchsia-900 border-fuchsia-400' },
	future: { symbol: '·', tone: 'bg-white text-slate-600 border-dashed border-slate-300' }
};

/** States in the order a teacher reads them: from nothing written to countersigned. */
export const CELL_STATES: CellState[] = [
	'missing',
	'draft',
	'submitted',
	'changes-requested',
	'signed',
	'countersigned',
	'modified-after-visa',
	'future'
];

export function cellStyle(state: CellState): CellStyle {
	return { ...STYLES[state], label: CELL_STATE_LABELS[state] };
}
