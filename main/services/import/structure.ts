/**
 * The one structure pass: blocks from any reader -> title, metadata, sections and numbered
 * paragraphs. Web text first has its main region found (cruft.ts); inside it, cue lines,
 * counters and bare dates are dropped, the dateline becomes metadata, short lines followed by
 * paragraphs become headings (confirmed by a "Contents" line when the page has one), and a
 * repeated lead paragraph is kept once.
 */
import type { StructuredDocument } from '../../../shared/model/index.ts';
import { numberSections } from '../../../shared/model/index.ts';
import type { SectionDraft } from '../../../shared/model/paragraph-id.ts';
import type { Block, ReaderOutput } from './blocks.ts';
import type { Features, Region } from './cruft.ts';
import { features, mainRegion, normalizeCue, score, wordCount } from './cruft.ts';
import { findDate } from './dates.ts';
import type { Dateline } from './metadata.ts';
import { findLabels, typeLabel } from './labels.ts';
import type { Labels } from './labels.ts';
import { copyrightHolder, detectKind, detectLanguage, isNameLike, parseDateline } from './metadata.ts';

/** How far before the main text the page's title may sit (breadcrumbs, bylines, share bars). */
const TITLE_WINDOW = 15;
const HEADING_MAX_WORDS = 20;
const HEADING_MAX_CHARS = 160;
/** "1. Scope", "2.3 Funding", "IV. Suivi", "A) Annex". */
const NUMBERED_HEADING = /^(\d{1,2}(\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-Z][.)])\s+\p{Lu}/u;

type Kind = 'drop' | 'para' | 'candidate' | 'heading';

