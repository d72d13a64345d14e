/**
 * Invented site chromes, modelled on the shapes of government, ministry, presidency, alliance,
 * UN, EU, news and aggregator pages (never their words). Training and validation documents use
 * different sites, so that a rule fitted to one site's strings does not score on the other part.
 */
export interface Site {
  key: string;
  name: string;
  domain: string;
  skeleton: 'gov' | 'news' | 'org' | 'agg';
  titleSeparator?: string;
  ogTitle?: 'title' | 'h1' | 'none';
  tagline?: string;
  skip?: string;
  langToggle?: string;
  search?: string;
  searchButton?: string;
  account?: string;
  nav: string[];
  ticker?: { label: string; items: string[] };
  crumbs?: string[];
  crumbsLabel?: string;
  cookie?: { label: string; text: string; accept: string; refuse: string };
  share?: { label: string; items: string[] };
  shareTop?: boolean;
  fromLabel?: string;
  contentsLabel?: string;
  contactsLabel?: string;
  heading?: 'h2' | 'h3' | 'strong' | 'h4';
  notesHeading?: string;
  related?: { heading: string; items: string[] };
  newsletter?: { heading: string; text: string; button: string; placeholder?: string };
  sidebar?: { heading: string; items: string[] };
  readAlsoLabel?: string;
  comments?: string;
  commentsText?: string;
  feedback?: string;
  feedbackYes?: string;
  feedbackNo?: string;
  modified?: string;
  footer: string[][];
  footerNote: string;
}

