/**
 * Documents by the day they were issued: the pairing suggestion at import looks first for
 * documents of the same date in another language, and without this index that question read
 * every document in the library.
 */
export const migration013 = {
  version: 13,
  name: 'documents-by-date',
  sql: `
    CREATE INDEX documents_by_date ON documents(date);
  `,
} as const;
