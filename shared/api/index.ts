export * from './channels.ts';
export * from './contract.ts';
export * from './result.ts';
export { DocumentIdSchema, type ImportOutcome } from './documents.ts';
export type { ExcerptCheck, Note, NoteVersion } from './notes.ts';
