/**
 * English messages of citations by identity, versions by evidence and restore (issue 14):
 * what a citation says when its paragraph was merged, split or removed, the fixes it offers,
 * and the import's question about versions. Spread into en.ts.
 */
export const enIntegrity = {
  citation: {
    change: {
      merged: 'paragraph merged — review',
      split: 'paragraph split — review',
      removed: 'paragraph removed — review',
    },
    explain: {
      merged:
        'The structure of the source was corrected: the cited paragraph is now part of a longer one ({{citation}}).',
      split: 'The structure of the source was corrected: the cited paragraph is now in several ({{citation}}).',
      removed: 'The structure of the source was corrected: the cited paragraph is no longer a paragraph of it.',
    },
    versionExplain: {
      merged: 'In version {{version}} the cited paragraph is part of a longer one ({{citation}}).',
      split: 'In version {{version}} the cited words run over several paragraphs ({{citation}}).',
    },
    updateToCurrent: 'Update to the current text',
    keepOldWording: 'Keep the old wording',
    repick: 'Pick again',
    nowReads: 'The paragraph now reads:',
    /** Find in a document: where the current hit is. */
    findStatus: '{{paragraph}} · {{index}} of {{count}} paragraphs',
    errors: {
      changed: '{{title}}: {{change}}. Open the pack and choose what the item cites now.',
      newest: {
        changed:
          '“{{title}}”, version {{version}}, words {{cited}} of version {{from}} differently ({{now}}): pick the paragraphs again in version {{version}}, or keep this item on version {{from}}.',
        merged:
          '“{{title}}”, version {{version}}, has {{cited}} of version {{from}} inside a longer paragraph ({{now}}): pick the paragraphs again in version {{version}}, or keep this item on version {{from}}.',
        split:
          '“{{title}}”, version {{version}}, has {{cited}} of version {{from}} split over several paragraphs ({{now}}): pick the paragraphs again in version {{version}}, or keep this item on version {{from}}.',
        removed:
          '“{{title}}”, version {{version}}, no longer has {{cited}} of version {{from}}: keep this item on version {{from}}, or pick other paragraphs.',
      },
      noSuchParagraphId:
        '“{{title}}” does not have these paragraphs (they may have been merged or split): pick them again.',
    },
  },
  versions: {
    /** The import's question when the evidence is partial. */
    question:
      'This looks like a new version of “{{title}}” (version {{version}}): {{share}} of the paragraphs are the same.',
    newVersion: 'New version',
    separate: 'Separate document',
    linked: '“{{title}}” is now version {{version}} of its document.',
    keptSeparate: 'Kept as a separate document.',
    cliEvidence: 'Version {{version}} of {{previous}}: {{share}} of the paragraphs are the same.',
    cliUserSaid: 'Version {{version}} of {{previous}}, as you said (--version-of).',
    cliPossible:
      'It may be a new version of {{previous}} “{{title}}” ({{share}} of the paragraphs are the same). To make it one: precis import {{file}} --version-of {{previous}}',
    errors: {
      sameSeries: 'That document is already a version of the same document.',
      hasVersions: 'That document has versions of its own: it cannot become a version of another one.',
      both: '--version-of and --new-document exclude each other.',
    },
  },
  restore: {
    copyFailed:
      'The library could not be copied aside before the restore ({{detail}}), so nothing was restored and nothing was changed.',
    upgradeFailed:
      'The backup is from an older Précis (schema {{schema}}) and could not be brought up to date ({{detail}}); the library it was to replace has been put back.',
  },
  packReview: {
    label: '{{label}} — {{change}}',
    update: 'Cite the current paragraphs',
    repick: 'Pick again',
  },
} as const;
