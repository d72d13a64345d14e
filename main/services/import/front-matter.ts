/**
 * What the lines around a title are, when they are not the text: a dateline, a date or
 * "Published" stamp, a labelled value ("From:", "Objet :"), a type label ("Statement"), a byline,
 * a photo caption, the site's sentence introducing the text, a document symbol ("A/RES/79/233"),
 * a marking ("UNCLASSIFIED", "Unofficial translation", "For immediate release"), the enacting
 * formula of a resolution ("The General Assembly,"), or a speaker line ("The Honourable X,
 * Minister of Y"). All by shape and generic EN/FR words.
 */
import type { Block } from './blocks.ts';
import type { Features } from './cruft.ts';
import { normalizeCue, wordCount } from './cruft.ts';
import { findDate } from './dates.ts';
import type { Dateline } from './dateline.ts';
import { parseDateline } from './dateline.ts';
import { siteIntro } from './intro.ts';
import { labelLine, typeLabel } from './labels.ts';

export type FrontKind =
  | 'dateline'
  | 'date'
  | 'label'
  | 'type'
  | 'byline'
  | 'caption'
  | 'intro'
  | 'cruft'
  | 'symbol'
  | 'marking'
  | 'enacting'
  | 'speaker';

export interface FrontLine {
  kind: FrontKind;
  dateline?: Dateline;
}

/** "A/RES/79/233", "10288/25", "SC/16142", "(2025) 038", "PL/kh", "JAI.2". */
const SYMBOL =
  /^(?:[A-Z]{1,8}(?:\/[A-Z0-9.()-]+)+|\d{3,6}\/\d{2}(?:\s.*)?|\(\d{4}\)\s*\d{1,4}.*|[A-Z]{2,5}\.\d{1,2}|\d{2}-\d{5}.*)$/;
/** Classification and release markings, translation and delivery notes, version stamps. */
const MARKING =
  /^(?:(?:un)?classified|non classifiée?|protected [abc]|protégée? [abc]|secret|confidential|confidentiel|draft|projet|ébauche|embargo(?:ed)?\b.*|version\s.*|(?:unofficial|non-?official) translation.*|traduction non officielle.*|check against delivery|seul le prononcé fait foi|(?:for|pour) (?:immediate release|diffusion immédiate)|(?:news|press|media) release\s*[—–-]\s*for immediate release|communiqué de presse\s*[—–-]\s*pour diffusion immédiate|only the .* text is authentic.*|seul le texte .* fait foi.*)$/i;
