/**
 * What an excerpt block needs from the app, provided by the notes feature so the editor
 * itself never calls the API: where its source opens, and whether its source changed.
 */
import { createContext, useContext } from 'react';
import type { ExcerptCheck } from '../../../shared/api/index.ts';
import type { ExcerptPayload } from '../../../shared/model/excerpt.ts';

export interface ExcerptServices {
  /** The address that opens the source at the cited paragraph with the passage marked. */
  sourceHref: (excerpt: ExcerptPayload) => string;
  /** Whether a newer version of the source says something else (batched by the provider). */
  check: (excerpt: ExcerptPayload, keptAgainst: string | undefined) => Promise<ExcerptCheck>;
  /** The same passage in the source's other language version (its paired paragraphs), when it is paired. */
  otherLanguage?: (excerpt: ExcerptPayload) => Promise<{ language: string; payload: ExcerptPayload } | null>;
}

const fallback: ExcerptServices = {
  sourceHref: (excerpt) => `#/doc/${excerpt.documentId}/p/${excerpt.paragraphs[0]?.n ?? 1}`,
  check: async () => ({ status: 'current' }),
};

export const ExcerptServicesContext = createContext<ExcerptServices>(fallback);

export function useExcerptServices(): ExcerptServices {
  return useContext(ExcerptServicesContext);
}
