/**
 * English import messages added for issue 13's "no text found" case. Spread into the `import`
 * block of en.ts; fr.import-text.ts has the same keys.
 */
export const enImportText = {
  noDocumentText:
    '{{name}} holds only a page’s surroundings (a title, dates, menus, labels), not a document’s text. Open the page, select the text itself, and import or paste that.',
};