export function structure(output: ReaderOutput, fileName: string): StructuredDocument {
  const { blocks, origin, hints } = output;
  const feats = blocks.map(features);
  const region = findRegion(blocks, feats, origin);
  // Labelled metadata ("From:", "Source :") and a type label ("Press release") sit around the title.
  const labels: Labels =
    origin === 'document'
      ? findLabels(blocks, 0, Math.min(blocks.length, 10))
      : findLabels(blocks, region.start - TITLE_WINDOW, Math.min(region.end, region.start + 3));
  const typeKind = findTypeLabel(blocks, region, origin);
  const titleFound = findTitle(blocks, feats, region, origin, hints.title ?? null, labels);
  const title = titleFound.text ?? fileTitle(fileName);
  const contents = contentsText(blocks, feats, region.end);
  const body = withLeadingHeading(blocks, feats, region, origin, titleFound.index, labels);
  // Paragraphs numbered in the source ("12. We will …"): short numbered sentences are paragraphs too.
  const numberedParagraphs = countNumberedParagraphs(blocks, feats, region) >= 2;

  // First pass: what each block in the main region is, on its own.
  const kinds: Kind[] = [];
  const texts: string[] = [];
  let dateline: Dateline | null = null;
  let looseDate: string | null = null;
  let seenParagraph = false;
  let paragraphsSeen = 0;
  // After a list label ("Read more", "Most read"), the short lines that follow are its links.
  let inList = false;
  const titleKey = normalizeCue(title);
  for (let i = body.start; i < body.end; i++) {
    const b = blocks[i] as Block;
    const f = feats[i] as Features;
    let text = b.text;
    let kind: Kind = 'para';
    if (i === titleFound.index || (!seenParagraph && normalizeCue(text) === titleKey)) kind = 'drop';
    else if (labels.indexes.has(i) || (!seenParagraph && typeLabel(text))) kind = 'drop';
    else if (!dateline && paragraphsSeen < 3 && (dateline = parseDateline(text))) {
      if (dateline.rest) text = dateline.rest;
      else kind = 'drop';
    } else if (f.cue || f.notice || f.glued || f.breadcrumb || f.numeric || f.credit) kind = 'drop';
    else if (f.dateish && b.role !== 'heading') {
      looseDate ??= findDate(text)?.iso ?? null;
      kind = 'drop';
    } else if (inList && !f.sentence && b.role !== 'heading') kind = 'drop';
    else if (b.role === 'heading') kind = 'heading';
    else if (isHeadingShape(b, f, numberedParagraphs)) kind = NUMBERED_HEADING.test(text) ? 'heading' : 'candidate';
    if (f.listLabel) inList = true;
    else if (kind !== 'drop') inList = false;
    if (kind === 'para') {
      seenParagraph = true;
      paragraphsSeen++;
    }
    kinds.push(kind);
    texts.push(text);
  }

  // A dateline set apart above the text (between title and body) is outside the main region.
  if (!dateline) {
    for (let i = Math.max(0, region.start - TITLE_WINDOW); i < region.start && !dateline; i++) {
      const f = feats[i] as Features;
      if (!f.cue && !f.notice && i !== titleFound.index) dateline = parseDateline(blocks[i]?.text ?? '');
      if (dateline?.rest) dateline = null;
    }
  }

  // Second pass: a heading-shaped line is a heading when a paragraph follows it, or when the
  // page's contents line names it. Web cruft that slipped into the region is dropped.
  for (let k = 0; k < kinds.length; k++) {
    if (kinds[k] !== 'candidate') continue;
    const text = texts[k] ?? '';
    let next = k + 1;
    while (next < kinds.length && kinds[next] === 'drop') next++;
    const nextKind = kinds[next];
    const confirmed = contents.includes(normalizeCue(text));
    if (confirmed || nextKind === 'para' || (nextKind === 'heading' && origin === 'document')) kinds[k] = 'heading';
    else if (origin !== 'document' && (feats[body.start + k]?.words ?? 0) < 6) kinds[k] = 'drop';
    else kinds[k] = 'para';
  }

  const drafts: SectionDraft[] = [{ heading: null, paragraphs: [] }];
  const kept: string[] = [];
  let lead: string | null = null;
  for (let k = 0; k < kinds.length; k++) {
    const text = texts[k] ?? '';
    if (kinds[k] === 'heading') {
      drafts.push({ heading: text, paragraphs: [] });
    } else if (kinds[k] === 'para') {
      const key = normalizeCue(text);
      // Pages often show the lead paragraph twice (a teaser, then the article): keep it once.
      if (key === lead || key === (kept.length > 0 ? normalizeCue(kept.at(-1) ?? '') : null)) continue;
      lead ??= key;
      kept.push(text);
      drafts.at(-1)?.paragraphs.push(text);
    }
  }
  // A heading with nothing under it at the very end is page furniture, not a section.
  while (drafts.length > 1 && drafts.at(-1)?.paragraphs.length === 0) drafts.pop();
  if (kept.length === 0) {
    // A line or two pasted from somewhere: whatever text there is, is the document.
    const loose = texts.filter((_, k) => kinds[k] !== 'drop');
    kept.push(...(loose.length > 0 ? loose : [title]));
    drafts.splice(0, drafts.length, { heading: null, paragraphs: [...kept] });
  }

  const publisher = origin === 'document' ? null : findPublisher(blocks, feats, region);
  const date = dateline?.date ?? nearbyDate(blocks, feats, region, origin) ?? looseDate ?? hints.date ?? null;
  const issuer =
    dateline?.issuer ??
    labels.issuer ??
    publisher ??
    hints.issuer ??
    (origin === 'web' ? (siteName(blocks, feats, region) ?? copyrightIn(blocks)) : null);
  const kind = detectKind({
    title,
    paragraphs: kept,
    hasIssuerDateline: Boolean(dateline?.issuer ?? labels.issuer),
    // A journalist's byline ("By Jane Doe", "Par Claire Martin") marks press coverage too.
    hasPublisher: Boolean(publisher ?? (origin === 'article' ? hints.issuer : null)) || hasByline(blocks, body),
    fromWeb: origin !== 'document',
  });
  return {
    title,
    // A type label beside the title ("Press release", "Communiqué de presse", "Speech") names the kind.
    kind: typeKind ?? kind,
    language: detectLanguage(kept.length > 0 ? kept : [title], hints.language ?? null),
    date,
    place: dateline?.place ?? labels.place ?? null,
    issuer,
    sections: numberSections(drafts),
  };
}

function findRegion(blocks: readonly Block[], feats: readonly Features[], origin: ReaderOutput['origin']): Region {
  const all = { start: 0, end: blocks.length };
  if (origin === 'document') return all;
  const scores = blocks.map((b, i) => score(b, feats[i] as Features, feats[i + 1]));
  const region = mainRegion(scores) ?? all;
  if (origin === 'article') {
    // Readability already cut the page; only cruft at the edges is trimmed, so a short closing
    // list or signature stays unless a cue line ("Related articles") starts the tail.
    let end = region.end;
    while (end < blocks.length && !isCruft(feats[end] as Features)) end++;
    return { start: region.start, end };
  }
  // A short closing sentence right after the text ("Thank you.", "Merci.") belongs to it.
  const next = blocks[region.end];
  const g = feats[region.end];
  if (next && g && g.terminal && g.words <= 4 && !isCruft(g) && /^\p{Lu}/u.test(next.text))
    return { start: region.start, end: region.end + 1 };
  return region;
}

