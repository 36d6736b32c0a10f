/** Shapes of the teacher's class dashboard: what it reads per student and what it returns. */
import type { DigestEntry, DigestPhoto, DigestWeek } from '../digest/week-digest.ts';
import type { VisaStateVisa, WeekVisaState } from '../visa/week-visa-state.ts';

export interface DashboardStage {
	_id: string;
	startDate: string;
	endDate: string;
	deleted?: boolean;
}

export interface DashboardWeek extends DigestWeek {
	_id: string;
	status: 'draft' | 'submitted';
	submittedAt?: string;
}

export interface DashboardVisa extends VisaStateVisa {
	weekId: string;
	stageId: string;
}

export interface DashboardStudent {
	studentId: string;
	name: string;
	stages: readonly DashboardStage[];
	weeks: readonly DashboardWeek[];
	entries: readonly DigestEntry[];
	/** Needed for the digest of weeks that carry a visa (photos are part of what is signed). */
	photos: readonly DigestPhoto[];
	visas: readonly DashboardVisa[];
	/** Current digest per week id, for the weeks that have visas (see `currentWeekDigests`). */
	digests?: ReadonlyMap<string, string>;
}

/** What the layout reads of a week document, an entry and a student (see `JournalSummary`). */
export interface LayoutWeek {
	_id: string;
	status: 'draft' | 'submitted';
	submittedAt?: string;
}

export interface LayoutEntry {
	_id: string;
	stageId: string;
	date: string;
	minutes: number;
	deleted?: boolean;
}

export interface LayoutStudent {
	studentId: string;
	name: string;
	stages: readonly DashboardStage[];
	weeks: readonly LayoutWeek[];
	entries: readonly LayoutEntry[];
	visas: readonly DashboardVisa[];
	digests?: ReadonlyMap<string, string>;
}

export interface DashboardThresholds {
	/** Days a submitted week may wait for its visa before it needs attention (default 7). */
	unsignedDays?: number;
	/** Days a request for changes may stay unanswered (default 7). */
	unansweredDays?: number;
}

export interface ClassDashboardInput<S extends LayoutStudent = DashboardStudent> {
	/** The teacher's calendar date, `YYYY-MM-DD`. */
	today: string;
	students: readonly S[];
	thresholds?: DashboardThresholds;
}

/** A week not started yet is `future`; the other states are those of `weekVisaState`. */
export type CellState = WeekVisaState | 'future';

export interface DashboardCell {
	weekId: string;
	stageId: string;
	monday: string;
	/** First and last weekday of the week inside the stage. */
	start: string;
	end: string;
	/** 0-based position of the week in its stage. */
	index: number;
	state: CellState;
	label: string;
	/** When the state started, when known (submission or visa instant). */
	since?: string;
	entryCount: number;
	minutes: number;
	/** Id of the visa the state comes from. */
	visaId?: string;
}

export type AttentionKind =
	'no-entries' | 'modified-after-visa' | 'changes-unanswered' | 'unsigned';

export interface AttentionItem {
	kind: AttentionKind;
	studentId: string;
	name: string;
	weekId: string;
	monday: string;
	/** How long the situation has lasted, in days. */
	days: number;
	message: string;
}

export type StateCounts = Record<CellState, number>;

export interface DashboardRow {
	studentId: string;
	name: string;
	cells: DashboardCell[];
	counts: StateCounts;
}

export interface ClassDashboard {
	today: string;
	rows: DashboardRow[];
	counts: StateCounts;
	attention: AttentionItem[];
}
