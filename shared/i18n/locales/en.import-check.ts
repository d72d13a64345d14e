/**
 * English messages of the import check (issue 13): the check bar in the reader, the structure
 * editor's "not part of the document" and "this is the title", and their API errors. Spread into
 * en.ts; fr.import-check.ts has the same keys.
 */
export const enImportCheck = {
  importCheck: {
    label: 'Import check',
    intro:
      'Précis is not sure it read this document right. Check the title, the date, the issuer and where ¶ 1 starts.',
    title: 'Title',
    date: 'Date',
    issuer: 'Issuer',
    none: 'none found',
    startsWith: '¶ {{label}} starts: {{text}}',
    thisIsTheTitle: 'This is the title',
    startsHere: 'The document starts here',
    drop: 'Not part of the document',
    looksRight: 'Looks right',
    closeCheck: 'Close the import check',
    undoFix: 'Undo the last fix',
    madeTitle: '“{{text}}” is now the title.',
    started: 'The document now starts at “{{text}}”.',
    dropped: 'Taken out of the document, kept aside: “{{text}}”.',
    restored: 'Put back.',
    confirmed: 'Import checked.',
    unsure: 'unsure',
    keptAside: 'Kept aside ({{count}})',
    keptAsideHelp: 'Blocks taken out of the document. Put one back to number it again.',
    putBack: 'Put back',
    reasons: {
      'not-document': 'not part of the document',
      title: 'made the title',
      start: 'before the start',
    },
    errors: {
      nothingToDrop: 'Choose a paragraph or a heading to take out of the document.',
      titleNeedsOneBlock: 'Choose one paragraph or heading to make the title.',
      noSuchGroup: 'There is nothing with that id kept aside for this document.',
      wouldBeEmpty: 'A document needs at least one paragraph: this would take them all out.',
    },
  },
} as const;
