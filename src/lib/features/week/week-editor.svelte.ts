/**
 * One weekly report: the week's days and entries (read-only here), its three texts autosaved
 * like entries (Dexie draft at each keystroke, folded into PouchDB shortly after), and sending
 * it to the tutor, which stores the digest of exactly what was sent.
 */
import { flushDraft, getDraft } from '$lib/data/draft.repository';
import { listEntries } from '$lib/data/entry.repository';
import { openJournal, type JournalDb } from '$lib/data/journal-db';
import { listPhotos } from '$lib/data/photo.repository';
import { listStages } from '$lib/data/stage.repository';
import { getWeek, submitWeek } from '$lib/data/week.repository';
import { isQuotaError, QUOTA_MESSAGE } from '$lib/data/storage';
import { addDays } from '$lib/domain/calendar/dates';
import { weekDigest } from '$lib/domain/digest/week-digest';
import { mondayOfWeekId, randOf } from '$lib/domain/ids';
import type { Stage } from '$lib/domain/schemas/stage.schema';
import type { WeekFields } from '$lib/domain/schemas/week.schema';
import { buildWeekReport, type WeekReport } from '$lib/domain/week-report/week-report';
import { onBeforeReload } from '$lib/features/pwa/before-reload';
import { DraftWriter } from '$lib/features/journal/draft-writer';
import type { SaveState } from '$lib/features/journal/entry-editor.svelte';

const FLUSH_DELAY_MS = 1500;

export class WeekEditor {
	summary = $state('');
	difficulties = $state('');
	learned = $state('');
	report = $state<WeekReport | null>(null);
	saveState = $state<SaveState>('idle');
	error = $state('');
	sending = $state(false);

	readonly stage: Stage;
	readonly monday: string;
	readonly id: string;
	readonly #userId: string;
	readonly #writer: DraftWriter;
	#timer: ReturnType<typeof setTimeout> | undefined;

	private constructor(userId: string, stage: Stage, monday: string, id: string) {
		this.#userId = userId;
		this.stage = stage;
		this.monday = monday;
		this.id = id;
		this.#writer = new DraftWriter(userId, id, 'week', (state, error) => {
			this.saveState = state;
			if (state === 'error') {
				this.error = isQuotaError(error) ? QUOTA_MESSAGE : 'Enregistrement impossible.';
			}
		});
	}

	/** Always the live handle: iOS may have closed and reopened the journal meanwhile. */
	get #db(): JournalDb {
		return openJournal(this.#userId);
	}

	static async open(db: JournalDb, userId: string, id: string): Promise<WeekEditor | null> {
		const monday = mondayOfWeekId(id);
		const stage = (await listStages(db)).find((s) => randOf(s._id) === id.slice(-10));
		if (!monday || !stage) return null;
		const editor = new WeekEditor(userId, stage, monday, id);
		const [week, draft] = await Promise.all([getWeek(db, id), getDraft(userId, id)]);
		const texts = { ...week, ...(draft?.patch as Partial<WeekFields> | undefined) };
		editor.summary = texts.summary ?? '';
		editor.difficulties = texts.difficulties ?? '';
		editor.learned = texts.learned ?? '';
		try {
			await editor.refresh();
		} catch (error) {
			// A week outside the stage's dates (e.g. an old link after the dates changed).
			if (error instanceof RangeError) return null;
			throw error;
		}
		return editor;
	}

	attach(): () => void {
		const onHide = () => {
			if (document.visibilityState === 'hidden') void this.flush();
		};
		document.addEventListener('visibilitychange', onHide);
		const offReload = onBeforeReload(() => this.flush());
		return () => {
			document.removeEventListener('visibilitychange', onHide);
			offReload();
			void this.flush();
		};
	}

	set(field: keyof WeekFields, value: string): Promise<void> {
		this[field] = value;
		const write = this.#writer.write({
			stageId: this.stage._id,
			monday: this.monday,
			[field]: value
		});
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush().then(() => this.refresh()), FLUSH_DELAY_MS);
		return write;
	}

	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		await this.#writer.settled();
		const result = await flushDraft(this.#db, this.#userId, this.id);
		if (!result.ok) {
			this.saveState = 'error';
			this.error = 'Texte non intégré au journal ; il reste enregistré sur l’appareil.';
		}
	}

	async #content() {
		const [week, entries, photos] = await Promise.all([
			getWeek(this.#db, this.id),
			listEntries(this.#db, { from: this.monday, to: addDays(this.monday, 6) }),
			listPhotos(this.#db, { stageId: this.stage._id })
		]);
		return { week, entries: entries.filter((e) => e.stageId === this.stage._id), photos };
	}

	/** Rebuilds the report (days, totals, status) from what is stored. */
	async refresh(): Promise<void> {
		const { week, entries, photos } = await this.#content();
		this.report = await buildWeekReport({
			stage: this.stage,
			monday: this.monday,
			week,
			entries,
			photos
		});
	}

	/** « Envoyer au tuteur »: stores the digest of the content as it is now. */
	async send(): Promise<void> {
		this.sending = true;
		try {
			await this.flush();
			const { entries, photos } = await this.#content();
			const digest = await weekDigest({
				week: {
					stageId: this.stage._id,
					monday: this.monday,
					summary: this.summary,
					difficulties: this.difficulties,
					learned: this.learned
				},
				entries,
				photos
			});
			await submitWeek(this.#db, { stageId: this.stage._id, monday: this.monday }, digest);
			await this.refresh();
		} catch (error) {
			this.error = isQuotaError(error) ? QUOTA_MESSAGE : 'Envoi impossible pour l’instant.';
		} finally {
			this.sending = false;
		}
	}
}
