import { describe, expect, it } from 'vitest';
import type { WeekContent } from '../digest/week-digest.ts';
import { describeChangesSinceVisa } from './changes-since-visa.ts';

const tuesday = {
	id: 'entry:2026-05-19:aaaaaaaaaa',
	date: '2026-05-19',
	text: 'Installation du serveur DHCP.',
	minutes: 240,
	activityIds: ['1.2'],
	tools: ['Windows Server'],
	difficulties: '',
	learned: ''
};
const wednesday = { ...tuesday, id: 'entry:2026-05-20:bbbbbbbbbb', date: '2026-05-20' };
const photo = {
	id: 'photo:2026-05-19:pppppppppp',
	entryId: tuesday.id,
	caption: 'Baie',
	sha256: 'a'.repeat(64)
};
const signed: WeekContent = {
	stageId: 'stage:2026-05-18:ssssssssss',
	monday: '2026-05-18',
	summary: 'Semaine réseau.',
	difficulties: '',
	learned: '',
	entries: [tuesday, wednesday],
	photos: [photo]
};
const messages = (current: WeekContent) =>
	describeChangesSinceVisa(signed, current).map((c) => c.message);

describe('describeChangesSinceVisa', () => {
	it('finds nothing when the content is the same, even typed in another Unicode form', () => {
		expect(describeChangesSinceVisa(signed, structuredClone(signed))).toEqual([]);
		expect(messages({ ...signed, summary: 'Semaine re\u0301seau.' })).toEqual([]);
	});

	it('names the edited entry by its day and lists the fields that changed', () => {
		const changes = describeChangesSinceVisa(signed, {
			...signed,
			entries: [{ ...tuesday, text: 'Autre', minutes: 60, activityIds: ['1.2', '1.3'] }, wednesday]
		});
		expect(changes).toEqual([
			{
				kind: 'entry-changed',
				target: tuesday.id,
				message: 'Entrée du mardi 19 mai modifiée',
				fields: ['texte', 'temps passé', 'activités']
			}
		]);
	});

	it('reports week texts, added and removed entries and photos, in day order', () => {
		const thursday = { ...tuesday, id: 'entry:2026-05-21:cccccccccc', date: '2026-05-21' };
		const newPhoto = { ...photo, id: 'photo:2026-05-20:qqqqqqqqqq', entryId: wednesday.id };
		expect(
			messages({
				...signed,
				summary: 'Autre synthèse',
				learned: 'Le routage',
				entries: [wednesday, thursday],
				photos: [newPhoto]
			})
		).toEqual([
			'Synthèse modifiée',
			'Apprentissages de la semaine modifiés',
			'Entrée du mardi 19 mai supprimée',
			'Entrée du jeudi 21 mai ajoutée',
			'Photo supprimée de l’entrée du mardi 19 mai',
			'Photo ajoutée à l’entrée du mercredi 20 mai'
		]);
	});

	it('tells a replaced image from a new caption', () => {
		expect(messages({ ...signed, photos: [{ ...photo, sha256: 'b'.repeat(64) }] })).toEqual([
			'Photo remplacée (l’entrée du mardi 19 mai)'
		]);
		const [change] = describeChangesSinceVisa(signed, {
			...signed,
			photos: [{ ...photo, caption: 'Switch' }]
		});
		expect(change).toMatchObject({
			kind: 'photo-changed',
			message: 'Photo modifiée (l’entrée du mardi 19 mai)',
			fields: ['légende']
		});
	});

	it('writes the first of the month as an ordinal', () => {
		const june = { ...tuesday, id: 'entry:2026-06-01:dddddddddd', date: '2026-06-01' };
		expect(messages({ ...signed, entries: [tuesday, wednesday, june] })).toEqual([
			'Entrée du lundi 1er juin ajoutée'
		]);
	});

	it('flags content of another week', () => {
		expect(messages({ ...signed, monday: '2026-05-25' })[0]).toBe('Semaine différente');
	});
});
