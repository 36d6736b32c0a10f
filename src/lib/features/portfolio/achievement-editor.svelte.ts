/**
 * Editing one achievement without ever losing a keystroke, exactly like the entry editor: every
 * change goes to the Dexie draft at once, and the draft is folded into the PouchDB document 1.5 s
 * after the last change, when the page is hidden or left, and before an app update reloads it.
 * An invalid draft (a date being typed) stays on the device with its French message.
 */
import { getAchievement } from '$lib/data/achievement.repository';
import { flushDraft, getDraft } from '$lib/data/draft.repository';
import { openJournal, type JournalDb } from '$lib/data/journal-db';
import { isQuotaError, QUOTA_MESSAGE } from '$lib/data/storage';
import type { Achievement, AchievementFields } from '$lib/domain/schemas/achievement.schema';
import { DraftWriter } from '$lib/features/journal/draft-writer';
import { onBeforeReload } from '$lib/features/pwa/before-reload';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
export type Editable = Omit<AchievementFields, 'stageId'> & { stageId: string | undefined };

const FLUSH_DELAY_MS = 1500;
const WRITE_FAILED = 'Enregistrement impossible sur cet appareil.';

export class AchievementEditor {
	fields = $state<Editable>() as Editable;
	saveState = $state<SaveState>('idle');
	error = $state('');

	readonly achievement: Achievement;
	readonly #userId: string;
	readonly #writer: DraftWriter;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#cleanup: (() => void)[] = [];

	private constructor(userId: string, achievement: Achievement, patch: Partial<Editable>) {
		this.#userId = userId;
		this.achievement = achievement;
		this.#writer = new DraftWriter(userId, achievement._id, 'achievement', (state, error) => {
			this.saveState = state;
			if (state === 'error') this.error = isQuotaError(error) ? QUOTA_MESSAGE : WRITE_FAILED;
			if (state === 'saved') this.error = '';
		});
		const { _id, _rev, type, schemaVersion, createdAt, updatedAt, deleted, ...fields } = {
			...achievement,
			...patch
		};
		void [_id, _rev, type, schemaVersion, createdAt, updatedAt, deleted];
		this.fields = { ...structuredClone(fields), stageId: fields.stageId };
	}

	get #db(): JournalDb {
		return openJournal(this.#userId);
	}

	/** The achievement as stored, with any draft not yet folded in laid over it. */
	static async open(db: JournalDb, userId: string, id: string): Promise<AchievementEditor | null> {
		const achievement = await getAchievement(db, id);
		if (!achievement || achievement.deleted) return null;
		const draft = await getDraft(userId, id);
		return new AchievementEditor(userId, achievement, (draft?.patch ?? {}) as Partial<Editable>);
	}

	/** Starts flushing on hide/leave and before an update reload; returns the teardown. */
	attach(): () => void {
		const onHide = () => {
			if (document.visibilityState === 'hidden') void this.flush();
		};
		const onPageHide = () => void this.flush();
		document.addEventListener('visibilitychange', onHide);
		window.addEventListener('pagehide', onPageHide);
		this.#cleanup.push(
			() => document.removeEventListener('visibilitychange', onHide),
			() => window.removeEventListener('pagehide', onPageHide),
			onBeforeReload(() => this.flush())
		);
		return () => {
			this.#cleanup.forEach((fn) => fn());
			this.#cleanup = [];
			void this.flush();
		};
	}

	/** Stores one change at once (Dexie), folded into the journal shortly after. */
	set<K extends keyof Editable>(field: K, value: Editable[K], startedAt?: number): Promise<void> {
		this.fields[field] = value;
		const write = this.#writer.write({ [field]: $state.snapshot(value) }, startedAt);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
		return write;
	}

	/**
	 * Adds or removes an id from one of the list fields. Ticking a sub-competence (`C1.2.1`)
	 * replaces its bare competence (`C1.2`, as a journal activity prefilled it): it says more.
	 */
	toggle(field: 'competenceIds' | 'photoIds' | 'entryIds', id: string): Promise<void> {
		const list = this.fields[field];
		if (list.includes(id))
			return this.set(
				field,
				list.filter((x) => x !== id)
			);
		const parent = field === 'competenceIds' ? id.split('.').slice(0, 2).join('.') : id;
		return this.set(field, [...list.filter((x) => x !== parent || parent === id), id]);
	}

	toggleSituation(kind: Editable['situationKinds'][number]): Promise<void> {
		const list = this.fields.situationKinds;
		return this.set(
			'situationKinds',
			list.includes(kind) ? list.filter((k) => k !== kind) : [...list, kind]
		);
	}

	/** Folds the draft into the journal; an invalid draft stays on the device with its message. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		await this.#writer.settled();
		try {
			const result = await flushDraft(this.#db, this.#userId, this.achievement._id);
			if (!result.ok) {
				this.saveState = 'error';
				this.error = describe(result.error);
			}
		} catch (error) {
			this.saveState = 'error';
			this.error = describe(error);
		}
	}
}

function describe(error: unknown): string {
	if (isQuotaError(error)) return QUOTA_MESSAGE;
	const issues = (error as { issues?: { message: string }[] } | null)?.issues;
	if (issues?.[0]) return `${issues[0].message} Votre saisie reste enregistrée sur l’appareil.`;
	return 'Enregistrement dans le journal impossible pour l’instant ; votre saisie reste sur l’appareil.';
}
