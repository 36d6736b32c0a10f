/**
 * The privacy notice as data: what is kept (from the schemas, through `field-labels.ts`), why,
 * who sees it, for how long (from the gateway's actual settings) and the rights. The page only
 * lays it out. Pure: no network, no browser.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../schemas/index.ts';
import { auditActionLabel } from './audit-labels.ts';
import { DOCUMENT_DESCRIPTIONS, shownFields } from './field-labels.ts';
import {
	DEFAULT_AUDIT_RETENTION_MONTHS,
	type PrivacyConfig,
	type School
} from './privacy-config.ts';

export interface KeptDocument {
	type: DocumentType;
	label: string;
	purpose: string;
	fields: string[];
	/** Who writes it, in French (« élève », « tuteur·rice »…). */
	writers: string[];
}

export interface Audience {
	who: string;
	sees: string;
	writes: string[];
}

export interface PrivacyNotice {
	controller: string;
	contact: string | null;
	documents: KeptDocument[];
	audiences: Audience[];
	retention: string[];
	auditActions: string[];
}

const WRITER_NAMES: Readonly<Record<string, string>> = {
	student: 'élève',
	tutor: 'tuteur·rice',
	teacher: 'enseignant·e',
	admin: 'administration'
};

function formatNumber(value: number): string {
	return value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
}

function plural(value: number, one: string, many: string): string {
	return `${formatNumber(value)} ${value >= 2 ? many : one}`;
}

function documentLabel(type: string): string {
	return (
		(DOCUMENT_DESCRIPTIONS as Record<string, { label: string } | undefined>)[type]?.label ?? type
	);
}

function writesOf(config: PrivacyConfig, role: keyof PrivacyConfig['roles']): string[] {
	return config.roles[role].writes.map((type) => documentLabel(type).toLowerCase());
}

function keptDocuments(config: PrivacyConfig): KeptDocument[] {
	return DOCUMENT_TYPES.map((type) => {
		const description = DOCUMENT_DESCRIPTIONS[type];
		const writers = (Object.keys(config.roles) as (keyof PrivacyConfig['roles'])[])
			.filter((role) => config.roles[role].writes.includes(type))
			.map((role) => WRITER_NAMES[role] ?? role);
		return {
			type,
			label: description.label,
			purpose: description.purpose,
			fields: shownFields(type),
			writers
		};
	});
}

function audiences(config: PrivacyConfig): Audience[] {
	const tutorDays = plural(config.tutorAccessDays, 'jour', 'jours');
	return [
		{
			who: 'L’élève',
			sees: 'son propre carnet, en entier, sur son téléphone et sur le serveur.',
			writes: writesOf(config, 'student')
		},
		{
			who: 'Le tuteur ou la tutrice de stage',
			sees:
				'le carnet des élèves qui l’ont invité·e par un lien (ou que l’établissement lui a ' +
				`confié·es), en lecture, éléments confidentiels compris, jusqu’à ${tutorDays} après la ` +
				'fin du stage.',
			writes: writesOf(config, 'tutor')
		},
		{
			who: 'L’équipe pédagogique',
			sees: 'les carnets des élèves de ses classes, en lecture, éléments confidentiels compris.',
			writes: writesOf(config, 'teacher')
		},
		{
			who: 'L’administration de l’établissement',
			sees:
				'les comptes, les classes et le journal d’audit (identifiants seulement) ; elle ne lit ' +
				'aucun carnet.',
			writes: writesOf(config, 'admin')
		},
		{
			who: 'Le jury de l’examen',
			sees:
				'les documents exportés pour l’épreuve (PDF, portfolio, tableau de synthèse), jamais ' +
				'une entrée ou une photo marquée confidentielle.',
			writes: []
		}
	];
}

function retention(config: PrivacyConfig): string[] {
	return [
		'Pendant la formation, le carnet est conservé tant que l’élève est inscrit·e dans une ' +
			'classe active ; le passage en 2e année continue le même carnet.',
		'À la fin de la session d’examen, l’établissement archive la classe : les carnets passent ' +
			'en lecture seule et restent à la disposition du jury «\u00a0jusqu’à la session suivante\u00a0» ' +
			'(règlement du BTS SIO, annexe II).',
		`Ils sont ensuite supprimés du serveur, pièces jointes comprises, après le ${config.purge.rule}` +
			` (délai réglé par l’établissement : ${plural(config.purge.delayYears, 'an', 'ans')}), ` +
			'une fois que l’élève s’est vu proposer d’exporter ses données. Les copies sur les ' +
			'appareils sont effacées à leur synchronisation suivante.',
		`L’accès d’un tuteur ou d’une tutrice prend fin ${plural(config.tutorAccessDays, 'jour', 'jours')} ` +
			'après la fin du stage ; un lien d’invitation expire au plus tard ' +
			`${plural(config.invitationMaxDays, 'jour', 'jours')} après sa création.`,
		`Une session de connexion se ferme après ${plural(config.sessions.idleHours, 'heure', 'heures')} ` +
			`sans activité et au plus tard après ${plural(config.sessions.maxDays, 'jour', 'jours')}.`,
		'Le journal d’audit (qui a signé, exporté, archivé, supprimé : des identifiants seulement) ' +
			`est conservé ${plural(config.audit.retentionMonths ?? DEFAULT_AUDIT_RETENTION_MONTHS, 'mois', 'mois')}, ` +
			'puis effacé.',
		'Sur demande de l’élève, l’établissement supprime toutes ses données (carnet, photos, ' +
			'compte, liens) sans attendre ces délais.'
	];
}

/** Builds the notice from the gateway's settings and the school; never throws. */
export function buildPrivacyNotice(config: PrivacyConfig, school: School): PrivacyNotice {
	return {
		controller: school.name ?? 'L’établissement de formation où l’élève est inscrit·e',
		contact: school.contact,
		documents: keptDocuments(config),
		audiences: audiences(config),
		retention: retention(config),
		auditActions: config.audit.actions.map(auditActionLabel)
	};
}
