import { describe, expect, it } from 'vitest';
import { mergeText, resolveConflict, TEXT_SEPARATOR, type SyncedDoc } from './conflicts.ts';

function entry(fields: Partial<SyncedDoc> = {}): SyncedDoc {
	return {
		_id: 'entry:2026-06-03:abcdefghij',
		type: 'entry',
		schemaVersion: 1,
		stageId: 'stage:2026-05-25:klmnopqrst',
		date: '2026-06-03',
		text: 'Installation du serveur DHCP.',
		minutes: 120,
		activityIds: ['1.1'],
		tools: ['Windows Server'],
		difficulties: '',
		learned: '',
		confidential: false,
		createdAt: '2026-06-03T08:00:00.000Z',
		updatedAt: '2026-06-03T09:00:00.000Z',
		...fields
	};
}

describe('resolveConflict', () => {
	it('keeps both texts when both devices rewrote the same field', () => {
		const winner = entry({
			_rev: '3-a',
			text: 'Version du téléphone.',
			updatedAt: '2026-06-03T10:00:00.000Z'
		});
		const loser = entry({ _rev: '3-b', text: 'Version de la tablette.' });
		const merged = resolveConflict(winner, [loser]);
		expect(merged?.text).toBe(`Version du téléphone.${TEXT_SEPARATOR}Version de la tablette.`);
		expect(merged?._rev).toBe('3-a');
	});

	it('puts the newest text first whichever revision PouchDB picked', () => {
		const winner = entry({ _rev: '3-a', text: 'Ancienne.', updatedAt: '2026-06-03T09:00:00.000Z' });
		const loser = entry({ _rev: '3-b', text: 'Récente.', updatedAt: '2026-06-03T11:00:00.000Z' });
		const merged = resolveConflict(winner, [loser]);
		expect(merged?.text).toBe(`Récente.${TEXT_SEPARATOR}Ancienne.`);
		expect(merged?.updatedAt).toBe('2026-06-03T11:00:00.000Z');
		expect(merged?._rev).toBe('3-a');
	});

	it('takes the extended text when one device only appended', () => {
		const merged = resolveConflict(entry({ text: 'Début.' }), [entry({ text: 'Début. Suite.' })]);
		expect(merged?.text).toBe('Début. Suite.');
	});

	it('with the common ancestor, takes each field from the side that changed it', () => {
		const base = entry();
		const a = entry({ _rev: '3-a', learned: 'Le DHCP.', updatedAt: '2026-06-03T12:00:00.000Z' });
		const b = entry({ _rev: '3-b', text: 'Texte corrigé.', minutes: 90 });
		const merged = resolveConflict(a, [b], base);
		expect(merged).toMatchObject({ text: 'Texte corrigé.', learned: 'Le DHCP.', minutes: 90 });
	});

	it('unites activities and tools and keeps the newest scalar', () => {
		const a = entry({
			activityIds: ['1.1', '1.2'],
			tools: ['GLPI'],
			minutes: 60,
			updatedAt: '2026-06-03T12:00:00.000Z'
		});
		const b = entry({ activityIds: ['1.1', 'A2.1'], tools: ['Windows Server'], minutes: 30 });
		const merged = resolveConflict(b, [a]);
		expect(merged?.activityIds).toEqual(['1.1', '1.2', 'A2.1']);
		expect(merged?.tools).toEqual(['GLPI', 'Windows Server']);
		expect(merged?.minutes).toBe(60);
		expect(merged?.createdAt).toBe('2026-06-03T08:00:00.000Z');
	});

	it('deletes only when every device deleted', () => {
		const deleted = entry({ deleted: true, updatedAt: '2026-06-03T12:00:00.000Z' });
		const edited = entry({ text: 'Modifié hors ligne.' });
		expect(resolveConflict(deleted, [edited])).not.toHaveProperty('deleted');
		expect(resolveConflict(deleted, [entry({ deleted: true })])?.deleted).toBe(true);
	});

	it('merges nested objects per key (stage tutor)', () => {
		const stage = (tutor: object, updatedAt: string): SyncedDoc => ({
			_id: 'stage:2026-05-25:abcdefghij',
			type: 'stage',
			tutor,
			objectives: '',
			updatedAt
		});
		const base = stage({ name: 'M. Durand' }, '2026-05-01T00:00:00.000Z');
		const a = stage({ name: 'M. Durand', email: 'durand@example.fr' }, '2026-05-02T00:00:00.000Z');
		const b = stage({ name: 'M. Durand', phone: '0600000000' }, '2026-05-03T00:00:00.000Z');
		expect(resolveConflict(a, [b], base)?.tutor).toEqual({
			name: 'M. Durand',
			email: 'durand@example.fr',
			phone: '0600000000'
		});
	});

	it('never drops a photo attachment and keeps both captions', () => {
		const photo = (caption: string, attachments: Record<string, unknown>): SyncedDoc => ({
			_id: 'photo:2026-06-03:abcdefghij',
			type: 'photo',
			caption,
			_attachments: attachments
		});
		const a = photo('Baie de brassage', { 'image.jpg': { digest: 'md5-a', stub: true } });
		const b = photo('Salle serveur', { 'thumb.jpg': { digest: 'md5-t', stub: true } });
		const merged = resolveConflict(a, [b]);
		expect(Object.keys(merged?._attachments ?? {}).sort()).toEqual(['image.jpg', 'thumb.jpg']);
		expect(merged?.caption).toContain('Baie de brassage');
		expect(merged?.caption).toContain('Salle serveur');
	});

	it('keeps a week submission’s date and digest together', () => {
		const week = (fields: Partial<SyncedDoc>): SyncedDoc => ({
			_id: 'week:2026-06-01:abcdefghij',
			type: 'week',
			summary: 'Semaine réseau.',
			status: 'draft',
			updatedAt: '2026-06-05T10:00:00.000Z',
			...fields
		});
		const base = week({});
		const submitted = week({
			status: 'submitted',
			submittedAt: '2026-06-05T17:00:00.000Z',
			submittedDigest: 'a'.repeat(64),
			updatedAt: '2026-06-05T17:00:00.000Z'
		});
		const edited = week({
			summary: 'Semaine réseau et VLAN.',
			updatedAt: '2026-06-05T16:00:00.000Z'
		});
		const resubmitted = week({
			status: 'submitted',
			submittedAt: '2026-06-05T18:00:00.000Z',
			submittedDigest: 'b'.repeat(64),
			updatedAt: '2026-06-05T15:00:00.000Z'
		});
		expect(resolveConflict(edited, [submitted], base)).toMatchObject({
			summary: 'Semaine réseau et VLAN.',
			status: 'submitted',
			submittedAt: '2026-06-05T17:00:00.000Z',
			submittedDigest: 'a'.repeat(64)
		});
		expect(resolveConflict(submitted, [resubmitted])).toMatchObject({
			submittedAt: '2026-06-05T18:00:00.000Z',
			submittedDigest: 'b'.repeat(64)
		});
	});

	it('leaves visas and comments alone (every revision is kept)', () => {
		const visa: SyncedDoc = { _id: 'visa:w:1:abcdefghij', type: 'visa', comment: 'Bien' };
		expect(resolveConflict(visa, [{ ...visa, comment: 'Très bien' }])).toBeNull();
		expect(resolveConflict({ _id: 'comment:x', type: 'comment' }, [])).toBeNull();
	});

	it('is deterministic, so two devices write the same revision', () => {
		const a = entry({ text: 'A', tools: ['x'] });
		const b = entry({ text: 'B', tools: ['y'], minutes: 5 });
		expect(JSON.stringify(resolveConflict(a, [b]))).toBe(JSON.stringify(resolveConflict(a, [b])));
	});
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
}

const WORDS = ['réseau', 'VLAN', 'GLPI', 'pare-feu', 'script', 'sauvegarde', 'câblage', '', ' '];

function randomText(next: () => number): string {
	const length = Math.floor(next() * 5);
	return Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

function edit(next: () => number, text: string): string {
	const roll = next();
	if (roll < 0.25) return text; // unchanged
	if (roll < 0.5) return `${text} ${randomText(next)}`; // appended
	if (roll < 0.6) return ''; // cleared
	return randomText(next); // rewritten
}

describe('resolveConflict (property: no non-empty text is lost)', () => {
	it('keeps every side’s non-empty text over 2000 random two-sided edits', () => {
		const next = random(42);
		for (let run = 0; run < 2000; run++) {
			const base = entry({ text: randomText(next), learned: randomText(next) });
			const sides = [0, 1, 2].slice(0, 2 + Math.floor(next() * 2)).map((i) =>
				entry({
					_rev: `3-${i}`,
					text: edit(next, base.text as string),
					learned: edit(next, base.learned as string),
					updatedAt: `2026-06-0${1 + Math.floor(next() * 9)}T00:00:00.000Z`
				})
			);
			const withBase = next() < 0.5;
			const [winner, ...losers] = sides;
			const merged = resolveConflict(winner!, losers, withBase ? base : undefined)!;
			for (const side of sides) {
				for (const field of ['text', 'learned'] as const) {
					const value = (side[field] as string).trim();
					// With the ancestor known, an unchanged field is the old text, replaced on purpose.
					if (!value || (withBase && side[field] === base[field])) continue;
					expect(merged[field], `run ${run} ${field}`).toContain(value);
				}
			}
		}
	});

	it('mergeText keeps both sides without an ancestor', () => {
		const next = random(7);
		for (let run = 0; run < 1000; run++) {
			const a = randomText(next);
			const b = randomText(next);
			const merged = mergeText(a, b);
			expect(merged).toContain(a.trim());
			expect(merged).toContain(b.trim());
		}
	});
});
