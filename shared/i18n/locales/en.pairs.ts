/**
 * English messages of language-version pairing (issue 16): the reader's side-by-side view,
 * pairing and correcting, the CLI's `precis pair`, the bilingual annex and the API's errors.
 */
export const enPairs = {
  pairs: {
    errors: {
      sameLanguage:
        '{{title}} and {{other}} are both in the same language: pair a document with its version in the other language.',
      nothingInCommon:
        '{{title}} and {{other}} have too little in common (figures, names, dates, wording) to be two language versions of one text. Nothing was paired.',
      empty: '{{title}} has no paragraphs to pair.',
      sameDocument: 'These are two versions of the same document, not two language versions.',
      alreadyPaired: '{{title}} is already paired with {{other}}. Unpair it first.',
      notPaired: '{{title}} is not paired with a version in another language.',
      partnerGone: 'The other language version of {{title}} was deleted. Restore it, or unpair.',
      unknownParagraph: 'There is no paragraph {{id}} in {{title}} (it may have changed in this version).',
    },
    cli: {
      summary: 'Pair two language versions of one text and print their paragraph pairs.',
      usage: 'usage: precis pair EN_ID FR_ID [--json]',
      paired: 'Paired {{a}} ({{aLanguage}}) with {{b}} ({{bLanguage}}): {{count}} pairs, {{low}} to check.',
      row: '¶ {{a}}  ⇔  ¶ {{b}}',
      none: '—',
      check: 'check',
      suggestion: '  This looks like the other language version of {{title}} ({{id}}): precis pair {{document}} {{id}}',
      pairedWith: 'Other language version: {{title}} ({{id}}, {{language}})',
    },
  },
} as const;