/** "The General Assembly,", "L’Assemblée générale,", "The Security Council,": who enacts what follows. */
const ENACTING = /^(?:The|Le|La|L['’]|Les)\s*\p{Lu}[\p{L}\s'’-]{2,80},$/u;
const ENACTING_BODY =
  /(?<![\p{L}])(?:Assembly|Council|Conference|Commission|Committee|Parties|Participants|Assemblée|Conseil|Conférence|Comité|Parties|Participants)(?![\p{L}])/u;
/** "The Honourable X, Minister of Y", "L’honorable X, ministre de Y", "H.E. X, President of Y". */
const SPEAKER =
  /^(?:the (?:right )?honourable|the hon\.|l['’]honorable|le très honorable|h\.e\.|his excellency|her excellency|son excellence|s\.e\.|mr\.?|mrs\.?|ms\.?|dr\.?|m\.|mme)\s+\p{Lu}/iu;
const BYLINE = /^(?:by|par|from)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*[,(].*)?$/iu;
/** "Name : value" lines of a cover page or a clipping ("Date de consultation : 12 mai 2025"). */
const LABEL_VALUE = /^((?:\p{Lu}[\p{L}'’-]*)(?:\s+[\p{L}'’-]+){0,3})\s?:\s+(\S.*)$/u;
/** Label words of cover pages, clippings and metadata blocks (EN/FR). */
const LABEL_WORDS =
  /^(source|date|dates|dossier|file|file number|subject|objet|origin|origine|from|de|to|à|destinataire|recipient|cc|ref|réf|reference|référence|classification|author|auteur|autrice|tags?|category|catégorie|keywords|mots-clés|location|lieu|speaker|contact|status|statut|language|langue|date de consultation|consulted|accessed|retrieved|published|publié|publiée|issued|distr|distribution|original|series|série|no|n°|number|numéro)$/i;

function isLabelValue(text: string): boolean {
  const m = LABEL_VALUE.exec(text);
  if (!m || /[.!?]$/.test(text) || wordCount(text) > 16) return false;
  return LABEL_WORDS.test((m[1] as string).trim()) || wordCount(m[2] as string) <= 5;
}
/** A stamp that dates the page, not the text: "Published 3 March 2025", "Mis à jour le …". */
const STAMP =
  /^(?:(?:first |last )?(?:published|updated|posted|modified|issued|released|date modified|date de modification|publié|publiée|mis en ligne|mis à jour|modifié|modifiée|dernière mise à jour)|date)(?![\p{L}])/iu;

export function isSymbolLine(text: string): boolean {
  return SYMBOL.test(text.trim());
}

export function isMarking(text: string): boolean {
  return MARKING.test(normalizeCue(text).replace(/[.:]$/, ''));
}

export function isEnacting(text: string): boolean {
  // Typed in capitals ("THE JOINT COMMITTEE,"), it is the same formula.
  const cased = /\p{Ll}/u.test(text) ? text : text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (m) => m.toUpperCase());
  return ENACTING.test(cased.trim()) && ENACTING_BODY.test(cased) && wordCount(text) <= 10;
}

/** "Resolution adopted by the General Assembly on 17 December 2024", "Done at Ottawa on …". */
export function isAdoptionLine(text: string): boolean {
  return (
    /(?<![\p{L}])(?:adopted|issued|signed|done|approved|adoptée?s?|signée?s?|faite?s?|approuvée?s?)(?![\p{L}])/iu.test(
      text,
    ) &&
    findDate(text) !== null &&
    wordCount(text) <= 20 &&
    // A sentence's end, or a clause that runs on (a preamble's "…, signed at Chicago on …,"): text.
    !/[.!?,;]$/.test(text)
  );
}

export function isSpeakerLine(text: string): boolean {
  return (
    SPEAKER.test(text) && !/[.!?]$/.test(text) && wordCount(text) <= 20 && !/\b(today|aujourd['’]hui)\b/i.test(text)
  );
}

export function isByline(text: string): boolean {
  return BYLINE.test(text) && wordCount(text) <= 12 && !/[.!?]$/.test(text);
}

export function isStamp(text: string): boolean {
  return STAMP.test(normalizeCue(text)) && (findDate(text) !== null || wordCount(text) <= 3);
}

/**
 * What a line near the title is when it is not the text, or null when it may be text (a
 * paragraph or a heading). `f` are the line's cruft features.
 */
export function classifyFront(block: Block, f: Features): FrontLine | null {
  const text = block.text;
  if (block.role === 'caption') return { kind: 'caption' };
  if (siteIntro(text)) return { kind: 'intro' };
  if (isStamp(text)) return { kind: 'date' };
  const dateline = parseDateline(text);
  if (dateline && !dateline.rest) return { kind: 'dateline', dateline };
  if (isAdoptionLine(text)) return { kind: 'date' };
  if (typeLabel(text)) return { kind: 'type' };
  if (isMarking(text)) return { kind: 'marking' };
  if (labelLine(text) || isLabelValue(text)) return { kind: 'label' };
  if (f.dateish || (findDate(text) && wordCount(text) <= 4)) return { kind: 'date' };
  if (isByline(text)) return { kind: 'byline' };
  if (f.credit) return { kind: 'caption' };
  if (isSymbolLine(text)) return { kind: 'symbol' };
  if (isEnacting(text)) return { kind: 'enacting' };
  if (isSpeakerLine(text)) return { kind: 'speaker' };
  if (f.cue || f.notice || f.glued || f.breadcrumb || f.numeric) return { kind: 'cruft' };
  return null;
}
