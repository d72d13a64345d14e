/**
 * Security classifications (Government of Canada markings), lowest first. Stored as these
 * codes; printed with the labels below, in the pack's language.
 */
import { z } from 'zod';

export const CLASSIFICATIONS = ['unclassified', 'protected-a', 'protected-b', 'confidential', 'secret'] as const;
export const ClassificationSchema = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof ClassificationSchema>;

/** Languages a printed pack or note is written in. */
export const PrintLanguageSchema = z.enum(['en', 'fr']);
export type PrintLanguage = z.infer<typeof PrintLanguageSchema>;

export const CLASSIFICATION_LABELS: Record<PrintLanguage, Record<Classification, string>> = {
  en: {
    unclassified: 'UNCLASSIFIED',
    'protected-a': 'PROTECTED A',
    'protected-b': 'PROTECTED B',
    confidential: 'CONFIDENTIAL',
    secret: 'SECRET',
  },
  fr: {
    unclassified: 'NON CLASSIFIÉ',
    'protected-a': 'PROTÉGÉ A',
    'protected-b': 'PROTÉGÉ B',
    confidential: 'CONFIDENTIEL',
    secret: 'SECRET',
  },
};

/** 0 for unclassified up to 4 for secret: compare classifications by rank. */
export function classificationRank(classification: Classification): number {
  return CLASSIFICATIONS.indexOf(classification);
}

/** The highest of the given classifications; `unclassified` for none. */
export function highestClassification(list: Iterable<Classification>): Classification {
  let highest: Classification = 'unclassified';
  for (const c of list) if (classificationRank(c) > classificationRank(highest)) highest = c;
  return highest;
}
