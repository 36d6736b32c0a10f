import { describe, expect, it } from 'vitest';
import { weekContent, weekDigest, type DigestEntry, type DigestPhoto } from './week-digest.ts';

const STAGE = 'stage:2026-06-01:abcdefghij';
const week = {
	_id: 'week:2026-06-01:abcdefghij',
	_rev: '2-x',
	stageId: STAGE,
	monday: '2026-06-01',
	summary: 'Semaine réseau.',
	difficulties: 'VLAN',
	learned: 'Le routage inter-VLAN.',
	updatedAt: '2026-06-05T16:00:00.000Z'
};
const entry = (id: string, date: string, extra: Partial<DigestEntry> = {}) => ({
	_id: `entry:${date}:${id}`,
	_rev: '1-a',
	stageId: STAGE,
	date,
	text: `Texte ${id}`,
	minutes: 120,
	activityIds: ['1.2'],
	tools: ['GLPI'],
	difficulties: '',
	learned: '',
	createdAt: '2026-06-01T08:00:00.000Z',
	updatedAt: '2026-06-01T08:00:00.000Z',
	...extra
});
const e1 = entry('bbbbbbbbbb', '2026-06-02');
const e2 = entry('aaaaaaaaaa', '2026-06-01');
const photo = (id: string, entryId: string, extra: Partial<DigestPhoto> = {}) => ({
	_id: `photo:2026-06-02:${id}`,
	entryId,
	caption: 'Baie',
	sha256: 'c'.repeat(64),
	createdAt: '2026-06-02T10:00:00.000Z',
	...extra
});
const p1 = photo('pppppppppp', e1._id);
const base = { week, entries: [e1, e2], photos: [p1] };

describe('weekContent', () => {
	it('keeps the week’s live entries and their photos, sorted by id, with the signed fields only', () => {
		const content = weekContent({
			week,
			entries: [
				e1,
				e2,
				entry('cccccccccc', '2026-06-03', { deleted: true }),
				entry('dddddddddd', '2026-06-08'),
				entry('eeeeeeeeee', '2026-06-03', { stageId: 'stage:2026-06-01:zzzzzzzzzz' })
			],
			photos: [p1, photo('qqqqqqqqqq', e1._id, { deleted: true }), photo('rrrrrrrrrr', 'entry:x')]
		});
		expect(content).toEqual({
			stageId: STAGE,
			monday: '2026-06-01',
			summary: 'Semaine réseau.',
			difficulties: 'VLAN',
			learned: 'Le routage inter-VLAN.',
			entries: [e2, e1].map((e) => ({
				id: e._id,
				date: e.date,
				text: e.text,
				minutes: 120,
				activityIds: ['1.2'],
				tools: ['GLPI'],
				difficulties: '',
				learned: ''
			})),
			photos: [{ id: p1._id, entryId: e1._id, caption: 'Baie', sha256: 'c'.repeat(64) }]
		});
	});
});

describe('weekDigest', () => {
	it('is a hex SHA-256 that ignores revisions, timestamps, order of input and of keys', async () => {
		const digest = await weekDigest(base);
		expect(digest).toMatch(/^[0-9a-f]{64}$/);
		const reshuffled = {
			week: { ...week, _rev: '9-z', updatedAt: '2027-01-01T00:00:00.000Z' },
			entries: [
				{ ...e2, _rev: '7-b', updatedAt: '2026-06-09T00:00:00.000Z' },
				Object.fromEntries(Object.entries(e1).reverse()) as typeof e1
			],
			photos: [{ ...p1, createdAt: '2026-06-09T00:00:00.000Z' }]
		};
		expect(await weekDigest(reshuffled)).toBe(digest);
		// Same text typed with a combining accent.
		const nfd = { ...week, summary: 'Semaine re\u0301seau.' };
		expect(await weekDigest({ ...base, week: nfd })).toBe(digest);
	});

	const changes: [string, typeof base][] = [
		['summary', { ...base, week: { ...week, summary: 'Autre.' } }],
		['week difficulties', { ...base, week: { ...week, difficulties: '' } }],
		['week learned', { ...base, week: { ...week, learned: 'x' } }],
		['entry text', { ...base, entries: [{ ...e1, text: 'Modifié' }, e2] }],
		['entry minutes', { ...base, entries: [{ ...e1, minutes: 121 }, e2] }],
		['entry activities', { ...base, entries: [{ ...e1, activityIds: ['1.2', '1.3'] }, e2] }],
		['activity order', { ...base, entries: [{ ...e1, activityIds: ['1.3', '1.2'] }, e2] }],
		['entry tools', { ...base, entries: [{ ...e1, tools: [] }, e2] }],
		['entry difficulties', { ...base, entries: [{ ...e1, difficulties: 'x' }, e2] }],
		['entry learned', { ...base, entries: [{ ...e1, learned: 'x' }, e2] }],
		['entry deleted', { ...base, entries: [{ ...e1, deleted: true }, e2] }],
		['entry added', { ...base, entries: [e1, e2, entry('ffffffffff', '2026-06-05')] }],
		['photo caption', { ...base, photos: [{ ...p1, caption: 'Autre' }] }],
		['photo bytes', { ...base, photos: [{ ...p1, sha256: 'd'.repeat(64) }] }],
		['photo deleted', { ...base, photos: [{ ...p1, deleted: true }] }]
	];

	it.each(changes)('changes when %s changes', async (_label, changed) => {
		expect(await weekDigest(changed)).not.toBe(await weekDigest(base));
	});
});
