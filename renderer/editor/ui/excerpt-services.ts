/**
 * What an excerpt block needs from the app, provided by the notes feature so the editor
 * itself never calls the API: where its source opens, and whether its source changed.
 */
import { createContext, useContext } from 'react';
import type { ExcerptCheck } from '../../../shared/api/index.ts';
import type { ExcerptPayload } from '../../../shared/model/excerpt.ts';

export interface ExcerptServices {
  /**
   * The address that opens the source at the cited paragraph with the passage marked;
   * `position` is where that paragraph is now (from the check), when known.
   */
  sourceHref: (excerpt: ExcerptPayload, position: number | undefined) => string;
  /**
   * The cited paragraphs' numbers now, and whether a structure correction or a newer version
   * of the source changed them (batched by the provider).
   */
  check: (excerpt: ExcerptPayload, keptAgainst: string | undefined) => Promise<ExcerptCheck>;
  /** Opens the picker on the excerpt's document; `replace` gets the passage picked instead. */
  repick: (excerpt: ExcerptPayload, replace: (picked: ExcerptPayload) => void) => void;
  /** The same passage in the source's other language version (its paired paragraphs), when it is paired. */
  otherLanguage?: (excerpt: ExcerptPayload) => Promise<OtherWording | null>;
}

/** The passage in the other language, and whether its pairing is one no one has checked. */
export interface OtherWording {
  language: string;
  payload: ExcerptPayload;
  unchecked: boolean;
}

const fallback: ExcerptServices = {
  sourceHref: (excerpt) => `#/doc/${excerpt.documentId}`,
  check: async () => ({ status: 'current' }),
  repick: () => {},
};

export const ExcerptServicesContext = createContext<ExcerptServices>(fallback);

export function useExcerptServices(): ExcerptServices {
  return useContext(ExcerptServicesContext);
}
