/**
 * A second-year SISR student's exam file for the tableau de synthèse and attestation tests:
 * profile with the tableau's header, two stages (year 1 and year 2), a few entries (one
 * confidential) with photos (one confidential, one on the confidential entry), and achievements
 * in the three groups of the tableau. Accents and typographic characters everywhere.
 */
const AT = '2027-03-15T09:00:00.000Z';
export const STAGE_1 = 'stage:2026-05-25:aaaaaaaaaa';
export const STAGE_2 = 'stage:2027-01-04:bbbbbbbbbb';
export const SECRET_CAPTION = 'Schéma du coffre-fort numérique';
export const SECRET_ENTRY_PHOTO = 'Tableau des mots de passe';
export const PUBLIC_CAPTION = 'Baie de brassage étiquetée';

const base = { schemaVersion: 1, createdAt: AT, updatedAt: AT };

const profile = {
	_id: 'profile',
	type: 'profile',
	schemaVersion: 1,
	firstName: 'Maëlle',
	lastName: 'Garçon-Lefèvre',
	className: 'SIO2 A',
	option: 'SISR',
	trainingYear: 2,
	candidateNumber: '02 468 135',
	trainingCentre: 'Lycée Édouard-Belin, Vesoul',
	portfolioUrl: 'https://maelle.example.fr/portfolio',
	updatedAt: AT
};

const stage = (id: string, year: 1 | 2, start: string, end: string, org: string) => ({
	_id: id,
	type: 'stage',
	...base,
	organisation: { name: org, address: '2 rue Mégevand, 25000 Besançon' },
	tutor: { name: 'Jérôme Lœuillet', role: 'Responsable d’exploitation' },
	startDate: start,
	endDate: end,
	trainingYear: year,
	hoursPerDay: 7
});

const entry = (
	date: string,
	rand: string,
	text: string,
	activityIds: string[],
	confidential = false
) => ({
	_id: `entry:${date}:${rand}`,
	type: 'entry',
	...base,
	stageId: STAGE_2,
	date,
	text,
	minutes: 420,
	activityIds,
	tools: [],
	difficulties: '',
	learned: '',
	confidential
});

const photo = (
	date: string,
	rand: string,
	entryId: string,
	caption: string,
	confidential = false
) => ({
	_id: `photo:${date}:${rand}`,
	type: 'photo',
	schemaVersion: 1,
	entryId,
	stageId: STAGE_2,
	date,
	caption,
	sha256: 'a'.repeat(64),
	width: 1920,
	height: 1080,
	bytes: 250_000,
	confidential,
	createdAt: AT
});

let counter = 0;
const achievement = (fields: Record<string, unknown>) => {
	const createdAt = `2027-03-15T09:${String(10 + counter++).padStart(2, '0')}:00.000Z`;
	return {
		_id: `achievement:${createdAt}:${'cdefghijkl'.slice(0, 9)}${'mnopqrstuv'[counter] ?? 'w'}`,
		type: 'achievement',
		schemaVersion: 1,
		organisation: '',
		trainingYear: 2,
		description: '',
		links: [],
		photoIds: [],
		situationKinds: [],
		entryIds: [],
		createdAt,
		updatedAt: createdAt,
		...fields
	};
};

