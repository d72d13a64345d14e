/**
 * The document's title, chosen by scoring candidates on general evidence: the page's own
 * statements (`<h1>`, Open Graph, JSON-LD, `<title>` without the site's name, front matter, a
 * browser's print header), the lines before the text (a PDF's large type, a Markdown `#`, a
 * line right after a type label such as "Statement"), agreement between sources, repetition on
 * the page (breadcrumbs, "Reading: …"), shape (length, case, final punctuation) and position
 * (near the start of the text). Prefix stamps ("STATEMENT | ", "Communiqué – "), a resolution's
 * number ("79/233. ") and a date suffix ("(30.09.25)") are cut first.
 */
import type { Block, TitleSource } from './blocks.ts';
import type { Features } from './cruft.ts';
import { normalizeCue, wordCount } from './cruft.ts';
import { findDate, findShortDate } from './dates.ts';
import type { FrontLine } from './front-matter.ts';
import { isInstitution } from './issuer.ts';

const TYPE_STAMP =
  /^(?:joint statement|statement|joint declaration|declaration|news release|press release|media release|communiqu[eé]|readout|speech|remarks|déclaration|communiqué de presse|communiqué conjoint|allocution|discours|compte rendu|media advisory|avis aux médias)\s*[|:–—-]\s+/i;
const TYPE_WORD =
  /(?<![\p{L}])(?:declaration|statement|communiqu[eé]|conclusions|resolution|remarks|speech|address|readout|déclaration|résolution|allocution|discours|compte rendu|joint|commune|conjointe)(?![\p{L}])/iu;
const SEPARATORS = /\s+[|–—·-]\s+|\s+::\s+/;

export interface CleanTitle {
  text: string;
  /** A date the title carried ("(30.09.25)", "(Berlin, 6 février 2025)"). */
  date: string | null;
  /** A place the title's bracketed dateline named. */
  place: string | null;
  /** The type stamp the title started with ("STATEMENT | "), which names the kind. */
  stamp: string | null;
  /** The title started with its document's number ("79/233. "): a numbered document's own title. */
  numbered: boolean;
}

/** "Title | Site", "Title - Site": a short name after a long title in a page's `<title>` is the site's. */
export function withoutSiteSuffix(text: string): { text: string; site: string | null } {
  const m = /^(.{20,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(text);
  if (!m) return { text, site: null };
  const site = (m[2] as string).trim();
  const words = site.split(/\s+/);
  const nameLike =
    words.length <= 5 &&
    words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && /^(of|the|du|de|des|la|le|et|and)$/i.test(w)));
  return nameLike && wordCount(m[1] as string) >= 4 ? { text: (m[1] as string).trim(), site } : { text, site: null };
}

/** The title without stamps, the site's name, a resolution number or a bracketed date. */
export function cleanTitle(raw: string, siteNames: readonly string[]): CleanTitle {
  let text = raw.trim();
  let date: string | null = null;
  let place: string | null = null;
  // The site's name before or after a separator: "Title - Site", "Site | Title".
  const parts = text.split(SEPARATORS);
  if (parts.length > 1) {
    const sites = siteNames.map(normalizeCue).filter(Boolean);
    const isSite = (part: string): boolean => {
      const key = normalizeCue(part);
      return sites.some((s) => s === key || s.includes(key) || key.includes(s));
    };
    const kept = parts.filter((p) => !isSite(p));
    if (kept.length > 0 && kept.length < parts.length) text = kept.join(' – ');
  }
  const stamp = TYPE_STAMP.exec(text)?.[0].replace(/\s*[|:–—-]\s*$/, '') ?? null;
  text = text.replace(TYPE_STAMP, '');
  const numbered = /^\d{1,4}\/\d{1,4}\.\s+/.test(text);
  text = text.replace(/^\d{1,4}\/\d{1,4}\.\s+/, '');
  // "[August 2025]": a month the page files the text under.
  text = text.replace(/\s*\[(?:[\p{L}.]+\s+)?\d{4}\]\s*$/u, '');
  const bracket = /\s*\(([^()]{4,60})\)\s*$/.exec(text);
  if (bracket) {
    const inner = bracket[1] as string;
    const full = findDate(inner);
    const short = full ? null : findShortDate(inner);
    if (full || short) {
      date = (full ?? short)?.iso ?? null;
      const before = inner.slice(0, (full ?? short)?.index ?? 0).replace(/[,\s]+$/, '');
      if (before && /^\p{Lu}/u.test(before) && wordCount(before) <= 4) place = before;
      text = text.slice(0, bracket.index);
    }
  }
  return { text: text.trim(), date, place, stamp, numbered };
}

export interface TitleCandidate {
  text: string;
  /** Index of the block it is, or -1 for a title only the metadata states. */
  index: number;
  score: number;
  date: string | null;
  place: string | null;
  stamp: string | null;
  /** Where the candidate was seen: 'h1', 'title', 'og', a block… */
  sources?: ReadonlySet<string>;
}

export interface TitleInput {
  /** The source is plain text (its first line is favoured). */
  plainText?: boolean;
  blocks: readonly Block[];
  feats: readonly Features[];
  front: ReadonlyMap<number, FrontLine | null>;
  /** Blocks that may be the title: [from, to). */
  from: number;
  to: number;
  hints: ReadonlyArray<{ text: string; source: TitleSource }>;
  siteNames: readonly string[];
  /** Where the text starts: nearer is likelier. */
  bodyStart: number;
  /** Texts that recur on the page outside the main text (menus, footers), normalized. */
  furniture: ReadonlySet<string>;
}

