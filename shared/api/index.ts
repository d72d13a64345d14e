export * from './channels.ts';
export * from './contract.ts';
export * from './result.ts';
export { DocumentIdSchema, type ImportOutcome } from './documents.ts';
export { SearchHitSchema, type SearchHit } from './search.ts';
