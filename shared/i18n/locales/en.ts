/**
 * English catalogue: every user-facing string of the interface, the CLI and printed packs.
 * Keys are grouped by feature; plurals use i18next's `_one` / `_other` suffixes.
 */
export const en = {
  app: {
    name: 'Précis',
    tagline: 'Read, annotate and brief from official declarations. Your library stays on this computer.',
    emptyTitle: 'Précis',
    emptyBody: 'Choose a document in the library, or import one: a saved web page, a PDF, a Word file or a text file.',
    language: 'Language',
    languageNames: { en: 'English', fr: 'Français' },
    unreachable: 'Précis is not reachable. Is `npm run browser` still running?',
    notOpenedByPrecis: 'This page was not opened by Précis. Open the address `npm run browser` printed.',
  },
  menu: {
    file: '&File',
    importFiles: '&Import…',
    edit: '&Edit',
    view: '&View',
    window: '&Window',
    help: '&Help',
    about: 'About Précis',
    language: '&Language',
    importFailed: 'Some files could not be imported:',
    importFilter: 'Documents',
  },
  library: {
    label: 'Library',
    title: 'Library',
    import: 'Import…',
    importFiles: 'Import files',
    loading: 'Loading…',
    empty: 'No documents yet. Import a file or drop it here.',
    dropHint: 'Drop files here to import them.',
    importing: 'Importing {{name}} ({{current}} of {{total}})',
    imported_one: '{{count}} of {{total}} file imported.',
    imported_other: '{{count}} of {{total}} files imported.',
    dismiss: 'Dismiss',
    paragraphs_one: '{{count}} ¶',
    paragraphs_other: '{{count}} ¶',
    version: 'v{{version}}',
  },
  kinds: {
    declaration: 'Declaration',
    news: 'News article',
    other: 'Document',
  },
  reader: {
    opening: 'Opening…',
    sections: 'Sections',
    opening_section: 'Opening',
    paragraph: 'Paragraph {{n}}',
  },
  classification: {
    UNCLASSIFIED: 'UNCLASSIFIED',
    'PROTECTED A': 'PROTECTED A',
    'PROTECTED B': 'PROTECTED B',
    CONFIDENTIAL: 'CONFIDENTIAL',
    SECRET: 'SECRET',
  },
  cli: {
    usage: 'usage: precis COMMAND [--store DIR] [--json] [--lang en|fr]',
    commands: 'Commands:',
    storeNote: 'The library is in your user data folder unless --store DIR or PRECIS_STORE says otherwise.',
    unknownCommand: 'unknown command “{{command}}”. Run `precis help` for the list.',
    storeNeedsDir: '--store needs a folder: --store DIR',
    langNeedsValue: '--lang takes en or fr',
    unexpected: 'unexpected error: {{message}}',
    emptyLibrary: 'The library is empty. Import a file with `precis import FILE`.',
    notAFile: '“{{path}}” is not a file.',
    cannotRead: 'Cannot read “{{path}}”: {{reason}}.',
    imported: 'Imported {{title}} ({{id}}, {{count}} paragraphs)',
    existing: 'Already in the library: {{title}} ({{id}}, {{count}} paragraphs)',
    newVersion: 'New version of {{title}} ({{id}}, {{count}} paragraphs)',
    summaries: {
      list: 'List the documents in the library.',
      show: 'Print a document with its sections and numbered paragraphs.',
      import: 'Import files (text, web page, HTML, Markdown, PDF, DOCX) into the library.',
      search: 'Search paragraphs, annotations and notes ("phrase", pre*, OR, -word, tag:x).',
    },
  },
  errors: {
    notFound: 'There is no document with id “{{id}}” in this library.',
    internal: 'Précis hit an unexpected error. Nothing was changed; the details are in the log.',
  },
} as const;

/** The shape every catalogue must have: the same keys as English, any string values. */
export type Catalogue = Widen<typeof en>;
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
