/**
 * Reads the seed text of the arrêté (seed 001) for the référentiel tests, and extracts from it,
 * independently of the JSON, what the JSON must contain.
 *
 * Normalisation is deliberately narrow: lines holding only a page number are dropped and white
 * space runs (line breaks included) become one space. Nothing else (quotes, case, accents,
 * punctuation) is touched, so a label matches only if the text says exactly that.
 */
import { readFileSync } from 'node:fs';

export const SEED_FILE = '001_e64450ff656d2950.txt';

export function readSeed(): string {
	const dir = process.env.SEEDS_DIR ?? new URL('../../shared/seeds/', import.meta.url).pathname;
	return readFileSync(`${dir.replace(/\/?$/, '/')}${SEED_FILE}`, 'utf8');
}

const PAGE_NUMBER_LINE = /^\s*\d{1,3}\s*$/;

export function normalise(text: string): string {
	return text
		.split('\n')
		.filter((line) => !PAGE_NUMBER_LINE.test(line))
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The raw text between two headings, each of which must occur exactly once. */
export function region(text: string, start: string, end: string): string {
	for (const marker of [start, end]) {
		const first = text.indexOf(marker);
		if (first < 0 || text.indexOf(marker, first + 1) >= 0) {
			throw new Error(`Heading not found exactly once in the seed: ${marker}`);
		}
	}
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (to < from) throw new Error(`${end} comes before ${start}`);
	return text.slice(from, to);
}

export type Found = { at: number; end: number; split: boolean };

/**
 * Where `label` occurs in the normalised `haystack` at or after `from`. A label the PDF layout
 * cut in two (its end printed after a column or page break) is found as a prefix followed, within
 * `maxGap` characters, by the rest; each part must have at least two words. The caller decides
 * which labels may be split.
 */
export function findLabel(haystack: string, label: string, from = 0, maxGap = 3000): Found | null {
	const wanted = normalise(label);
	const at = haystack.indexOf(wanted, from);
	if (at >= 0) return { at, end: at + wanted.length, split: false };
	const words = wanted.split(' ');
	for (let k = 2; k <= words.length - 2; k++) {
		const head = words.slice(0, k).join(' ');
		const tail = words.slice(k).join(' ');
		for (let h = haystack.indexOf(head, from); h >= 0; h = haystack.indexOf(head, h + 1)) {
			const t = haystack.indexOf(tail, h + head.length);
			if (t >= 0 && t - (h + head.length) <= maxGap)
				return { at: h, end: t + tail.length, split: true };
		}
	}
	return null;
}

export type ExtractedActivity = { id: string; label: string; subActivities: string[] };

const ACTIVITY_HEADING = /^\s*Activité ([AB]?\d\.\d)\. (.*)$/;
/** Lines that close a list of sub-activities without starting another activity. */
const LIST_END = /Conditions d’exercice|^\s*Option [AB] «|^\s*Activités de tronc commun/;

/**
 * The activities of annex I.A as the text lays them out: `Activité 1.2. <label>` (the label may
 * wrap), then one `- ` line per sub-activity, whose wrapped continuation lines carry no dash.
 */
export function extractActivities(annexIA: string): ExtractedActivity[] {
	const found: ExtractedActivity[] = [];
	let current: ExtractedActivity | undefined;
	let inHeading = false;
	for (const raw of annexIA.split('\n')) {
		const line = raw.trim();
		const heading = ACTIVITY_HEADING.exec(raw);
		if (heading) {
			current = { id: heading[1] ?? '', label: heading[2] ?? '', subActivities: [] };
			found.push(current);
			inHeading = true;
		} else if (!current || line === '' || PAGE_NUMBER_LINE.test(line)) {
			continue;
		} else if (LIST_END.test(raw)) {
			current = undefined;
		} else if (line.startsWith('- ')) {
			inHeading = false;
			current.subActivities.push(line.slice(2));
		} else if (inHeading) {
			current.label += ` ${line}`;
		} else if (current.subActivities.length > 0) {
			current.subActivities[current.subActivities.length - 1] += ` ${line}`;
		}
	}
	return found.map((a) => ({
		id: a.id,
		label: normalise(a.label),
		subActivities: a.subActivities.map(normalise)
	}));
}

const FRENCH_NUMBERS: Record<string, number> = {
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	dix: 10
};

/** A number written in digits or as a small French word, as the arrêté does. */
export function frenchNumber(word: string): number {
	const n = /^\d+$/.test(word) ? Number(word) : FRENCH_NUMBERS[word];
	if (n === undefined) throw new Error(`Not a number: ${word}`);
	return n;
}