const SITES: Site[] = [
  // ---------------------------------------------------------------- training sites
  {
    key: 'gcnews-en',
    name: 'Canada.ca',
    domain: 'www.canada.ca',
    skeleton: 'gov',
    skip: 'Skip to main content',
    langToggle: 'Français',
    search: 'Search Canada.ca',
    nav: [
      'Jobs and the workplace',
      'Immigration and citizenship',
      'Travel and tourism',
      'Business and industry',
      'Benefits',
      'Health',
      'Taxes',
      'More services',
    ],
    crumbs: ['Canada.ca', 'Global Affairs Canada', 'News'],
    cookie: undefined,
    share: { label: 'Share this page', items: ['Facebook', 'X', 'LinkedIn', 'Email'] },
    fromLabel: 'From:',
    contactsLabel: 'Contacts',
    related: {
      heading: 'Related links',
      items: [
        'Canada’s foreign policy priorities',
        'Travel advice and advisories',
        'Canada and the multilateral system',
      ],
    },
    feedback: 'Did you find what you were looking for?',
    modified: 'Date modified:',
    footer: [
      ['Government of Canada', 'All contacts', 'Departments and agencies', 'About government'],
      ['Social media', 'Mobile applications', 'About Canada.ca', 'Terms and conditions', 'Privacy'],
    ],
    footerNote: 'Symbol of the Government of Canada',
  },
  {
    key: 'gcnews-fr',
    name: 'Canada.ca',
    domain: 'www.canada.ca',
    skeleton: 'gov',
    titleSeparator: ' - ',
    skip: 'Passer au contenu principal',
    langToggle: 'English',
    search: 'Rechercher dans Canada.ca',
    searchButton: 'Rechercher',
    nav: [
      'Emplois et milieu de travail',
      'Immigration et citoyenneté',
      'Voyage et tourisme',
      'Entreprises et industrie',
      'Prestations',
      'Santé',
      'Impôts',
      'Autres services',
    ],
    crumbs: ['Canada.ca', 'Affaires mondiales Canada', 'Nouvelles'],
    crumbsLabel: 'Vous êtes ici :',
    share: { label: 'Partagez cette page', items: ['Facebook', 'X', 'LinkedIn', 'Courriel'] },
    fromLabel: 'De :',
    contactsLabel: 'Personnes-ressources',
    related: {
      heading: 'Liens connexes',
      items: [
        'Les priorités de la politique étrangère du Canada',
        'Conseils aux voyageurs et avertissements',
        'Le Canada et le système multilatéral',
      ],
    },
    feedback: 'Avez-vous trouvé ce que vous cherchiez?',
    feedbackYes: 'Oui',
    feedbackNo: 'Non',
    modified: 'Date de modification :',
    footer: [
      ['Gouvernement du Canada', 'Toutes les coordonnées', 'Ministères et organismes', 'À propos du gouvernement'],
      ['Médias sociaux', 'Applications mobiles', 'À propos de Canada.ca', 'Avis', 'Confidentialité'],
    ],
    footerNote: 'Symbole du gouvernement du Canada',
  },
  {
    key: 'diplo-fr',
    name: 'France Diplomatie - Ministère de l’Europe et des Affaires étrangères',
    domain: 'www.diplomatie.example.fr',
    skeleton: 'org',
    ogTitle: 'h1',
    tagline: 'Liberté, Égalité, Fraternité',
    skip: 'Aller au contenu',
    search: 'Rechercher sur le site',
    searchButton: 'OK',
    nav: [
      'Politique étrangère',
      'Dossiers pays',
      'Services aux citoyens',
      'Venir en France',
      'Le ministère et son réseau',
    ],
    crumbs: ['Accueil', 'Politique étrangère de la France', 'Actualités et événements'],
    crumbsLabel: 'Fil d’Ariane',
    cookie: {
      label: 'Gestion des cookies',
      text: 'Ce site utilise des cookies pour mesurer l’audience et améliorer votre navigation.',
      accept: 'Tout accepter',
      refuse: 'Personnaliser',
    },
    share: { label: 'Partager', items: ['Facebook', 'X', 'LinkedIn', 'Imprimer'] },
    shareTop: true,
    related: {
      heading: 'À lire aussi',
      items: ['Les priorités de la présidence française', 'Agenda du ministre', 'Conseils aux voyageurs'],
    },
    footer: [
      ['Plan du site', 'Mentions légales', 'Accessibilité : partiellement conforme', 'Données personnelles'],
      ['Contact', 'Presse', 'Recrutement'],
    ],
    footerNote: '© Ministère de l’Europe et des Affaires étrangères',
  },
  {
    key: 'pm-en',
    name: 'Prime Minister of Canada',
    domain: 'www.pm.example.ca',
    skeleton: 'gov',
    titleSeparator: ' | ',
    skip: 'Skip to main content',
    langToggle: 'Français',
    nav: ['News', 'Statements', 'Readouts', 'Media advisories', 'Videos', 'Cabinet'],
    crumbs: ['Home', 'News'],
    share: { label: 'Share', items: ['Facebook', 'X', 'Email'] },
    related: {
      heading: 'More statements',
      items: [
        'Statement by the Prime Minister on National Flag of Canada Day',
        'Prime Minister announces new Ambassador',
        'Readout: Prime Minister speaks with the Premier of Quebec',
      ],
    },
    footer: [
      ['Contact the Prime Minister', 'Privacy', 'Terms and conditions'],
      ['Canada.ca', 'Open government'],
    ],
    footerNote: 'Government of Canada — Office of the Prime Minister',
  },
  {
    key: 'agg-en',
    name: 'NorthPost Daily',
    domain: 'northpost.example.com',
    skeleton: 'agg',
    ogTitle: 'h1',
    tagline: 'Your world, every hour',
    account: 'Sign in | Subscribe',
    nav: ['World', 'Canada', 'Politics', 'Business', 'Opinion', 'Video', 'Podcasts'],
    ticker: { label: 'Trending:', items: ['Wildfire season outlook', 'Bank rate decision', 'Hockey trade deadline'] },
    crumbs: ['Home', 'World'],
    cookie: {
      label: 'Cookies',
      text: 'We and our 142 partners use cookies to personalise content and ads.',
      accept: 'Accept all',
      refuse: 'Manage options',
    },
    share: { label: 'Share this article', items: ['Facebook', 'X', 'WhatsApp', 'Copy link'] },
    sidebar: {
      heading: 'Most read',
      items: [
        'Ten places to see the northern lights this winter',
        'Why your grocery bill keeps climbing',
        'Quiz: how well do you know the capitals?',
      ],
    },
    newsletter: {
      heading: 'Get the Morning Briefing',
      text: 'The five stories you need, in your inbox at 6 a.m.',
      button: 'Sign up',
      placeholder: 'Your email address',
    },
    related: {
      heading: 'More from NorthPost',
      items: [
        'Markets slip as oil prices fall',
        'Opinion: the case for a new trade strategy',
        'Photos: the week in pictures',
      ],
    },
    footer: [
      ['About us', 'Advertise with us', 'Careers', 'Contact'],
      ['Terms of use', 'Privacy policy', 'Cookie settings'],
    ],
    footerNote: '© 2025 NorthPost Media Inc. All rights reserved.',
  },
  {
    key: 'news-fr',
    name: 'Le Quotidien du Soir',
    domain: 'www.quotidiendusoir.example.fr',
    skeleton: 'news',
    ogTitle: 'h1',
    tagline: 'L’information indépendante depuis 1952',
    account: 'Se connecter',
    nav: ['International', 'Politique', 'Économie', 'Idées', 'Culture', 'Planète', 'Sport'],
    cookie: {
      label: 'Cookies',
      text: 'Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires.',
      accept: 'Accepter et continuer',
      refuse: 'Refuser',
    },
    share: { label: 'Partager', items: ['Facebook', 'X', 'Envoyer par e-mail', 'Copier le lien'] },
    readAlsoLabel: 'Lire aussi |',
    newsletter: {
      heading: 'Newsletter « International »',
      text: 'Chaque jeudi, le meilleur de l’actualité internationale.',
      button: 'S’inscrire',
    },
    related: {
      heading: 'Sur le même sujet',
      items: [
        'Au sommet de Bruxelles, les Vingt-Sept divisés sur le budget',
        'Entretien : « La diplomatie climatique doit changer d’échelle »',
        'Le Sahel face à la crise alimentaire',
      ],
    },
    comments: 'Contribuer',
    commentsText: 'Réagissez ou posez une question à la rédaction. Cet espace est réservé aux abonnés.',
    footer: [
      ['Qui sommes-nous ?', 'Charte des commentaires', 'Nous contacter'],
      ['Conditions générales', 'Politique de confidentialité', 'Gestion des cookies'],
    ],
    footerNote: 'Le Quotidien du Soir — Reproduction interdite',
  },
  {
    key: 'consil-en',
    name: 'Consilium',
    domain: 'www.consilium.example.eu',
    skeleton: 'org',
    titleSeparator: ' - ',
    tagline: 'European Council · Council of the European Union',
    search: 'Search the website',
    nav: ['Meetings', 'Policies', 'Documents', 'Press', 'About us'],
    crumbs: ['Home', 'Press', 'Press releases'],
    cookie: {
      label: 'Cookies',
      text: 'This site uses cookies to offer you a better browsing experience.',
      accept: 'Accept all cookies',
      refuse: 'Accept only essential cookies',
    },
    share: { label: 'Share on', items: ['Facebook', 'X', 'LinkedIn', 'Email'] },
    contactsLabel: 'Press contacts',
    related: {
      heading: 'Related content',
      items: [
        'Infographic: the EU and ocean governance',
        'Timeline: EU climate policy',
        'Meeting page: Environment Council',
      ],
    },
    newsletter: {
      heading: 'Stay informed',
      text: 'Subscribe to our press releases and meeting alerts.',
      button: 'Subscribe',
    },
    footer: [
      ['Contact', 'Visits', 'Jobs and traineeships', 'Public register'],
      ['Legal notice', 'Privacy', 'Accessibility'],
    ],
    footerNote: 'General Secretariat of the Council — Rue de la Loi 175, Brussels',
  },
  {
    key: 'unpress-en',
    name: 'Meetings Coverage and Press Releases',
    domain: 'press.example.org',
    skeleton: 'org',
    titleSeparator: ' | ',
    tagline: 'Summaries of official meetings and events',
    skip: 'Skip to main content',
    nav: [
      'Secretary-General',
      'General Assembly',
      'Security Council',
      'Economic and Social Council',
      'Press briefings',
    ],
    crumbs: ['Home', 'Meetings Coverage'],
    share: { label: 'Share', items: ['Facebook', 'X', 'Email', 'Print'] },
    related: {
      heading: 'Recent meetings coverage',
      items: [
        'Speakers urge stronger support for small island developing States',
        'Committee approves drafts on outer space cooperation',
        'Briefing on the humanitarian situation in the Sahel',
      ],
    },
    footer: [
      ['Copyright', 'Fraud alert', 'Privacy notice', 'Terms of use'],
      ['Contact', 'FAQ', 'Site index'],
    ],
    footerNote: 'For information media. Not an official record.',
  },
  {
    key: 'embassy-en',
    name: 'Embassy of France in Canada',
    domain: 'ca.ambafrance.example.org',
    skeleton: 'gov',
    titleSeparator: ' - ',
    tagline: 'La France au Canada',
    langToggle: 'Français',
    nav: ['Embassy', 'Consular services', 'Study in France', 'Culture', 'Economy', 'News'],
    crumbs: ['Home', 'News', 'Official statements'],
    share: { label: 'Share:', items: ['Facebook', 'X', 'Print this page'] },
    related: {
      heading: 'Related commitments',
      items: [
        'France and Canada renew youth mobility arrangement',
        'Ambassador visits Nunavut',
        'Francophone Film Week',
      ],
    },
    footer: [
      ['Legal notice', 'Site map', 'Contact us'],
      ['French Ministry for Europe and Foreign Affairs', 'Campus France'],
    ],
    footerNote: 'Last modified on 12/03/2025 — Embassy of France in Ottawa',
  },
  {
    key: 'ledger-en',
    name: 'The Capital Ledger',
    domain: 'www.capitalledger.example.ca',
    skeleton: 'news',
    ogTitle: 'h1',
    tagline: 'Ottawa’s news, every weekday',
    account: 'Log in',
    nav: ['Politics', 'World', 'Defence', 'Trade', 'Opinion', 'Newsletters'],
    cookie: {
      label: 'Privacy',
      text: 'We use cookies to understand how you use our site and to improve your experience.',
      accept: 'Got it',
      refuse: 'Settings',
    },
    share: { label: 'Share this story', items: ['Facebook', 'X', 'LinkedIn', 'Email'] },
    readAlsoLabel: 'READ MORE:',
    newsletter: {
      heading: 'Sign up for Ledger Politics',
      text: 'Inside Parliament Hill, every weekday at noon.',
      button: 'Subscribe',
    },
    related: {
      heading: 'Recommended for you',
      items: [
        'Premiers press Ottawa on health transfers',
        'Analysis: what the budget means for defence',
        'Senate committee to study Arctic shipping',
      ],
    },
    comments: 'Comments',
    commentsText: 'Comments are closed for this story.',
    footer: [
      ['About the Ledger', 'Contact the newsroom', 'Advertise'],
      ['Terms of service', 'Privacy', 'Accessibility'],
    ],
    footerNote: '© The Capital Ledger Publishing Co.',
  },
  {
    key: 'alliance-en',
    name: 'NATO',
    domain: 'www.nato.example.int',
    skeleton: 'org',
    titleSeparator: ' | ',
    ogTitle: 'title',
    tagline: 'North Atlantic Treaty Organization',
    langToggle: 'Français',
    search: 'Search',
    nav: ['About us', 'Topics', 'News', 'Official texts', 'Multimedia', 'Summits'],
    crumbs: ['Home', 'Official texts'],
    share: { label: 'Share this', items: ['Facebook', 'X', 'LinkedIn', 'Email'] },
    related: {
      heading: 'Related news',
      items: [
        'Secretary General opens the summit',
        'Press conference following the meeting of Heads of State',
        'Allies agree new capability targets',
      ],
    },
    footer: [
      ['Contact us', 'Jobs', 'Terms and conditions'],
      ['Privacy', 'Accessibility', 'Cookies'],
    ],
    footerNote: 'NATO Public Diplomacy Division',
  },
  {
    key: 'summit-fr',
    name: 'Présidence française du G7',
    domain: 'g7.example.fr',
    skeleton: 'org',
    titleSeparator: ' — ',
    tagline: 'Sommet des dirigeants · Évian-les-Bains',
    langToggle: 'English',
    nav: ['Le sommet', 'Priorités', 'Réunions ministérielles', 'Documents officiels', 'Presse'],
    crumbs: ['Accueil', 'Documents officiels'],
    cookie: {
      label: 'Cookies',
      text: 'Nous utilisons des traceurs pour mesurer la fréquentation du site.',
      accept: 'J’accepte',
      refuse: 'Je refuse',
    },
    share: { label: 'Partager la page', items: ['X', 'LinkedIn', 'Courriel'] },
    contentsLabel: 'Sommaire',
    related: {
      heading: 'Documents connexes',
      items: ['Déclaration sur la sécurité alimentaire', 'Liste des pays invités', 'Programme du sommet'],
    },
    footer: [
      ['Mentions légales', 'Accessibilité', 'Plan du site'],
      ['Contact presse', 'Accréditation'],
    ],
    footerNote: '© Présidence française du G7',
  },
  // Training sites added for the numbering work (issue 13): an inter-governmental forum, a
  // French-language ministry, a French-language regional union and a capital-city daily.
  {
    key: 'forum-en',
    name: 'Forum for Security and Dialogue',
    domain: 'www.fsd.example.org',
    skeleton: 'org',
    titleSeparator: ' | ',
    ogTitle: 'h1',
    tagline: 'Fifty-seven participating States, one table',
    search: 'Search the Forum',
    nav: ['Who we are', 'What we do', 'Where we work', 'Documents library', 'Newsroom'],
    crumbs: ['Home', 'Documents library', 'Ministerial documents'],
    share: { label: 'Share', items: ['Bluesky', 'Facebook', 'LinkedIn', 'Copy link'] },
    related: {
      heading: 'Related content',
      items: [
        'Chairpersonship priorities for the year ahead',
        'Field operations at a glance',
        'How decisions are taken by consensus',
      ],
    },
    feedback: 'Was this page useful?',
    feedbackYes: 'Yes, thanks',
    feedbackNo: 'Not really',
    footer: [
      ['Contact the Secretariat', 'Vacancies', 'Procurement'],
      ['Data protection notice', 'Terms of use'],
    ],
    footerNote: '© Forum for Security and Dialogue Secretariat',
  },
  {
    key: 'minext-fr',
    name: 'Ministère des Relations extérieures',
    domain: 'relations-exterieures.example.fr',
    skeleton: 'gov',
    titleSeparator: ' - ',
    skip: 'Aller au contenu principal',
    langToggle: 'English',
    search: 'Rechercher sur le site',
    searchButton: 'Lancer la recherche',
    nav: ['Le ministère', 'Politique étrangère', 'Conseils aux voyageurs', 'Services consulaires', 'Salle de presse'],
    crumbs: ['Accueil', 'Salle de presse', 'Textes et déclarations'],
    share: { label: 'Partager cette page', items: ['Bluesky', 'Facebook', 'LinkedIn', 'Imprimer'] },
    related: {
      heading: 'Sur le même sujet',
      items: [
        'Notre action dans les enceintes multilatérales',
        'Le réseau diplomatique en chiffres',
        'Agenda de la ministre',
      ],
    },
    feedback: 'Cette page vous a-t-elle été utile ?',
    feedbackYes: 'Oui',
    feedbackNo: 'Non',
    modified: 'Mis à jour le',
    newsletter: {
      heading: 'La lettre de la diplomatie',
      text: 'Les temps forts de l’action du ministère, chaque vendredi.',
      button: 'Je m’abonne',
      placeholder: 'Votre adresse électronique',
    },
    footer: [
      ['Nous contacter', 'Recrutement', 'Marchés publics'],
      ['Mentions légales', 'Données personnelles', 'Gestion des cookies'],
    ],
    footerNote: 'Ministère des Relations extérieures — tous droits réservés',
  },
  {
    key: 'union-fr',
    name: 'Union des États riverains',
    domain: 'uer.example.int',
    skeleton: 'org',
    titleSeparator: ' | ',
    ogTitle: 'title',
    tagline: 'Paix, intégration, prospérité partagée',
    langToggle: 'English | Português',
    nav: ['L’Union', 'Organes', 'Thématiques', 'Documents', 'Médias'],
    crumbs: ['Accueil', 'Documents', 'Communiqués du Conseil'],
    cookie: {
      label: 'Témoins',
      text: 'Ce site dépose des témoins de mesure d’audience anonymes.',
      accept: 'Accepter',
      refuse: 'Continuer sans accepter',
    },
    share: { label: 'Partager', items: ['WhatsApp', 'Facebook', 'Courriel'] },
    related: {
      heading: 'Documents liés',
      items: ['Feuille de route de la présidence tournante', 'Calendrier des réunions', 'Rapport annuel du Conseil'],
    },
    footer: [
      ['Contact', 'Appels d’offres', 'Carrières'],
      ['Politique de confidentialité', 'Plan du site'],
    ],
    footerNote: '© Commission de l’Union des États riverains',
  },
  {
    key: 'dispatch-en',
    name: 'The Capital Dispatch',
    domain: 'www.capitaldispatch.example.com',
    skeleton: 'news',
    titleSeparator: ' | ',
    ogTitle: 'title',
    account: 'Subscribe now',
    nav: ['Politics', 'World', 'Business', 'Opinion', 'Local', 'Sports'],
    ticker: { label: 'Trending', items: ['Budget vote', 'Transit strike', 'Playoff tickets'] },
    share: { label: 'Share this article', items: ['Facebook', 'X', 'Email', 'Print'] },
    shareTop: true,
    readAlsoLabel: 'Read more:',
    newsletter: {
      heading: 'The Morning Briefing',
      text: 'The day’s top stories in your inbox before 7 a.m.',
      button: 'Sign up',
      placeholder: 'Your email address',
    },
    related: {
      heading: 'More from World',
      items: ['Port workers vote on new contract', 'Opposition demands inquiry', 'Weekend weather outlook'],
    },
    comments: 'Join the conversation',
    commentsText: 'Comments are reviewed before they appear.',
    footer: [
      ['About us', 'Advertise', 'Contact the newsroom'],
      ['Privacy policy', 'Terms of service', 'Accessibility'],
    ],
    footerNote: '© 2025 The Capital Dispatch, a division of Riverside Media Group',
  },
  // ---------------------------------------------------------------- validation sites
  {
    key: 'pmo-fr',
    name: 'Premier ministre du Canada',
    domain: 'www.pm.example.ca',
    skeleton: 'gov',
    titleSeparator: ' | ',
    skip: 'Passer au contenu principal',
    langToggle: 'English',
    nav: ['Nouvelles', 'Déclarations', 'Comptes rendus', 'Avis aux médias', 'Vidéos', 'Conseil des ministres'],
    crumbs: ['Accueil', 'Nouvelles'],
    share: { label: 'Partager', items: ['Facebook', 'X', 'Courriel'] },
    related: {
      heading: 'Autres déclarations',
      items: [
        'Le premier ministre annonce des changements au sein de la haute fonction publique',
        'Compte rendu : le premier ministre s’entretient avec la présidente du Mexique',
        'Déclaration du premier ministre à l’occasion de la Journée nationale des peuples autochtones',
      ],
    },
    footer: [
      ['Écrire au premier ministre', 'Confidentialité', 'Avis'],
      ['Canada.ca', 'Gouvernement ouvert'],
    ],
    footerNote: 'Cabinet du premier ministre',
  },
  {
    key: 'elysee-fr',
    name: 'Élysée',
    domain: 'www.elysee.example.fr',
    skeleton: 'org',
    titleSeparator: ' | ',
    ogTitle: 'title',
    tagline: 'Présidence de la République française',
    search: 'Que recherchez-vous ?',
    nav: ['Le Président', 'Toute l’actualité', 'Les déplacements', 'Les conseils des ministres', 'Palais de l’Élysée'],
    crumbs: ['Accueil', 'Toute l’actualité'],
    cookie: {
      label: 'Vos préférences',
      text: 'Le site elysee utilise des cookies nécessaires à son fonctionnement.',
      accept: 'OK, tout accepter',
      refuse: 'Paramétrer',
    },
    share: { label: 'Partager cet article', items: ['Facebook', 'X', 'LinkedIn', 'Copier le lien'] },
    shareTop: true,
    related: {
      heading: 'Dans la même rubrique',
      items: ['Conseil des ministres du mercredi', 'Entretien avec le Premier ministre du Japon', 'Hommage national'],
    },
    newsletter: {
      heading: 'Recevoir la lettre de l’Élysée',
      text: 'L’essentiel de l’action présidentielle, chaque semaine.',
      button: 'Je m’abonne',
    },
    footer: [
      ['Mentions légales', 'Accessibilité', 'Données personnelles'],
      ['Presse', 'Contact', 'Écrire au Président'],
    ],
    footerNote: 'Présidence de la République — 55 rue du Faubourg Saint-Honoré',
  },
  {
    key: 'agg-fr',
    name: 'Actu Monde Express',
    domain: 'actumonde.example.com',
    skeleton: 'agg',
    ogTitle: 'h1',
    tagline: 'Toute l’actu en continu',
    account: 'Mon compte',
    nav: ['À la une', 'Monde', 'France', 'Québec', 'Économie', 'Tech', 'Vidéos'],
    ticker: { label: 'En direct :', items: ['Tempête sur la Bretagne', 'Bourse de Paris', 'Mercato'] },
    crumbs: ['Accueil', 'Monde'],
    cookie: {
      label: 'Cookies',
      text: 'Nous utilisons des cookies afin de vous proposer des contenus et publicités adaptés.',
      accept: 'Accepter',
      refuse: 'Continuer sans accepter',
    },
    share: { label: 'Partager sur', items: ['Facebook', 'X', 'WhatsApp', 'Messenger'] },
    sidebar: {
      heading: 'Les plus lus',
      items: [
        'Les dix villages préférés des lecteurs',
        'Prix de l’essence : la carte des stations',
        'Horoscope de la semaine',
      ],
    },
    newsletter: {
      heading: 'L’essentiel du matin',
      text: 'Recevez chaque jour notre sélection.',
      button: 'Je m’inscris',
      placeholder: 'Votre adresse courriel',
    },
    related: {
      heading: 'À voir aussi',
      items: [
        'Vidéo : les images de la tempête',
        'Diaporama : le sommet en photos',
        'Le point sur la situation au Sahel',
      ],
    },
    footer: [
      ['Qui sommes-nous', 'Publicité', 'Contact'],
      ['CGU', 'Vie privée', 'Paramètres des cookies'],
    ],
    footerNote: '© Actu Monde Express — Tous droits réservés',
  },
  {
    key: 'observer-en',
    name: 'The Northern Observer',
    domain: 'www.northernobserver.example.com',
    skeleton: 'news',
    ogTitle: 'h1',
    tagline: 'Independent journalism from the North',
    account: 'Subscribe from $1/week',
    nav: ['News', 'World', 'Arctic', 'Climate', 'Business', 'Opinion'],
    cookie: {
      label: 'Your privacy',
      text: 'We and selected partners use cookies and similar technologies for measurement and personalised advertising.',
      accept: 'I agree',
      refuse: 'Reject all',
    },
    share: { label: 'Share', items: ['Email', 'Facebook', 'X', 'Reddit'] },
    readAlsoLabel: 'Related:',
    newsletter: {
      heading: 'The Observer Weekly',
      text: 'Our best reporting, every Saturday morning.',
      button: 'Sign me up',
    },
    related: {
      heading: 'Most popular',
      items: [
        'Ice roads open late across the territories',
        'Letters: readers on the housing crisis',
        'The photographer who follows caribou',
      ],
    },
    comments: 'Join the conversation',
    commentsText: 'Commenting is available to subscribers only.',
    footer: [
      ['About', 'Ethics policy', 'Corrections', 'Contact'],
      ['Terms', 'Privacy', 'Do not sell my information'],
    ],
    footerNote: 'The Northern Observer is a member of the Press Council.',
  },
  {
    key: 'unpress-fr',
    name: 'Couverture des réunions & communiqués de presse',
    domain: 'press.example.org',
    skeleton: 'org',
    titleSeparator: ' | ',
    tagline: 'Comptes rendus des réunions officielles',
    skip: 'Aller au contenu principal',
    nav: [
      'Secrétaire général',
      'Assemblée générale',
      'Conseil de sécurité',
      'Conseil économique et social',
      'Points de presse',
    ],
    crumbs: ['Accueil', 'Couverture des réunions'],
    share: { label: 'Partager', items: ['Facebook', 'X', 'Courriel', 'Imprimer'] },
    related: {
      heading: 'Dernières réunions',
      items: [
        'La Commission du désarmement ouvre sa session de fond',
        'Le Conseil proroge le mandat de la mission au Soudan du Sud',
        'Point de presse du porte-parole',
      ],
    },
    footer: [
      ['Droits d’auteur', 'Alerte à la fraude', 'Confidentialité', 'Conditions d’utilisation'],
      ['Contact', 'FAQ'],
    ],
    footerNote: 'Document destiné à l’information; ne constitue pas un document officiel.',
  },
  {
    key: 'consil-fr',
    name: 'Conseil de l’UE',
    domain: 'www.consilium.example.eu',
    skeleton: 'org',
    titleSeparator: ' - ',
    tagline: 'Conseil européen · Conseil de l’Union européenne',
    search: 'Rechercher sur le site',
    nav: ['Réunions', 'Politiques', 'Documents', 'Presse', 'À propos'],
    crumbs: ['Accueil', 'Presse', 'Communiqués de presse'],
    cookie: {
      label: 'Cookies',
      text: 'Ce site utilise des cookies pour vous offrir une meilleure expérience de navigation.',
      accept: 'Accepter tous les cookies',
      refuse: 'N’accepter que les cookies essentiels',
    },
    share: { label: 'Partager sur', items: ['Facebook', 'X', 'LinkedIn', 'Courriel'] },
    contactsLabel: 'Contacts presse',
    related: {
      heading: 'Contenu connexe',
      items: [
        'Infographie : l’UE et la sécurité énergétique',
        'Chronologie : le soutien de l’UE aux Balkans occidentaux',
        'Page de la réunion : Conseil des affaires étrangères',
      ],
    },
    newsletter: {
      heading: 'Restez informés',
      text: 'Abonnez-vous à nos communiqués et alertes de réunion.',
      button: 'S’abonner',
    },
    footer: [
      ['Contact', 'Visites', 'Emplois et stages', 'Registre public'],
      ['Avis juridique', 'Protection de la vie privée', 'Accessibilité'],
    ],
    footerNote: 'Secrétariat général du Conseil — Rue de la Loi 175, Bruxelles',
  },
  {
    key: 'g7-en',
    name: 'G7 Presidency 2025',
    domain: 'g7presidency.example.ca',
    skeleton: 'org',
    titleSeparator: ' – ',
    ogTitle: 'none',
    tagline: 'Leaders’ Summit · Kananaskis, Alberta',
    langToggle: 'Français',
    nav: ['The Summit', 'Priorities', 'Ministerial meetings', 'Official documents', 'Media centre'],
    crumbs: ['Home', 'Official documents'],
    share: { label: 'Share this document', items: ['X', 'LinkedIn', 'Email'] },
    contentsLabel: 'On this page',
    related: {
      heading: 'Other official documents',
      items: ['Chair’s summary', 'Leaders’ statement on wildfires', 'Annex: list of invited partners'],
    },
    footer: [
      ['Accessibility', 'Privacy', 'Terms of use'],
      ['Media accreditation', 'Contact'],
    ],
    footerNote: '© His Majesty the King in Right of Canada',
  },
  {
    key: 'fcdo-en',
    name: 'GOV.UK',
    domain: 'www.gov.example.uk',
    skeleton: 'gov',
    titleSeparator: ' - ',
    ogTitle: 'title',
    skip: 'Skip to main content',
    cookie: {
      label: 'Cookies on GOV.UK',
      text: 'We use some essential cookies to make this website work.',
      accept: 'Accept additional cookies',
      refuse: 'Reject additional cookies',
    },
    nav: ['Topics', 'Government activity', 'Departments', 'News', 'Guidance and regulation'],
    crumbs: ['Home', 'Government', 'World'],
    share: { label: 'Share this page', items: ['Facebook', 'Twitter'] },
    fromLabel: 'From:',
    related: {
      heading: 'Explore the topic',
      items: ['Foreign affairs', 'Arms control and disarmament', 'Overseas territories'],
    },
    feedback: 'Is this page useful?',
    feedbackYes: 'Maybe',
    feedbackNo: 'Report a problem with this page',
    footer: [['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact'], ['Government Digital Service']],
    footerNote: 'All content is available under the Open Government Licence v3.0, except where otherwise stated',
  },
];

export function site(key: string): Site {
  const found = SITES.find((s) => s.key === key);
  if (!found) throw new Error(`unknown site ${key}`);
  return found;
}
