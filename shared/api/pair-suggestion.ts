/**
 * A language version as the pairing answers name it, and a suggested one. Apart from pairs.ts
 * because the import's answer carries a suggestion too (documents.ts cannot import pairs.ts,
 * which imports it).
 */
import { z } from 'zod';

export const PairedDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  language: z.string(),
  version: z.number().int().positive(),
});
export type PairedDocument = z.infer<typeof PairedDocumentSchema>;

/** A document in the other language that looks like this one's other version. */
export const PairSuggestionSchema = PairedDocumentSchema.extend({
  /** 0..1: how strongly date, place, issuer, figures and structure agree. */
  score: z.number().min(0).max(1),
  /** What agreed: `date`, `place`, `issuer`, `numbers`, `names`, `structure`, `text`. */
  reasons: z.array(z.enum(['date', 'place', 'issuer', 'numbers', 'names', 'structure', 'text'])),
});
export type PairSuggestion = z.infer<typeof PairSuggestionSchema>;
