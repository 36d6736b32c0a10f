/** French texts of the demo journals, per option (what a BTS SIO student would write). */
export interface DemoDay {
	text: string;
	activityIds: string[];
	tools: string[];
	minutes: number;
	learned: string;
}

export const DEMO_DAYS: Record<'SISR' | 'SLAM', DemoDay[]> = {
	SISR: [
		{
			text: 'Accueil dans le service informatique, présentation de l’infrastructure et des règles de sécurité.',
			activityIds: ['1.6'],
			tools: ['GLPI'],
			minutes: 420,
			learned: 'Organisation du service et procédures d’astreinte.'
		},
		{
			text: 'Inventaire des postes de l’étage 2 dans GLPI et mise à jour des fiches matériel.',
			activityIds: ['1.1'],
			tools: ['GLPI', 'FusionInventory'],
			minutes: 390,
			learned: 'Remontée automatique d’inventaire.'
		},
		{
			text: 'Traitement de tickets d’assistance : imprimantes réseau et comptes verrouillés.',
			activityIds: ['1.2'],
			tools: ['GLPI', 'Active Directory'],
			minutes: 360,
			learned: 'Prioriser les demandes selon leur impact.'
		},
		{
			text: 'Installation d’un serveur DHCP de secours et test de bascule.',
			activityIds: ['A2.2'],
			tools: ['Windows Server 2022'],
			minutes: 420,
			learned: 'Basculement DHCP et réservations.'
		},
		{
			text: 'Mise en place d’une sonde de supervision sur les commutateurs du bâtiment B.',
			activityIds: ['A2.3'],
			tools: ['Zabbix', 'SNMP'],
			minutes: 400,
			learned: 'Seuils d’alerte et modèles de supervision.'
		},
		{
			text: 'Durcissement des postes : désactivation des comptes locaux inutiles, GPO de verrouillage.',
			activityIds: ['3.3', 'A3.5'],
			tools: ['GPO', 'PowerShell'],
			minutes: 380,
			learned: 'Stratégies de groupe et leur ordre d’application.'
		},
		{
			text: 'Sauvegarde : vérification des jeux de sauvegarde et test de restauration d’un dossier.',
			activityIds: ['3.4', 'A2.3'],
			tools: ['Veeam'],
			minutes: 350,
			learned: 'Une sauvegarde non testée ne vaut rien.'
		}
	],
	SLAM: [
		{
			text: 'Accueil dans l’équipe de développement, installation de l’environnement et lecture du code existant.',
			activityIds: ['1.6'],
			tools: ['VS Code', 'Git'],
			minutes: 420,
			learned: 'Conventions de l’équipe et flux Git.'
		},
		{
			text: 'Correction d’un bug d’affichage des dates dans l’application de réservation.',
			activityIds: ['B2.2'],
			tools: ['PHP', 'Symfony'],
			minutes: 390,
			learned: 'Reproduire un bug avant de le corriger.'
		},
		{
			text: 'Écriture de tests unitaires pour le calcul des tarifs.',
			activityIds: ['B2.2', '1.4'],
			tools: ['PHPUnit'],
			minutes: 360,
			learned: 'Tester les cas limites.'
		},
		{
			text: 'Conception du modèle de données du module de fidélité.',
			activityIds: ['B2.3'],
			tools: ['MySQL', 'Looping'],
			minutes: 400,
			learned: 'Normalisation et contraintes d’intégrité.'
		},
		{
			text: 'Développement d’un formulaire d’inscription avec validation côté serveur.',
			activityIds: ['B2.1', 'B3.5'],
			tools: ['Symfony', 'Twig'],
			minutes: 420,
			learned: 'Ne jamais faire confiance aux données reçues.'
		},
		{
			text: 'Revue de code avec le tuteur et reprise des remarques.',
			activityIds: ['1.4'],
			tools: ['GitLab'],
			minutes: 300,
			learned: 'Écrire des messages de commit utiles.'
		},
		{
			text: 'Mise à jour de la page d’accueil du site et vérification de l’accessibilité.',
			activityIds: ['1.3'],
			tools: ['HTML', 'CSS'],
			minutes: 330,
			learned: 'Contrastes et textes alternatifs.'
		}
	]
};

export const DEMO_ORGANISATIONS = [
	{ name: 'Mairie de Villeurbanne — DSI', tutor: 'Karim Benali' },
	{ name: 'Agence Web Rhône', tutor: 'Karim Benali' },
	{ name: 'Clinique du Parc — service informatique', tutor: 'Karim Benali' }
];

export const PHOTO_CAPTIONS: Record<string, string> = {
	baie: 'Baie de brassage du local technique',
	serveur: 'Serveur installé pendant la journée',
	poste: 'Poste de travail préparé pour un utilisateur',
	schema: 'Schéma réseau réalisé avec le tuteur'
};
