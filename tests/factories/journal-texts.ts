/**
 * French content for the journal factory: accents, apostrophes, guillemets, dashes, œ and the
 * ellipsis everywhere, because the PDF must print them exactly.
 */
export const STUDENT = { firstName: 'Maëlle', lastName: 'Garçon-Lefèvre' } as const;
export const TUTOR = 'Jérôme Lœuillet';
export const TEACHER = 'Françoise Bézier';
export const ORGANISATION = 'Mairie de Besançon — Direction des systèmes d’information';

/** One sentence per weekday; `{n}` is the week number. */
export const DAY_TEXTS = [
	'Installé un contrôleur de domaine Windows Server 2022 (site n° {n}) et créé les unités d’organisation « Élèves » et « Enseignants ».',
	'Mise à jour des postes du service État civil : 14 postes – déploiement via WSUS, redémarrages planifiés…',
	'Rédigé la procédure « Sauvegarde des données » — vérification de la restauration sur le NAS de secours.',
	'Traité les tickets GLPI de l’accueil : imprimantes, accès réseau, réinitialisation de mots de passe.',
	'Configuré le pare-feu pfSense : règles entre le VLAN « Administration » et le VLAN « Écoles », journalisation activée.'
];

export const DAY_ACTIVITIES = [
	['1.1', 'A2.1', '1.1.1'],
	['1.2', '1.3'],
	['1.4', '1.1'],
	['1.2'],
	['A2.2', '3.1']
];

export const DAY_TOOLS = [
	['Windows Server 2022', 'Active Directory'],
	['WSUS', 'PowerShell'],
	['Veeam', 'Synology'],
	['GLPI'],
	['pfSense', 'Wireshark']
];

export const DIFFICULTIES =
	'Comprendre l’héritage des stratégies de groupe ; l’œil du tuteur m’a aidée à corriger l’ordre des GPO.';
export const LEARNED = 'J’ai appris à documenter chaque étape — c’est indispensable en équipe.';

export const CONFIDENTIAL_TEXT = 'Relevé confidentiel des codes du coffre-fort KeePass du maire';
export const CONFIDENTIAL_CAPTION = 'Écran du coffre-fort — ne pas diffuser';

export function weekSummary(n: number): string {
	return `Semaine ${n} : déploiement progressif, échanges réguliers avec l’équipe ; bilan très positif… « À poursuivre ».`;
}