export function buildExamFile() {
	counter = 0;
	const entries = [
		entry('2027-01-05', 'eeeeeeeeee', 'Inventaire du parc avec GLPI.', ['1.1', '1.2']),
		entry('2027-01-06', 'ffffffffff', 'Audit des accès au coffre-fort.', ['1.3'], true),
		entry('2027-01-07', 'gggggggggg', 'Déploiement des mises à jour.', ['1.4', 'A2.1'])
	];
	const photos = [
		photo('2027-01-05', 'hhhhhhhhhh', entries[0]!._id, PUBLIC_CAPTION),
		photo('2027-01-05', 'iiiiiiiiii', entries[0]!._id, SECRET_CAPTION, true),
		photo('2027-01-06', 'jjjjjjjjjj', entries[1]!._id, SECRET_ENTRY_PHOTO)
	];
	const achievements = [
		achievement({
			title: 'Mise en place d’un serveur de sauvegarde « Veeam »',
			context: 'formation',
			organisation: 'Lycée Édouard-Belin',
			trainingYear: 1,
			startDate: '2025-11-03',
			endDate: '2026-01-30',
			links: [
				{ label: 'Procédure de restauration testée', url: 'https://maelle.example.fr/veeam' }
			],
			competenceIds: ['C1.1.5', 'C1.1.4', 'C1.4.1', 'C1.4.2']
		}),
		achievement({
			title: 'Veille technologique : l’IPv6 en entreprise',
			context: 'formation',
			trainingYear: 2,
			startDate: '2026-09-07',
			endDate: '2027-03-12',
			links: [{ label: 'Synthèse de veille', url: 'https://maelle.example.fr/veille' }],
			competenceIds: ['C1.5.1', 'C1.5.2', 'C1.5.3']
		}),
		achievement({
			title: 'Assistance aux utilisateurs de la mairie',
			context: 'stage',
			stageId: STAGE_1,
			trainingYear: 2,
			startDate: '2026-05-25',
			endDate: '2026-06-26',
			links: [{ label: 'Tickets GLPI résolus (export)', url: 'https://maelle.example.fr/glpi' }],
			competenceIds: ['C1.2.1', 'C1.2.2', 'C1.6.1', 'C1.6.2']
		}),
		achievement({
			title: 'Inventaire et audit du parc informatique',
			context: 'stage',
			stageId: STAGE_2,
			startDate: '2027-01-04',
			endDate: '2027-01-15',
			photoIds: photos.map((p) => p._id),
			competenceIds: ['C1.1.1', 'C1.1.3', 'C1.3.1', 'C1.3.2', 'C1.3.3', 'C1.6.3', 'C1.6.4']
		})
	];
	return {
		docs: [
			profile,
			stage(STAGE_1, 1, '2026-05-25', '2026-06-26', 'Mairie de Dole'),
			stage(STAGE_2, 2, '2027-01-04', '2027-02-12', 'Conseil départemental du Doubs'),
			...entries,
			...photos,
			...achievements
		],
		achievements
	};
}

export async function seedExamFile(db: { bulkDocs(docs: object[]): Promise<unknown[]> }) {
	const { docs, achievements } = buildExamFile();
	const results = (await db.bulkDocs(docs)) as { error?: string }[];
	const failed = results.filter((r) => r.error);
	if (failed.length) throw new Error(`seedExamFile: ${failed.length} documents refused`);
	return { achievementIds: achievements.map((a) => a._id) };
}

/** The exam file plus `extra` stage achievements with long document lists (page breaks). */
export async function seedLongExamFile(
	db: { bulkDocs(docs: object[]): Promise<unknown[]> },
	extra: number
) {
	const { docs } = buildExamFile();
	const more = Array.from({ length: extra }, (_, i) => {
		const createdAt = `2027-03-16T10:${String(i).padStart(2, '0')}:00.000Z`;
		return {
			_id: `achievement:${createdAt}:${'abcdefghijklmnopqrstuvwxyz'[i % 26]}bcdefghij`,
			type: 'achievement',
			schemaVersion: 1,
			title: `Réalisation n° ${i + 1} : déploiement d’un service réseau documenté`,
			context: 'stage',
			organisation: '',
			stageId: STAGE_2,
			trainingYear: 2,
			startDate: '2027-01-04',
			endDate: '2027-02-12',
			description: '',
			links: Array.from({ length: 1 + (i % 4) }, (_, k) => ({
				label: `Document ${k + 1} de la réalisation ${i + 1} — procédure, captures et compte rendu d’intervention`,
				url: `https://maelle.example.fr/doc/${i}/${k}`
			})),
			photoIds: [],
			competenceIds: [`C1.${1 + (i % 6)}.1`],
			situationKinds: [],
			entryIds: [],
			createdAt,
			updatedAt: createdAt
		};
	});
	const results = (await db.bulkDocs([...docs, ...more])) as { error?: string }[];
	if (results.some((r) => r.error)) throw new Error('seedLongExamFile: documents refused');
}

