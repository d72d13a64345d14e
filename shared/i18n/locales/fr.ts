/**
 * Catalogue français (français canadien par défaut). Même forme que le catalogue anglais :
 * une clé manquante ou en trop est une erreur de compilation.
 */
import type { Catalogue } from './en.ts';

export const fr: Catalogue = {
  app: {
    name: 'Précis',
    tagline:
      'Lire, annoter et préparer des notes à partir de déclarations officielles. Votre bibliothèque reste sur cet ordinateur.',
    emptyTitle: 'Précis',
    emptyBody:
      'Choisissez un document dans la bibliothèque ou importez-en un : page Web enregistrée, PDF, fichier Word ou fichier texte.',
    language: 'Langue',
    languageNames: { en: 'English', fr: 'Français' },
    unreachable: 'Précis ne répond pas. La commande `npm run browser` est-elle toujours en cours?',
    notOpenedByPrecis: "Cette page n'a pas été ouverte par Précis. Ouvrez l'adresse affichée par `npm run browser`.",
  },
  menu: {
    file: '&Fichier',
    importFiles: '&Importer…',
    edit: '&Édition',
    view: '&Affichage',
    window: 'Fe&nêtre',
    help: '&Aide',
    about: 'À propos de Précis',
    language: '&Langue',
    importFailed: "Certains fichiers n'ont pas pu être importés :",
    importFilter: 'Documents',
  },
  library: {
    label: 'Bibliothèque',
    title: 'Bibliothèque',
    import: 'Importer…',
    importFiles: 'Importer des fichiers',
    loading: 'Chargement…',
    empty: 'Aucun document pour le moment. Importez un fichier ou déposez-le ici.',
    dropHint: 'Déposez des fichiers ici pour les importer.',
    importing: 'Importation de {{name}} ({{current}} sur {{total}})',
    imported_one: '{{count}} fichier sur {{total}} importé.',
    imported_other: '{{count}} fichiers sur {{total}} importés.',
    dismiss: 'Fermer',
    paragraphs_one: '{{count}} §',
    paragraphs_other: '{{count}} §',
    version: 'v{{version}}',
  },
  kinds: {
    declaration: 'Déclaration',
    news: 'Article de presse',
    other: 'Document',
  },
  reader: {
    opening: 'Ouverture…',
    sections: 'Sections',
    opening_section: 'Préambule',
    paragraph: 'Paragraphe {{n}}',
  },
  classification: {
    UNCLASSIFIED: 'NON CLASSIFIÉ',
    'PROTECTED A': 'PROTÉGÉ A',
    'PROTECTED B': 'PROTÉGÉ B',
    CONFIDENTIAL: 'CONFIDENTIEL',
    SECRET: 'SECRET',
  },
  cli: {
    usage: 'usage : precis COMMANDE [--store DOSSIER] [--json] [--lang en|fr]',
    commands: 'Commandes :',
    storeNote:
      'La bibliothèque se trouve dans votre dossier de données, sauf si --store DOSSIER ou PRECIS_STORE en indique un autre.',
    unknownCommand: 'commande inconnue « {{command}} ». Lancez `precis help` pour la liste.',
    storeNeedsDir: '--store demande un dossier : --store DOSSIER',
    langNeedsValue: '--lang accepte en ou fr',
    unexpected: 'erreur inattendue : {{message}}',
    emptyLibrary: 'La bibliothèque est vide. Importez un fichier avec `precis import FICHIER`.',
    notAFile: '« {{path}} » n’est pas un fichier.',
    cannotRead: 'Impossible de lire « {{path}} » : {{reason}}.',
    imported: 'Importé : {{title}} ({{id}}, {{count}} paragraphes)',
    existing: 'Déjà dans la bibliothèque : {{title}} ({{id}}, {{count}} paragraphes)',
    newVersion: 'Nouvelle version de {{title}} ({{id}}, {{count}} paragraphes)',
    summaries: {
      list: 'Lister les documents de la bibliothèque.',
      show: 'Afficher un document avec ses sections et ses paragraphes numérotés.',
      import: 'Importer des fichiers (texte, page Web, HTML, Markdown, PDF, DOCX) dans la bibliothèque.',
      search: 'Chercher dans les paragraphes, annotations et notes (« expression », pré*, OR, -mot, tag:x).',
    },
  },
  errors: {
    notFound: "Il n'y a aucun document portant l'identifiant « {{id}} » dans cette bibliothèque.",
    internal: "Précis a rencontré une erreur inattendue. Rien n'a été modifié; les détails sont dans le journal.",
  },
};
