export * from './channels.ts';
export * from './contract.ts';
export * from './result.ts';
export { DocumentIdSchema, type ImportOutcome, type ImportResult } from './documents.ts';
export { PackSnapshotSchema, type PackSnapshot, type ExportResult } from './packs.ts';
export { QuoteCheckSchema, QuoteFindingSchema, type QuoteCheck } from './quotes.ts';
export type { AnnotationTarget } from './annotations.ts';
export type { ExcerptCheck, Note, NoteVersion } from './notes.ts';
export { SearchHitSchema, type SearchHit } from './search.ts';
