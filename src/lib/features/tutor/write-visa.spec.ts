import '$lib/data/test-setup.ts';
// The journal's PouchDB replicates only once its remote plugins are loaded (as in the app).
import '$lib/data/pouchdb-remote.ts';
import PouchDB from 'pouchdb-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEntry, deleteEntry, updateEntry } from '$lib/data/entry.repository';
import { destroyJournal, openJournal, type JournalDb } from '$lib/data/journal-db';
import { saveStage } from '$lib/data/stage.repository';
import { submitWeek } from '$lib/data/week.repository';
import { weekId } from '$lib/domain/ids';
import { verifyVisaDigest, type CoveredDoc } from '$lib/domain/visa';
import { changesSinceVisa, loadWeekView } from './week-view';
import { writeVisa } from './write-visa';

const SIGNATURE = 'data:image/png;base64,iVBORw0KGgo=';
const TUTOR = { userId: 'tutor1', role: 'tutor' } as const;

let userId: string;
let db: JournalDb;
beforeEach(() => {
	userId = `u${Math.random().toString(36).slice(2, 10)}`;
	db = openJournal(userId);
});
afterEach(() => destroyJournal(userId));

async function submittedWeek() {
	const stage = await saveStage(db, {
		organisation: { name: 'Mairie de Lyon' },
		tutor: { name: 'Mme Durand' },
		startDate: '2026-05-18',
		endDate: '2026-06-19',
		trainingYear: 1
	});
	const monday = await createEntry(db, { stageId: stage._id, date: '2026-05-18' });
	await updateEntry(db, monday._id, { text: 'Câblage de la baie.', minutes: 420 });
	const tuesday = await createEntry(db, { stageId: stage._id, date: '2026-05-19' });
	const gone = await createEntry(db, { stageId: stage._id, date: '2026-05-20' });
	await deleteEntry(db, gone._id);
	await createEntry(db, { stageId: stage._id, date: '2026-05-25' }); // next week
	await submitWeek(db, { stageId: stage._id, monday: '2026-05-18' }, 'f'.repeat(64));
	return { id: weekId('2026-05-18', stage._id), monday, tuesday };
}

describe('writeVisa', () => {
	it('covers the week and its live entries at their revisions, with a digest the gateway accepts', async () => {
		const { id, monday, tuesday } = await submittedWeek();
		const visa = await writeVisa(db, id, TUTOR, {
			decision: 'signed',
			signerName: ' Karim Benali ',
			comment: '',
			signature: SIGNATURE,
			criteria: { ponctualite: '4', autonomie: '' }
		});
		expect(visa._id.startsWith(`visa:${id}:${visa.signedAt}:`)).toBe(true);
		expect(visa.signerName).toBe('Karim Benali');
		expect(visa.criteria).toEqual({ ponctualite: '4' });
		expect(visa.covers.map((c) => c.id).sort()).toEqual([id, monday._id, tuesday._id].sort());

		const coveredDocs = await Promise.all(
			visa.covers.map(async (c) => (await db.get(c.id, { rev: c.rev })) as unknown as CoveredDoc)
		);
		expect(await verifyVisaDigest({ visa, coveredDocs })).toEqual({ ok: true });
		expect((await loadWeekView(db, id))?.status.state).toBe('signed');
	});

	it('shows « modifié après visa » with what changed once an entry is edited', async () => {
		const { id, monday } = await submittedWeek();
		const visa = await writeVisa(db, id, TUTOR, {
			decision: 'signed',
			signerName: 'Karim Benali',
			comment: '',
			signature: SIGNATURE
		});
		// The local journal compacts old revisions: the signed ones come from the gateway copy.
		const gateway = new PouchDB(`gateway-${userId}`);
		await db.replicate.to(gateway);
		await updateEntry(db, monday._id, { text: 'Câblage de la baie, puis tests.' });

		const view = await loadWeekView(db, id);
		expect(view?.status.state).toBe('modified-after-visa');
		expect(view?.status.label).toBe('Modifié après visa');
		const changes = await changesSinceVisa(db, view!, visa, gateway);
		expect(changes?.map((c) => [c.message, c.fields])).toEqual([
			['Entrée du lundi 18 mai modifiée', ['texte']]
		]);
		await gateway.destroy();
	});

	it('refuses a request for changes without a comment, in French', async () => {
		const { id } = await submittedWeek();
		await expect(
			writeVisa(db, id, TUTOR, { decision: 'changes_requested', signerName: 'K', comment: ' ' })
		).rejects.toThrow('Indiquez les modifications demandées.');
	});
});
