/**
 * Paragraph labels: the number a document prints for a paragraph ("7", "4(a)", "PP3"), which is
 * what officials cite. NULL means the document does not number its paragraphs and the
 * paragraph is cited by its position `n`, as every paragraph stored before this migration is.
 */
export const migration006 = {
  version: 6,
  name: 'paragraph-labels',
  sql: `
    ALTER TABLE paragraphs ADD COLUMN label TEXT CHECK (label IS NULL OR length(label) BETWEEN 1 AND 40);
  `,
} as const;
