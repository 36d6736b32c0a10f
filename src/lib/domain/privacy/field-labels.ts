/**
 * What each synced document keeps, in the words of the privacy notice: a French label per field
 * path of every schema (see `schema-fields.ts`), `null` for technical fields the notice leaves
 * out (ids, revisions, versions). `field-labels.spec.ts` fails when a schema gains, loses or
 * renames a field without this table following, so the notice cannot drift from the data.
 */
import type { DocumentType } from '../schemas/index.ts';

export type FieldLabels = Readonly<Record<string, string | null>>;

/** Fields every synced document has, none of them personal. */
const TECHNICAL: FieldLabels = {
	_id: null,
	_rev: null,
	_deleted: null,
	type: null,
	schemaVersion: null
};

export interface DocumentDescription {
	/** Name of the document type, as the app calls it. */
	label: string;
	/** Why it is kept. */
	purpose: string;
	fields: FieldLabels;
}

export const DOCUMENT_DESCRIPTIONS: Readonly<Record<DocumentType, DocumentDescription>> = {
	profile: {
		label: 'Profil',
		purpose: 'identifier le carnet et remplir l’en-tête des documents d’examen',
		fields: {
			...TECHNICAL,
			firstName: 'prénom',
			lastName: 'nom',
			className: 'classe',
			option: 'option (SISR ou SLAM)',
			trainingYear: 'année de formation',
			candidateNumber: 'numéro de candidat',
			trainingCentre: 'centre de formation',
			sessionYear: 'session d’examen',
			portfolioUrl: 'adresse du portfolio',
			updatedAt: 'date de mise à jour'
		}
	},
	stage: {
		label: 'Stage',
		purpose: 'situer le stage (organisme, dates, tuteur·rice) exigé par le règlement d’examen',
		fields: {
			...TECHNICAL,
			organisation: 'organisme d’accueil',
			'organisation.name': 'nom de l’organisme d’accueil',
			'organisation.address': 'adresse de l’organisme d’accueil',
			tutor: 'tuteur·rice',
			'tutor.name': 'nom du tuteur ou de la tutrice',
			'tutor.role': 'fonction du tuteur ou de la tutrice',
			'tutor.email': 'adresse e-mail du tuteur ou de la tutrice',
			'tutor.phone': 'téléphone du tuteur ou de la tutrice',
			startDate: 'date de début',
			endDate: 'date de fin',
			trainingYear: 'année de formation',
			conventionRef: 'référence de la convention',
			objectives: 'objectifs du stage',
			hoursPerDay: 'heures par jour',
			createdAt: 'date de création',
			updatedAt: 'date de mise à jour',
			deleted: 'marque de suppression'
		}
	},
	entry: {
		label: 'Entrée du jour',
		purpose: 'tenir le rapport d’activité hebdomadaire obligatoire',
		fields: {
			...TECHNICAL,
			stageId: 'stage concerné',
			date: 'date',
			text: 'texte de l’activité',
			minutes: 'temps passé',
			activityIds: 'activités du référentiel',
			tools: 'outils utilisés',
			difficulties: 'difficultés',
			learned: 'ce qui a été appris',
			confidential: 'marque «\u00a0confidentiel\u00a0»',
			createdAt: 'date de création',
			updatedAt: 'date de mise à jour',
			deleted: 'marque de suppression'
		}
	},
	photo: {
		label: 'Photo',
		purpose: 'garder une preuve de l’activité (sans localisation, réduite sur le téléphone)',
		fields: {
			...TECHNICAL,
			entryId: 'entrée concernée',
			stageId: 'stage concerné',
			date: 'date',
			caption: 'légende',
			sha256: 'empreinte de l’image',
			width: 'largeur',
			height: 'hauteur',
			bytes: 'taille du fichier',
			confidential: 'marque «\u00a0confidentiel\u00a0»',
			redacted: 'marque «\u00a0zones masquées\u00a0»',
			createdAt: 'date de création',
			deleted: 'marque de suppression',
			_attachments: 'image',
			'_attachments.image.jpg': 'image (sans métadonnées de localisation)',
			'_attachments.thumb.jpg': 'miniature'
		}
	},
	week: {
		label: 'Rapport hebdomadaire',
		purpose: 'faire le bilan de la semaine et l’envoyer au tuteur ou à la tutrice',
		fields: {
			...TECHNICAL,
			stageId: 'stage concerné',
			monday: 'semaine',
			summary: 'résumé de la semaine',
			difficulties: 'difficultés',
			learned: 'ce qui a été appris',
			status: 'état (brouillon ou envoyé)',
			submittedAt: 'date d’envoi',
			submittedDigest: 'empreinte du contenu envoyé',
			updatedAt: 'date de mise à jour'
		}
	},
	visa: {
		label: 'Visa',
		purpose: 'attester la réalité de ce qui est écrit (règlement d’examen)',
		fields: {
			...TECHNICAL,
			weekId: 'semaine visée',
			stageId: 'stage concerné',
			signerRole: 'rôle du signataire',
			signerId: 'identifiant du signataire',
			signerName: 'nom du signataire',
			decision: 'décision (visa ou modifications demandées)',
			comment: 'commentaire',
			signature: 'signature manuscrite (image)',
			criteria: 'critères cochés',
			digest: 'empreinte du contenu signé',
			covers: 'documents signés',
			'covers.id': 'identifiant d’un document signé',
			'covers.rev': 'version d’un document signé',
			signedAt: 'date de signature'
		}
	},
	comment: {
		label: 'Commentaire',
		purpose: 'échanger avec l’élève sur son carnet',
		fields: {
			...TECHNICAL,
			targetId: 'élément commenté',
			authorRole: 'rôle de l’auteur',
			authorId: 'identifiant de l’auteur',
			authorName: 'nom de l’auteur',
			text: 'texte du commentaire',
			createdAt: 'date'
		}
	},
	achievement: {
		label: 'Réalisation professionnelle',
		purpose: 'préparer le portfolio et le tableau de synthèse de l’épreuve E4',
		fields: {
			...TECHNICAL,
			title: 'intitulé',
			context: 'cadre (formation ou stage)',
			organisation: 'organisation',
			stageId: 'stage concerné',
			trainingYear: 'année de formation',
			startDate: 'date de début',
			endDate: 'date de fin',
			description: 'description',
			links: 'liens',
			'links.label': 'libellé d’un lien',
			'links.url': 'adresse d’un lien',
			photoIds: 'photos jointes',
			competenceIds: 'compétences mobilisées',
			situationKinds: 'types de situation',
			entryIds: 'entrées du journal liées',
			_attachments: 'documents joints (fichiers de la réalisation)',
			createdAt: 'date de création',
			updatedAt: 'date de mise à jour',
			deleted: 'marque de suppression'
		}
	},
	validation: {
		label: 'Validation d’une réalisation',
		purpose: 'attester une réalisation professionnelle par l’équipe pédagogique',
		fields: {
			...TECHNICAL,
			achievementId: 'réalisation validée',
			validatorRole: 'rôle de la personne qui valide',
			validatorId: 'identifiant de la personne qui valide',
			validatorName: 'nom de la personne qui valide',
			comment: 'commentaire',
			digest: 'empreinte du contenu validé',
			validatedAt: 'date de validation'
		}
	},
	review: {
		label: 'Bilan intermédiaire',
		purpose: 'tenir les bilans intermédiaires prévus par le règlement d’examen',
		fields: {
			...TECHNICAL,
			stageId: 'stage concerné',
			authorRole: 'rôle de l’auteur',
			authorId: 'identifiant de l’auteur',
			authorName: 'nom de l’auteur',
			scheduledDate: 'date prévue',
			scheduledTime: 'heure prévue',
			participants: 'participants',
			'participants.student': 'présence de l’élève',
			'participants.tutor': 'présence du tuteur ou de la tutrice',
			'participants.teacher': 'présence de l’enseignant·e',
			status: 'état',
			notes: 'notes de l’entretien',
			objectives: 'objectifs convenus',
			competenceIds: 'compétences à travailler',
			createdAt: 'date de création',
			updatedAt: 'date de mise à jour',
			deleted: 'marque de suppression'
		}
	},
	signature: {
		label: 'Signature d’un bilan ou d’une attestation',
		purpose: 'attester un bilan intermédiaire ou une attestation de stage',
		fields: {
			...TECHNICAL,
			targetType: 'type de document signé',
			targetId: 'document signé',
			stageId: 'stage concerné',
			signerRole: 'rôle du signataire',
			signerId: 'identifiant du signataire',
			signerName: 'nom du signataire',
			comment: 'commentaire',
			signature: 'signature manuscrite (image)',
			digest: 'empreinte du contenu signé',
			covers: 'documents signés',
			'covers.id': 'identifiant d’un document signé',
			'covers.rev': 'version d’un document signé',
			signedAt: 'date de signature'
		}
	},
	attestation: {
		label: 'Attestation de stage',
		purpose: 'établir l’attestation de stage exigée pour l’examen',
		fields: {
			...TECHNICAL,
			stageId: 'stage concerné',
			organisation: 'organisme d’accueil',
			'organisation.name': 'nom de l’organisme d’accueil',
			'organisation.address': 'adresse de l’organisme d’accueil',
			'organisation.representative': 'représentant de l’organisme d’accueil',
			'organisation.representativeRole': 'fonction du représentant',
			intern: 'stagiaire',
			'intern.lastName': 'nom du stagiaire',
			'intern.firstName': 'prénom du stagiaire',
			'intern.birthDate': 'date de naissance (facultative, seulement ici)',
			'intern.address': 'adresse du stagiaire (facultative)',
			'intern.email': 'adresse e-mail du stagiaire (facultative)',
			training: 'formation',
			school: 'établissement d’enseignement',
			startDate: 'date de début',
			endDate: 'date de fin',
			absences: 'absences',
			'absences.date': 'date d’une absence',
			'absences.hours': 'heures d’absence',
			activityIds: 'activités du référentiel',
			contentNotes: 'précisions sur le contenu du stage',
			gratification: 'gratification',
			createdAt: 'date de création',
			updatedAt: 'date de mise à jour',
			deleted: 'marque de suppression'
		}
	}
};

/**
 * The labels of a document type's fields that say something to a reader: technical fields and
 * the sub-fields of a group already named are left out (« tuteur·rice : nom, fonction… »).
 */
export function shownFields(type: DocumentType): string[] {
	const fields = DOCUMENT_DESCRIPTIONS[type].fields;
	const labels: string[] = [];
	for (const [path, label] of Object.entries(fields)) {
		if (label === null) continue;
		const parent = path.includes('.') ? path.slice(0, path.indexOf('.')) : null;
		const hasChildren = Object.keys(fields).some((other) => other.startsWith(`${path}.`));
		if (hasChildren) continue; // the children say it better
		if (parent !== null && fields[parent] === null) continue;
		labels.push(label);
	}
	return labels;
}