/** `text` occurs inside a block from `from` on (case-sensitive). */
function repeatsAfter(blocks: readonly Block[], from: number, text: string): boolean {
  for (let i = from; i < blocks.length; i++) if (blocks[i]?.text.includes(text)) return true;
  return false;
}

/** The kind named by a type label line near the title ("Press release", "Speech"), or null. */
function findTypeLabel(
  blocks: readonly Block[],
  region: Region,
  origin: ReaderOutput['origin'],
): 'declaration' | 'other' | null {
  const from = origin === 'document' ? 0 : Math.max(0, region.start - TITLE_WINDOW);
  const to = origin === 'document' ? Math.min(blocks.length, 10) : Math.min(region.end, region.start + 3);
  for (let i = from; i < to; i++) {
    const kind = typeLabel(blocks[i]?.text ?? '');
    if (kind) return kind;
  }
  return null;
}

/** Long paragraphs that begin with their number ("12. We will …") in the main text. */
function countNumberedParagraphs(blocks: readonly Block[], feats: readonly Features[], region: Region): number {
  let n = 0;
  for (let i = region.start; i < region.end; i++) {
    if ((feats[i]?.words ?? 0) > HEADING_MAX_WORDS && /^\d{1,3}\.\s+\p{Lu}/u.test(blocks[i]?.text ?? '')) n++;
  }
  return n;
}

/**
 * The site's name: a short proper name among the page's first lines that the page repeats after
 * the main text ("Follow X", "© X", "the X app"). Used as publisher when nothing better names one.
 */
function siteName(blocks: readonly Block[], feats: readonly Features[], region: Region): string | null {
  for (let i = 0; i < Math.min(3, region.start); i++) {
    const b = blocks[i] as Block;
    const f = feats[i] as Features;
    if (f.cue || f.notice || f.glued || !isNameLike(b.text) || b.text.length < 3) continue;
    if (repeatsAfter(blocks, region.end, b.text)) return b.text;
  }
  return null;
}

/**
 * The main text often starts with a section heading ("Preamble", "Background") that the scoring
 * left outside, as it scores like the page furniture before it. A short heading-shaped line
 * right before the text, that the page shows only once and that is no title, label or date,
 * is taken in.
 */
function withLeadingHeading(
  blocks: readonly Block[],
  feats: readonly Features[],
  region: Region,
  origin: ReaderOutput['origin'],
  titleIndex: number,
  labels: Labels,
): Region {
  const i = region.start - 1;
  const b = blocks[i];
  const f = feats[i];
  if (origin === 'document' || !b || !f || i === titleIndex || labels.indexes.has(i)) return region;
  if (f.words > 6 || f.terminal || f.dateish || isCruft(f) || f.numeric || f.credit || typeLabel(b.text)) return region;
  if (!isHeadingShape(b, f, false) || parseDateline(b.text)) return region;
  let count = 0;
  for (const other of blocks) if (other.text === b.text) count++;
  return count === 1 ? { start: i, end: region.end } : region;
}

/** A byline ("By Jane Doe, Agency", "Par Claire Martin") shortly before the main text. */
function hasByline(blocks: readonly Block[], region: Region): boolean {
  for (let i = Math.max(0, region.start - TITLE_WINDOW); i < region.start; i++) {
    const text = blocks[i]?.text ?? '';
    if (/^(By|Par)\s+\p{Lu}/u.test(text) && wordCount(text) <= 8) return true;
  }
  return false;
}

function isCruft(f: Features): boolean {
  return f.cue || f.notice || f.glued || f.breadcrumb;
}

