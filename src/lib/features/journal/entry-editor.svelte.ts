/**
 * Editing one journal entry without ever losing a keystroke: every change goes to the Dexie
 * draft at once (`saveDraft`), and the draft is folded into the PouchDB entry 1.5 s after the
 * last keystroke, when the page is hidden or left, and before an app update reloads the page.
 * When the page ends with keystrokes not yet in IndexedDB, they are mirrored synchronously
 * (`mirrorDraftNow`): an IndexedDB write started then may never commit.
 */
import { flushDraft, getDraft, saveDraft } from '$lib/data/draft.repository';
import { getEntry } from '$lib/data/entry.repository';
import { openJournal, type JournalDb } from '$lib/data/journal-db';
import { isQuotaError, QUOTA_MESSAGE } from '$lib/data/storage';
import type { Entry, EntryFields } from '$lib/domain/schemas/entry.schema';
import { onBeforeReload } from '$lib/features/pwa/before-reload';
import { mirrorDraftNow, takeMirroredDraft } from '$lib/features/forms/form-draft';
import { DraftWriter } from './draft-writer';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
type Editable = Pick<
	EntryFields,
	'text' | 'minutes' | 'activityIds' | 'tools' | 'difficulties' | 'learned' | 'confidential'
>;

const FLUSH_DELAY_MS = 1500;
const mirrorForm = (entryId: string) => `entry:${entryId}`;
const WRITE_FAILED = 'Enregistrement impossible sur cet appareil.';

export class EntryEditor {
	text = $state('');
	minutes = $state(0);
	activityIds = $state<string[]>([]);
	tools = $state<string[]>([]);
	difficulties = $state('');
	learned = $state('');
	confidential = $state(false);
	saveState = $state<SaveState>('idle');
	error = $state('');

	readonly entry: Entry;
	readonly #userId: string;
	readonly #writer: DraftWriter;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#cleanup: (() => void)[] = [];

	private constructor(userId: string, entry: Entry, patch: Partial<Editable>) {
		this.#userId = userId;
		this.entry = entry;
		this.#writer = new DraftWriter(userId, entry._id, 'entry', (state, error) => {
			this.saveState = state;
			if (state === 'error') this.error = isQuotaError(error) ? QUOTA_MESSAGE : WRITE_FAILED;
			if (state === 'saved') this.error = '';
		});
		const fields = { ...entry, ...patch };
		this.text = fields.text;
		this.minutes = fields.minutes;
		this.activityIds = [...fields.activityIds];
		this.tools = [...fields.tools];
		this.difficulties = fields.difficulties;
		this.learned = fields.learned;
		this.confidential = fields.confidential;
	}

	/** Always the live handle: iOS may have closed and reopened the journal meanwhile. */
	get #db(): JournalDb {
		return openJournal(this.#userId);
	}

	/** The entry as stored, with any draft not yet folded in laid over it. */
	static async open(db: JournalDb, userId: string, entryId: string): Promise<EntryEditor | null> {
		const entry = await getEntry(db, entryId);
		if (!entry) return null;
		const draft = await getDraft(userId, entryId);
		// Keystrokes the page's end mirrored are newer than the IndexedDB draft: stored there now.
		const taken = takeMirroredDraft<Partial<Editable>>(userId, mirrorForm(entryId));
		const mirrored = taken && (!draft || taken.at >= draft.updatedAt) ? taken : null;
		if (mirrored) await saveDraft(userId, entryId, 'entry', mirrored.values);
		const patch = { ...(draft?.patch ?? {}), ...(mirrored?.values ?? {}) };
		return new EntryEditor(userId, entry, patch as Partial<Editable>);
	}

	/** Starts flushing on hide/leave and before an update reload; returns the teardown. */
	attach(): () => void {
		const onHide = () => {
			// Back from hidden: not the page's end after all, what it writes next is newer.
			if (document.visibilityState !== 'hidden') {
				takeMirroredDraft(this.#userId, mirrorForm(this.entry._id));
				return;
			}
			this.#mirrorIfUnsaved();
			void this.flush();
		};
		const onPageHide = () => {
			this.#mirrorIfUnsaved();
			void this.flush();
		};
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

	#mirrorIfUnsaved(): void {
		if (!this.#writer.busy) return;
		const values: Editable = {
			text: this.text,
			minutes: this.minutes,
			activityIds: $state.snapshot(this.activityIds),
			tools: $state.snapshot(this.tools),
			difficulties: this.difficulties,
			learned: this.learned,
			confidential: this.confidential
		};
		mirrorDraftNow(this.#userId, mirrorForm(this.entry._id), { base: null, values });
	}

	/** Stores one change at once. `startedAt` is the input event's timestamp, for measuring. */
	set<K extends keyof Editable>(field: K, value: Editable[K], startedAt?: number): Promise<void> {
		(this as unknown as Editable)[field] = value;
		const write = this.#writer.write({ [field]: $state.snapshot(value) }, startedAt);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
		return write;
	}

	toggleActivity(id: string): Promise<void> {
		const ids = this.activityIds.includes(id)
			? this.activityIds.filter((a) => a !== id)
			: [...this.activityIds, id];
		return this.set('activityIds', ids);
	}

	addTool(name: string): Promise<void> {
		const tool = name.trim();
		if (!tool || this.tools.some((t) => t.toLowerCase() === tool.toLowerCase())) {
			return Promise.resolve();
		}
		return this.set('tools', [...this.tools, tool]);
	}

	removeTool(name: string): Promise<void> {
		return this.set(
			'tools',
			this.tools.filter((t) => t !== name)
		);
	}

	/** Folds the draft into the journal; an invalid draft stays on the device with its message. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		await this.#writer.settled();
		try {
			const result = await flushDraft(this.#db, this.#userId, this.entry._id);
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
	if (issues?.[0]) return `${issues[0].message} Votre texte reste enregistré sur l’appareil.`;
	return 'Enregistrement dans le journal impossible pour l’instant ; votre texte reste sur l’appareil.';
}
