/**
 * Labelled metadata lines of official pages: "From: Ministry of X", "Published by X",
 * "Source : Ministère de X", "Speaker: The Minister", "Location: Halifax", with the value on the
 * same line or alone on the next one; and document-type labels shown beside a title ("Press
 * release", "Statement", "Communiqué de presse", "Speech"), which tell the kind and are never
 * part of the title. Generic EN/FR label words only.
 */
import type { Block } from './blocks.ts';
import { isTerminal, normalizeCue, wordCount } from './cruft.ts';
import { findDate } from './dates.ts';
import { issuerOfTypeLabel } from './issuer.ts';

export type LabelField = 'issuer' | 'place';

export interface LabelLine {
  field: LabelField;
  /** The value when it is on the label's line. */
  value: string | null;
  /** Nothing follows the label on its line: the value is the next line. */
  bare: boolean;
}

/** Issuer labels: single words need a colon ("From:"), "published by" does not. */
const ISSUER =
  /^(?:(?:from|source|author|auteur|autrice|speaker|orateur|oratrice|intervenant|issuer|émetteur)\s*:|(?:published|issued|delivered|publié|publiée|émis|diffusé)\s+par\b|(?:published|issued|delivered)\s+by\b)\s*(.*)$/i;
const PLACE = /^(?:location|place|venue|lieu)\s*:\s*(.*)$/i;

/** A label line, or null. */
export function labelLine(text: string): LabelLine | null {
  const issuer = ISSUER.exec(text);
  const place = issuer ? null : PLACE.exec(text);
  const match = issuer ?? place;
  if (!match) return null;
  const rest = match[1] ?? '';
  return { field: issuer ? 'issuer' : 'place', value: labelValue(rest), bare: rest.trim() === '' };
}

/** A labelled value: a short name or place, not a sentence and not a date. */
export function labelValue(text: string): string | null {
  // "From: Department of X and The Rt Hon Jane Doe MP": the office, then the minister in person.
  const value = text
    .trim()
    .split(
      /\s+(?:and|et)\s+(?=(?:the\s+)?(?:rt\.?\s+hon|right honourable|honourable|hon\.|l['’]honorable|le très honorable|la très honorable)\b)/i,
    )[0] as string;
  if (value === '' || wordCount(value) > 10 || isTerminal(value) || !/^\p{Lu}/u.test(value)) return null;
  if (findDate(value)) return null;
  return value;
}

export interface Labels {
  issuer: string | null;
  place: string | null;
  /** Indexes of the label lines and of values on their own line: never content. */
  indexes: Set<number>;
}

/** Labelled values in blocks [from, to). */
export function findLabels(blocks: readonly Block[], from: number, to: number): Labels {
  const found: Labels = { issuer: null, place: null, indexes: new Set() };
  for (let i = Math.max(0, from); i < Math.min(to, blocks.length); i++) {
    const label = labelLine(blocks[i]?.text ?? '');
    if (!label) continue;
    let value = label.value;
    found.indexes.add(i);
    if (label.bare) {
      value = labelValue(blocks[i + 1]?.text ?? '');
      if (value !== null) found.indexes.add(i + 1);
    }
    if (value !== null) found[label.field] ??= value;
  }
  return found;
}

/** Document-type labels and the kind they imply. */
const TYPE_LABEL =
  /^(press release|news release|media release|statement|joint statement|communiqu[eé]|joint communiqu[eé]|communiqué de presse|communiqué conjoint|déclaration|déclaration conjointe|readout|speech|remarks|discours|allocution)$/;
const SPEECH_LABEL = /^(speech|remarks|discours|allocution)$/;
const SPEECH_WORD = /^(speech|remarks|discours|allocution)\b/;

/** The kind a type label line names, or null when the line is no type label. */
export function typeLabel(text: string): 'declaration' | 'other' | null {
  const key = normalizeCue(text);
  // « Communiqué du Bureau du premier ministre »: a type label that names its office.
  if (!TYPE_LABEL.test(key)) return issuerOfTypeLabel(text) ? (SPEECH_WORD.test(key) ? 'other' : 'declaration') : null;
  return SPEECH_LABEL.test(key) ? 'other' : 'declaration';
}