function isHeadingShape(b: Block, f: Features, numberedParagraphs: boolean): boolean {
  if (!b.standalone && b.role === 'text') return false;
  if (f.words > HEADING_MAX_WORDS || f.chars > HEADING_MAX_CHARS || b.bullet) return false;
  // "The ministers agreed to:" leads into a list; it is no heading.
  if (/[,;:]$/.test(b.text)) return false;
  const numberedHeading = NUMBERED_HEADING.test(b.text) && f.words <= 12 && !/[!?]$/.test(b.text);
  if (f.terminal && !(numberedHeading && !numberedParagraphs)) return false;
  return /^[\p{Lu}\d"“«]/u.test(b.text);
}

function isTitleShape(b: Block, f: Features): boolean {
  if (f.cue || f.notice || f.glued || f.breadcrumb || f.numeric || f.dateish || f.credit || b.bullet) return false;
  if (f.words < 2 || f.words > 30 || /[.;,]$/.test(b.text)) return false;
  if (/^(by|par)\s/i.test(b.text) || /^\p{Ll}/u.test(b.text)) return false;
  return true;
}

/**
 * The title: the source's own (HTML), the first heading or line of a document, or on a web
 * page the line before the main text that the page repeats most (breadcrumbs, "Reading: …",
 * image captions all repeat it), preferring longer and nearer lines.
 */
function findTitle(
  blocks: readonly Block[],
  feats: readonly Features[],
  region: Region,
  origin: ReaderOutput['origin'],
  hint: string | null,
  labels: Labels,
): { text: string | null; index: number } {
  if (hint && hint.trim()) {
    const index = blocks.findIndex(
      (b, i) => i >= region.start && i < region.end && normalizeCue(b.text) === normalizeCue(hint),
    );
    return { text: hint.trim(), index };
  }
  if (origin === 'document') {
    const h1 = blocks.findIndex((b) => b.role === 'heading' && b.level === 1);
    if (h1 >= 0 && h1 < 5) return { text: blocks[h1]?.text ?? null, index: h1 };
    const first = blocks[0];
    const f = feats[0];
    if (first && f && (first.role === 'heading' || (isTitleShape(first, f) && !f.terminal)))
      return { text: first.text, index: 0 };
    return { text: null, index: -1 };
  }
  let best: { text: string; index: number; score: number } | null = null;
  for (let i = region.start - 1; i >= Math.max(0, region.start - TITLE_WINDOW); i--) {
    const b = blocks[i] as Block;
    const f = feats[i] as Features;
    if (!isTitleShape(b, f) || f.terminal || labels.indexes.has(i) || typeLabel(b.text)) continue;
    // The issuer's name, or a line the footer repeats (the site's name), is not the title.
    if (b.text === labels.issuer || repeatsAfter(blocks, region.end, b.text)) continue;
    let count = 0;
    for (const other of blocks) if (other.text.includes(b.text)) count++;
    const s = Math.min(count, 4) * Math.min(f.words, 15) - (region.start - i) * 0.1;
    if (!best || s > best.score) best = { text: b.text, index: i, score: s };
  }
  if (best) return best;
  const first = blocks[region.start];
  const f = feats[region.start];
  if (first && f && isTitleShape(first, f) && !f.terminal) return { text: first.text, index: region.start };
  return { text: null, index: -1 };
}

/** Headings glued into one line after a "Contents" label, or listed under it, normalized. */
function contentsText(blocks: readonly Block[], feats: readonly Features[], end: number): string {
  const parts: string[] = [];
  for (let i = 0; i < end; i++) {
    const f = feats[i] as Features;
    if (f.glued && f.words >= 6) parts.push(blocks[i]?.text ?? '');
    if (
      /^(contents|table of contents|sommaire|table des matières|in this article|dans cet article)$/.test(
        normalizeCue(blocks[i]?.text ?? ''),
      )
    ) {
      for (let j = i + 1; j < Math.min(end, i + 30); j++) {
        const g = feats[j] as Features;
        if (g.sentence) break;
        parts.push(blocks[j]?.text ?? '');
      }
    }
  }
  return normalizeCue(parts.join(' | '));
}

/** A news page names its publisher on a short line right after the article. */
function findPublisher(blocks: readonly Block[], feats: readonly Features[], region: Region): string | null {
  const b = blocks[region.end];
  const f = feats[region.end];
  if (!b || !f || f.cue || f.notice || f.dateish || f.glued) return null;
  return isNameLike(b.text) && f.words >= 2 ? b.text : null;
}

/** A date line ("Published 3 March 2025", "Last updated: 26/09/2024") just before the text. */
function nearbyDate(
  blocks: readonly Block[],
  feats: readonly Features[],
  region: Region,
  origin: ReaderOutput['origin'],
): string | null {
  const from = origin === 'document' ? 0 : Math.max(0, region.start - TITLE_WINDOW);
  const to = origin === 'document' ? Math.min(blocks.length, 10) : region.start;
  for (let i = from; i < to; i++) {
    if (feats[i]?.dateish) return findDate(blocks[i]?.text ?? '')?.iso ?? null;
  }
  return null;
}

function copyrightIn(blocks: readonly Block[]): string | null {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const text = blocks[i]?.text ?? '';
    if (/©|copyright/i.test(text)) {
      const holder = copyrightHolder(text);
      if (holder) return holder;
    }
  }
  return null;
}

/** "canada-france_statement.pdf" -> "canada-france statement". */
export function fileTitle(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  return base.replace(/[_]+/g, ' ').trim() || 'Untitled';
}