const HINT_WEIGHT: Record<TitleSource, number> = {
  h1: 3,
  'front-matter': 3,
  og: 2,
  ld: 2,
  title: 1.5,
  printed: 1.5,
};

/** Scores every candidate; the best first. */
export function titleCandidates(input: TitleInput): TitleCandidate[] {
  const { blocks, feats, front } = input;
  const byKey = new Map<string, TitleCandidate & { sources: Set<string> }>();
  const add = (raw: string, index: number, score: number, source: string): void => {
    const clean = cleanTitle(raw, input.siteNames);
    if (clean.numbered) score += 3;
    if (clean.text === '' || wordCount(clean.text) > 40) return;
    const key = normalizeCue(clean.text).replace(/[.]$/, '');
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.sources.has(source)) existing.score += Math.min(score, 2) + 1;
      existing.sources.add(source);
      if (existing.index < 0 && index >= 0) existing.index = index;
      existing.date ??= clean.date;
      existing.place ??= clean.place;
      existing.stamp ??= clean.stamp;
      return;
    }
    byKey.set(key, {
      text: clean.text,
      index,
      score: score + shape(clean.text),
      date: clean.date,
      place: clean.place,
      stamp: clean.stamp,
      sources: new Set([source]),
    });
  };

  const h1Count = input.hints.filter((h) => h.source === 'h1').length;
  for (const hint of input.hints) {
    const weight = hint.source === 'h1' && h1Count > 1 ? 1 : HINT_WEIGHT[hint.source];
    // A page's <title> (and what clippers and browsers copy from it) ends with the site's name.
    const text =
      hint.source === 'title' || hint.source === 'front-matter' || hint.source === 'printed'
        ? withoutSiteSuffix(hint.text).text
        : hint.text;
    add(text, -1, weight, hint.source);
  }

  for (let i = Math.max(0, input.from); i < Math.min(input.to, blocks.length); i++) {
    const b = blocks[i] as Block;
    const f = feats[i] as Features;
    const kind = front.get(i)?.kind;
    let score = 0;
    if (kind && kind !== 'speaker') score -= 6;
    if (b.role === 'caption' || f.credit) score -= 8;
    if (b.bullet || b.role === 'item') score -= 4;
    if (b.role === 'heading') score += b.level === 1 ? 3 : b.level === 2 ? 2 : 1;
    if (b.size !== undefined) score += Math.min(3, Math.max(0, (b.size - 1) * 5));
    // Right after a type label ("Statement", "Déclaration"): the title.
    const previous = [i - 1, i - 2].map((j) => front.get(j)?.kind);
    if (previous[0] === 'type' || (previous[0] === undefined && previous[1] === 'type')) score += 2.5;
    // Followed by the front matter a title has under it (a dateline, a label, a date, a byline).
    for (let j = i + 1; j < Math.min(i + 4, input.to); j++) {
      const k = front.get(j)?.kind;
      if (k === 'dateline' || k === 'label' || k === 'date' || k === 'byline' || k === 'intro') {
        score += 1.5;
        break;
      }
    }
    // A heading right above the text (nothing but front matter between) heads the document.
    if (b.role === 'heading' && f.words >= 5) {
      let j = i + 1;
      while (j < input.bodyStart && front.get(j)) j++;
      if (j === input.bodyStart) score += 2.5;
    }
    // In plain text, with no markup to say so, the file's first line is where a title is written.
    if (i === 0 && input.plainText) score += 1;
    // Nearer the text is likelier; repeated on the page (breadcrumbs, "Reading: …") too.
    const distance = Math.max(0, input.bodyStart - i);
    score += 1.5 * Math.max(0, 1 - distance / 15);
    let repeats = 0;
    for (const other of blocks) if (other !== b && other.text.includes(b.text)) repeats++;
    score += Math.min(repeats, 3) * 0.7;
    add(b.text, i, score, `block${i}`);
  }
  // A menu entry or section label shown elsewhere on the page is not this document's title.
  for (const [key, candidate] of byKey) if (input.furniture.has(key)) candidate.score -= 4;
  return [...byKey.values()].sort((p, q) => q.score - p.score || (q.index >= 0 ? 1 : 0) - (p.index >= 0 ? 1 : 0));
}

/** Shape of a title: a few words to a long line, capitalized, not a sentence or a list lead. */
function shape(text: string): number {
  const words = wordCount(text);
  let score = 0;
  // One or two words are a section label ("World", "Planète") unless they name a document type.
  if (words <= 2) score -= TYPE_WORD.test(text) ? 1 : 8;
  else if (words <= 3) score -= 1.5;
  if (words > 30) score -= 3;
  if (TYPE_WORD.test(text)) score += 2;
  if (/[,:;]$/.test(text)) score -= 3;
  if (/[!?]$/.test(text)) score -= 1;
  // A sentence of some length under a title is a summary of the text.
  if (/\.$/.test(text) && words >= 14) score -= 2.5;
  if (/^\p{Ll}/u.test(text)) score -= 4;
  if (/^(?:by|par)\s/i.test(text)) score -= 5;
  if (findDate(text) && words <= 8) score -= 4;
  // An organization's name alone ("Council of the European Union", "Nations Unies") names who
  // issued the document, not the document.
  if (isInstitution(text) && words <= 6 && !TYPE_WORD.test(text) && !/\s(?:on|sur|for|pour)\s/i.test(text)) score -= 3;
  // A letterhead: "Government of X — Department of Y".
  const parts = text.split(/\s+[—–|-]\s+/);
  if (parts.length >= 2 && isInstitution(parts[0] ?? '') && wordCount(parts[0] ?? '') <= 4 && !TYPE_WORD.test(text))
    score -= 3;
  return score;
}