export const ATTESTATION_ID = 'attestation:2027-01-04:bbbbbbbbbb:kkkkkkkkkk';

/**
 * The exam file plus a saved attestation of the year-2 stage (one absence of a day), unsigned,
 * signed by the tutor (a real PNG drawn on a canvas, digest of the stored revision), or signed
 * then edited. Runs in the browser page (canvas, Web Crypto). Returns the signed digest.
 */
export async function seedAttestation(
	db: {
		bulkDocs(docs: object[]): Promise<unknown[]>;
		put(doc: object): Promise<{ rev: string }>;
		get(id: string): Promise<Record<string, unknown>>;
	},
	mode: 'unsigned' | 'signed' | 'modified'
): Promise<{ digest: string | null }> {
	const { signedContentDigest } = await import('../../src/lib/domain/signature/signed-content.ts');
	const { attestationSchema } = await import('../../src/lib/domain/schemas/attestation.schema.ts');
	await db.bulkDocs(buildExamFile().docs);
	const attestation = attestationSchema.parse({
		_id: ATTESTATION_ID,
		type: 'attestation',
		schemaVersion: 1,
		stageId: STAGE_2,
		organisation: {
			name: 'Conseil départemental du Doubs',
			address: '7 avenue de la Gare d’Eau, 25000 Besançon',
			representative: 'Jérôme Lœuillet',
			representativeRole: 'Responsable d’exploitation'
		},
		intern: {
			lastName: 'Garçon-Lefèvre',
			firstName: 'Maëlle',
			birthDate: '2008-03-12',
			address: '12 rue des Œillets, 70000 Vesoul',
			email: 'maelle@example.fr'
		},
		training:
			'BTS Services informatiques aux organisations, option A « Solutions d’infrastructure, systèmes et réseaux »',
		school: 'Lycée Édouard-Belin, Vesoul',
		startDate: '2027-01-04',
		endDate: '2027-02-12',
		absences: [{ date: '2027-01-20', hours: 7 }],
		activityIds: ['1.1', '1.2', '1.4', 'A2.1'],
		contentNotes: 'Inventaire du parc et mise à jour des postes « État civil ».',
		gratification: '4,35 € de l’heure',
		createdAt: AT,
		updatedAt: AT
	});
	const { rev } = await db.put(attestation);
	if (mode === 'unsigned') return { digest: null };
	const digest = await signedContentDigest(attestation);
	const canvas = document.createElement('canvas');
	canvas.width = 300;
	canvas.height = 100;
	const pen = canvas.getContext('2d')!;
	pen.lineWidth = 3;
	pen.beginPath();
	pen.moveTo(20, 70);
	pen.bezierCurveTo(80, 10, 140, 90, 280, 30);
	pen.stroke();
	const signedAt = '2027-02-12T16:05:00.000Z';
	await db.put({
		_id: `signature:${ATTESTATION_ID}:${signedAt}:mmmmmmmmmm`,
		type: 'signature',
		schemaVersion: 1,
		targetType: 'attestation',
		targetId: ATTESTATION_ID,
		stageId: STAGE_2,
		signerRole: 'tutor',
		signerId: 'tuteur.demo',
		signerName: 'Jérôme Lœuillet',
		comment: '',
		signature: canvas.toDataURL('image/png'),
		digest,
		covers: [{ id: ATTESTATION_ID, rev }],
		signedAt
	});
	if (mode === 'modified') {
		const stored = await db.get(ATTESTATION_ID);
		await db.put({ ...stored, gratification: '5 € de l’heure' });
	}
	return { digest };
}
