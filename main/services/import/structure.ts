/**
 * The one structure pass: blocks from any reader -> title, metadata, sections and numbered
 * paragraphs, with a confidence for each detected field.
 *
 *   1. the main region (web pages: cruft.ts; documents: all of it, up to a closing mark)
 *   2. where the text starts: the first paragraph after the title and its front matter
 *      (front-matter.ts: datelines, labels, type labels, bylines, captions, the site's intro)
 *   3. the title, by scoring candidates (title.ts)
 *   4. the body: headings and paragraphs, cruft dropped, run-in headings split, where it ends
 *   5. printed numbers (numbering.ts), then date, place, issuer (issuer.ts), kind, language
 */
import type { ImportConfidence, StructuredDocument } from '../../../shared/model/index.ts';
import { numberSections } from '../../../shared/model/index.ts';
import type { SectionDraft } from '../../../shared/model/paragraph-id.ts';
import type { Block, ReaderOutput } from './blocks.ts';
import type { Features, Region } from './cruft.ts';
import { features, mainRegion, normalizeCue, score, wordCount } from './cruft.ts';
import type { Dateline } from './dateline.ts';
import { parseDateline } from './dateline.ts';
import { findDate, findYearlessDate, resolveYear } from './dates.ts';
import type { FrontLine } from './front-matter.ts';
import { classifyFront, isByline, isSymbolLine } from './front-matter.ts';
import type { SiteIntro } from './intro.ts';
import { isDocumentSummary, siteIntro } from './intro.ts';
import { institutionInName, isInstitution, isIssuerLike, isSignatureLine, issuerFromSubject } from './issuer.ts';
import { chooseIssuer } from './issuer-choice.ts';
import type { Occasion } from './occasion.ts';
import { textOccasion } from './occasion.ts';
import { findLabels, typeLabel } from './labels.ts';
import type { Labels } from './labels.ts';
import { copyrightHolder, detectKind, detectLanguage, isNameLike } from './metadata.ts';
import { ImportError } from './errors.ts';
import { attachLoneMarkers, labelParagraphs } from './numbering.ts';
import type { NumberingUnit } from './numbering.ts';
import { titleCandidates, withoutSiteSuffix } from './title.ts';
import type { TitleCandidate } from './title.ts';

/** How far before the text the page's title may sit (breadcrumbs, bylines, share bars). */
const TITLE_WINDOW = 15;
const HEADING_MAX_WORDS = 20;
const HEADING_MAX_CHARS = 160;
/** "1. Scope", "2.3 Funding", "IV. Suivi", "A) Annex", "Section 2 — Research", "Article 1er". */
const NUMBERED_HEADING =
  /^(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-Z][.)])\s+\S|(?:section|part|partie|chapter|chapitre|titre|title|article)\s+(?:[\dIVXLC]+(?:er|re)?|premier|première)(?!\p{L})(?:\s+\S|\s*$))/iu;
/** Marks that close a press release or a page's text: "- 30 -", "###", "-30-", « Fin ». */
const CLOSING = /^(?:[-–—]\s*30\s*[-–—]|-30-|#{3,}|\*{3}|(?:fin|end)|[-–—]\s*fin\s*[-–—])$/i;
/**
 * The closing formula of a signed text: "Done at Ottawa, 3 June 2025", « Fait à Dakar, le 12 juin
 * 2025 », "Signed in duplicate at …": the last paragraph; the signature lines after it are no text.
 */
const CLOSING_FORMULA = /^(?:done|signed|fait|signé|signée)(?:\s+[^\s.;]+){0,4}?\s+(?:at|in|à)\s+\p{Lu}/iu;
/** The contacts block that ends a release: "Media contacts", "Renseignements :", "Personnes-ressources". */
const CONTACTS =
  /^(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries|relations)|contacts?|contact us|for (?:more|further) information|information(?:s)?|renseignements|personnes?-ressources|pour (?:plus de|de plus amples) renseignements|contacts? (?:presse|médias?)|relations (?:avec les|médias|de presse)|service de presse|press office)\s*:?$/i;
/** Words that open the first section of official texts; a line of them above a paragraph is a heading. */
const SECTION_WORD =
  /^(?:preamble|introduction|background|context|overview|summary|general|objectives?|purpose|scope|préambule|contexte|généralités|objectifs?|objet|résumé|considérants?|principes?|principles)\b/iu;
/** The label of a page's table of contents. */
const CONTENTS_LABEL =
  /^(?:contents|table of contents|on this page|in this (?:article|page|statement)|sommaire|table des matières|dans cet article|sur cette page)\s*:?$/;
/** "Annex", "ANNEXE", "Annex I": a cover note's attachment, where the document itself begins. */
const ANNEX = /^(?:annex|annexe)(?:\s+[IVX\d]+)?$/i;

type Kind = 'drop' | 'para' | 'candidate' | 'cue-candidate' | 'heading';

interface Unit {
  kind: Kind;
  text: string;
  block: Block;
  index: number;
}

export function structure(output: ReaderOutput, fileName: string): StructuredDocument {
  const { origin, hints } = output;
  const blocks = attachLoneMarkers(output.blocks);
  const feats = blocks.map(features);
  const front = new Map<number, FrontLine | null>();
  const frontOf = (i: number): FrontLine | null => {
    if (!front.has(i)) front.set(i, blocks[i] ? classifyFront(blocks[i] as Block, feats[i] as Features) : null);
    return front.get(i) ?? null;
  };

  // 1. The main region, and where a cover note's annex begins.
  const region = findRegion(blocks, feats, origin);
  const annex = findAnnex(blocks, feats, region);
  const mainStart = annex >= 0 ? annex + 1 : region.start;
  let firstPara = firstParagraph(blocks, feats, frontOf, mainStart, region.end);
  // Text has no front matter after it: a "paragraph" followed by a date stamp, a dateline or the
  // site's intro is the title (which may end with a full stop), or a teaser above it.
  for (let guard = 0; guard < 3 && firstPara < region.end && (feats[firstPara]?.words ?? 0) <= 35; guard++) {
    let next = firstPara + 1;
    while (
      next < region.end &&
      !frontOf(next) &&
      (feats[next]?.words ?? 0) <= 3 &&
      !isParagraphLike(blocks[next] as Block, feats[next] as Features, null)
    )
      next++;
    const kind = frontOf(next)?.kind;
    if (
      kind !== 'date' &&
      kind !== 'dateline' &&
      kind !== 'intro' &&
      kind !== 'byline' &&
      kind !== 'label' &&
      kind !== 'type'
    )
      break;
    firstPara = firstParagraph(blocks, feats, frontOf, next, region.end);
  }

  // 2-3. The title among the lines before the text, and the page's own statements.
  const siteNames = [hints.site, ...siteLines(blocks, feats, region)].filter((s): s is string => Boolean(s));
  const windowStart = annex >= 0 ? annex + 1 : Math.max(0, Math.min(region.start, firstPara) - TITLE_WINDOW);
  for (let i = windowStart; i < firstPara; i++) frontOf(i);
  const furniture = furnitureTexts(blocks, feats, region);
  for (const text of hints.furniture ?? []) furniture.add(normalizeCue(text));
  const candidates = titleCandidates({
    blocks,
    feats,
    front,
    from: windowStart,
    to: firstPara,
    hints: hints.titles ?? [],
    siteNames,
    bodyStart: firstPara,
    furniture,
    plainText: hints.plainText ?? false,
  });
  if (process.env.PRECIS_DEBUG_IMPORT) {
    console.error({ region, annex, mainStart, firstPara, windowStart });
    console.error(
      candidates
        .slice(0, 5)
        .map((c) => `${c.score.toFixed(1)} [${c.index}] ${c.text.slice(0, 70)}`)
        .join('\n'),
    );
  }
  const best = candidates[0];
  // The page's one <h1>, however short ("Notice"), names the text better than its file name does.
  const soleHeading =
    (hints.titles ?? []).filter((h) => h.source === 'h1').length === 1
      ? candidates.find((c) => c.sources?.has('h1'))
      : undefined;
  const titleFound: TitleCandidate | null =
    best && best.score > 0 ? best : (firstLineTitle(blocks, feats, windowStart, firstPara) ?? soleHeading ?? null);
  const title = titleFound?.text ?? fileTitle(fileName);
  const titleIndex = titleFound?.index ?? -1;

  // Front matter between the title and the text: datelines, labels, the site's intro.
  const headStart = titleIndex >= windowStart && titleIndex < firstPara ? titleIndex + 1 : mainStart;
  const head = readHead(
    blocks,
    feats,
    frontOf,
    Math.min(headStart, firstPara),
    region.end,
    titleIndex,
    title,
    furniture,
  );
  // What the lines before the title (and a cover note) say fills what the head left open.
  const factsFrom = annex >= 0 ? region.start : windowStart;
  for (let i = factsFrom; i < Math.min(titleIndex >= 0 ? titleIndex : headStart, head.bodyStart); i++) {
    if (i === titleIndex) continue;
    noteFront(head, blocks[i] as Block, frontOf(i), true);
  }
  const labels: Labels = findLabels(blocks, Math.max(0, windowStart - 2), head.bodyStart);
  if (process.env.PRECIS_DEBUG_IMPORT)
    console.error({ headStart, ...head, front: [...front].map(([i, f]) => `${i}:${f?.kind ?? '-'}`).join(' ') });

  // 4. The body.
  const body = readBody(blocks, feats, frontOf, head.bodyStart, region.end, title, origin);
  const paragraphUnits = body.units.filter((u) => u.kind === 'para');

  // 5. Printed numbers, then sections.
  const numberingUnits: NumberingUnit[] = paragraphUnits.map((u) => ({
    text: u.text,
    ...(u.block.marker ? { listMarker: u.block.marker } : {}),
    ...(u.block.depth !== undefined ? { depth: u.block.depth } : {}),
    ...(u.block.bullet || (u.block.role === 'item' && !u.block.marker) ? { bullet: true } : {}),
  }));
  const numbered = labelParagraphs(numberingUnits);
  const labelled = numbered.some((p) => p.label !== undefined);
  const drafts: SectionDraft[] = [{ heading: null, paragraphs: [], labels: [] }];
  // Footnotes travel with the paragraph that calls them, in document order.
  const calledNotes: string[][] = [];
  let p = 0;
  for (const unit of body.units) {
    if (unit.kind === 'heading') drafts.push({ heading: unit.text, paragraphs: [], labels: [] });
    else if (unit.kind === 'para') {
      const draft = drafts.at(-1) as SectionDraft;
      const item = numbered[p++] as { text: string; label?: string };
      draft.paragraphs.push(item.text);
      draft.labels?.push(item.label ?? null);
      calledNotes.push(unit.block.notes ?? []);
    }
  }
  // A heading with nothing under it at the very end is page furniture, not a section.
  while (drafts.length > 1 && drafts.at(-1)?.paragraphs.length === 0) drafts.pop();
  if (!labelled) for (const d of drafts) delete d.labels;
  const kept = drafts.flatMap((d) => d.paragraphs);
  if (kept.length === 0) {
    // A line or two pasted from somewhere: whatever text there is, is the document. A page made
    // only of short furniture-shaped lines has no other region, so its lines are the text; when
    // nothing is left but the page's surroundings (its title, stamps, menus, cues), it has none.
    const loose = body.units.filter((u) => u.kind !== 'drop').map((u) => u.text);
    const lines = loose.length > 0 ? loose : unclaimedLines(blocks, feats, frontOf, title);
    if (lines.length === 0) throw new ImportError('no-text', 'noDocumentText', fileName);
    drafts.splice(0, drafts.length, { heading: null, paragraphs: lines });
    kept.push(...lines);
  }

  // Metadata.
  const firstText = numbered[0]?.text ?? '';
  const dateline = head.dateline ?? body.dateline;
  const reference = hints.date ?? head.stampDate ?? null;
  const published = head.stampDate ?? hints.date ?? null;
  const language = detectLanguage(kept.length > 0 ? kept : [title], hints.language ?? null);
  const typeKind = head.typeKind ?? (titleFound?.stamp ? typeLabel(titleFound.stamp) : null);
  const byline = head.byline || hasByline(blocks, windowStart, head.bodyStart);
  const agency = dateline?.agency ?? null;
  const journalism =
    byline ||
    (dateline?.wire ?? false) ||
    (Boolean(hints.author) && !isInstitution(hints.author ?? '') && origin === 'web');
  const kind =
    typeKind ??
    (journalism
      ? 'news'
      : detectKind({
          title,
          paragraphs: kept,
          hasIssuerDateline: Boolean(dateline?.issuer ?? labels.issuer ?? head.intro?.issuer ?? head.enacting),
          hasPublisher: false,
          fromWeb: origin !== 'document',
          institutionSubject: issuerFromSubject(firstText) !== null || head.enacting !== null,
        }));
  const siteFromTitles = (hints.titles ?? [])
    .filter((h) => h.source === 'title' || h.source === 'front-matter' || h.source === 'printed')
    .map((h) => withoutSiteSuffix(h.text).site)
    .find((site): site is string => site !== null);

  // A closing "Done at …" line and the opening's "meeting in …" (occasion.ts).
  const occasion = textOccasion(kept);
  const dated = chooseDate({
    titleDate: titleFound?.date ?? null,
    dateline,
    adoption: head.adoptionDate ?? occasion.date,
    intro: head.intro,
    bareDate: head.bareDate,
    firstText,
    published,
    reference,
  });
  // A news article is dated by its publication; an official text dated only by the page that
  // carries it may well be older.
  const date = dated.source === 'published' && kind !== 'news' ? { ...dated, confidence: 0.5 } : dated;
  const place = choosePlace(titleFound?.place ?? null, dateline, head.intro, head.bylinePlace, labels, occasion);
  const issuer = chooseIssuer({
    kind,
    title,
    place: place.value,
    agency,
    hintsAuthor: hints.author ?? null,
    dateline,
    labels,
    intro: head.intro,
    enacting: head.enacting,
    firstText,
    publisher: origin === 'document' ? null : publisherAfter(blocks, feats, region.end),
    cover:
      head.coverIssuer ??
      coverIssuer(blocks, annex) ??
      (origin === 'document' ? masthead(blocks, feats, windowStart, titleIndex) : null),
    contacts: body.closedAt >= 0 ? contactsIssuer(blocks, body.closedAt) : null,
    site: hints.site ?? siteFromTitles ?? null,
    siteLines: siteNames,
    copyright: copyrightIn(blocks),
    pageLines: shortLines(blocks),
    language,
  });

  const confidence: ImportConfidence = {
    title: titleConfidence(candidates, titleFound),
    date: date.confidence,
    place: place.confidence,
    issuer: issuer.confidence,
    start: startConfidence(head, paragraphUnits[0]),
    end: body.closed ? 0.95 : origin === 'document' ? 0.85 : 0.7,
  };

  const sections = numberSections(drafts);
  const notes = sections
    .flatMap((section) => section.paragraphs)
    .flatMap((paragraph, i) => (calledNotes[i] ?? []).map((text) => ({ paragraphId: paragraph.id, text })));
  return {
    title,
    kind,
    language,
    date: date.value,
    place: place.value,
    issuer: issuer.value,
    sections,
    confidence,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/**
 * Nothing scored as a title: a short first line above the text, in title shape, is still the
 * likeliest (a pasted "Joint statement" over its paragraphs).
 */
function firstLineTitle(
  blocks: readonly Block[],
  feats: readonly Features[],
  from: number,
  to: number,
): TitleCandidate | null {
  for (let i = from; i < to; i++) {
    const b = blocks[i] as Block;
    const f = feats[i] as Features;
    if (isCruft(f) || f.numeric || f.credit || f.dateish) continue;
    if (f.words >= 2 && f.words <= 30 && !f.terminal && /^[\p{Lu}\d«"“]/u.test(b.text))
      return { text: b.text, index: i, score: 0, date: null, place: null, stamp: null };
    return null;
  }
  return null;
}

function findRegion(blocks: readonly Block[], feats: readonly Features[], origin: ReaderOutput['origin']): Region {
  const all = { start: 0, end: blocks.length };
  if (origin === 'document') return all;
  const scores = blocks.map((b, i) => (b.role === 'caption' ? -40 : score(b, feats[i] as Features, feats[i + 1])));
  const region = mainRegion(scores) ?? all;
  // A short closing sentence right after the text ("Thank you.", "Merci.") belongs to it.
  const next = blocks[region.end];
  const g = feats[region.end];
  if (next && g && g.terminal && g.words <= 4 && !isCruft(g) && /^\p{Lu}/u.test(next.text))
    return { start: region.start, end: region.end + 1 };
  // So does its dated closing formula ("Fait à Lomé, le 14 mars 2025"), which scores as a date line.
  if (next && g && isClosingFormula(next.text, g)) return { start: region.start, end: region.end + 1 };
  return region;
}

/**
 * An "Annex" line after a cover note (labelled lines "To:", "Subject:", a document symbol, at most
 * a sentence or two), followed by text: the cover note is not the document. An annex at the end
 * of a document's own text is just its last section.
 */
function findAnnex(blocks: readonly Block[], feats: readonly Features[], region: Region): number {
  const limit = region.start + Math.ceil((region.end - region.start) * 0.6);
  let sentences = 0;
  let coverLines = 0;
  for (let i = region.start; i < limit; i++) {
    const text = blocks[i]?.text ?? '';
    if (!ANNEX.test(text)) {
      if (feats[i]?.sentence) sentences++;
      if (/^\p{L}[\p{L} ]{0,30}\s?:\s*\S/u.test(text) || isSymbolLine(text)) coverLines++;
      if (sentences > 2) return -1;
      continue;
    }
    let after = 0;
    for (let j = i + 1; j < Math.min(region.end, i + 6); j++) if (feats[j]?.sentence) after++;
    return after >= 2 && coverLines >= 1 ? i : -1;
  }
  return -1;
}

/** A paragraph, by shape: a sentence (or a preamble clause ending in a comma), not front matter. */
function isParagraphLike(b: Block, f: Features, frontLine: FrontLine | null): boolean {
  if (b.role === 'heading' || b.role === 'caption') return false;
  if (frontLine && !(frontLine.kind === 'dateline' && frontLine.dateline?.rest)) return false;
  if (f.cue || f.notice || f.credit || f.glued || f.breadcrumb) return false;
  if (b.marker && f.words >= 3) return true;
  return (
    (f.words >= 4 && (f.terminal || /[,;:]$/.test(b.text))) || f.words >= 25 || (f.words >= 2 && /,$/.test(b.text))
  );
}

function firstParagraph(
  blocks: readonly Block[],
  feats: readonly Features[],
  frontOf: (i: number) => FrontLine | null,
  from: number,
  to: number,
): number {
  for (let i = from; i < to; i++) {
    const b = blocks[i] as Block;
    const f = feats[i] as Features;
    if (isParagraphLike(b, f, frontOf(i))) return i;
    // A wire dateline starts the first paragraph.
    if (parseDateline(b.text)?.rest) return i;
  }
  return Math.min(from, to);
}

interface Head {
  bodyStart: number;
  dateline: Dateline | null;
  intro: SiteIntro | null;
  enacting: string | null;
  adoptionDate: string | null;
  stampDate: string | null;
  bareDate: string | null;
  typeKind: 'declaration' | 'other' | null;
  byline: boolean;
  bylinePlace: string | null;
  coverIssuer: string | null;
}

/**
 * The front matter after the title, up to the first paragraph, or the first heading that has a
 * paragraph under it: what each line says (dateline, dates, intro, type, byline) is kept for the
 * metadata; none of it is text.
 */
function readHead(
  blocks: readonly Block[],
  feats: readonly Features[],
  frontOf: (i: number) => FrontLine | null,
  from: number,
  end: number,
  titleIndex: number,
  title: string,
  furniture: ReadonlySet<string>,
): Head {
  const head: Head = {
    bodyStart: end,
    dateline: null,
    intro: null,
    enacting: null,
    adoptionDate: null,
    stampDate: null,
    bareDate: null,
    typeKind: null,
    byline: false,
    bylinePlace: null,
    coverIssuer: null,
  };
  const titleKey = normalizeCue(title);
  for (let i = from; i < end; i++) {
    const b = blocks[i] as Block;
    const f = feats[i] as Features;
    if (i === titleIndex || normalizeCue(b.text) === titleKey) continue;
    const line = frontOf(i) ?? (isDocumentSummary(b.text) ? { kind: 'intro' as const } : null);
    if (line) {
      noteFront(head, b, line);
      continue;
    }
    if (isParagraphLike(b, f, null) || parseDateline(b.text)?.rest) {
      // A standfirst above a dateline, a date stamp or a byline is the site's summary, not text.
      const after = frontOf(i + 1)?.kind;
      if (f.words <= 60 && (after === 'dateline' || after === 'date' || after === 'byline' || after === 'intro')) {
        head.intro ??= siteIntro(b.text);
        continue;
      }
      head.bodyStart = i;
      return head;
    }
    // After the title and its front matter, a short heading-shaped line directly above a
    // paragraph is the text's first heading ("Preamble"); a site's label sits above the title.
    const firstHeading =
      titleIndex >= 0 &&
      i > titleIndex &&
      f.words <= 6 &&
      SECTION_WORD.test(b.text) &&
      isHeadingShape(b, f, false) &&
      !isCruft(f) &&
      !furniture.has(normalizeCue(b.text)) &&
      // "Emmanuel MACRON" above a speech is its speaker, not a heading.
      !(f.words >= 2 && isNameLike(b.text) && !isInstitution(b.text)) &&
      blocks[i + 1] !== undefined &&
      !frontOf(i + 1) &&
      isParagraphLike(blocks[i + 1] as Block, feats[i + 1] as Features, null) &&
      // …in a text that has sections: another heading follows later.
      hasLaterHeading(blocks, feats, i + 2, end);
    const headingLike =
      b.role === 'heading' || (NUMBERED_HEADING.test(b.text) && f.words <= 12 && !f.terminal) || firstHeading;
    if (headingLike && !isCruft(f)) {
      for (let j = i + 1; j < Math.min(end, i + 6); j++) {
        const g = feats[j] as Features;
        const next = blocks[j] as Block;
        if (frontOf(j) && b.role === 'heading') continue;
        if (isParagraphLike(next, g, null)) {
          head.bodyStart = i;
          return head;
        }
        break;
      }
    }
  }
  return head;
}

/** Keeps what a front-matter line says; `fill` only fills what is still unknown (lines before the title). */
function hasLaterHeading(blocks: readonly Block[], feats: readonly Features[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 200); j++) {
    const b = blocks[j] as Block;
    const f = feats[j] as Features;
    if (b.role === 'heading' && !isCruft(f)) return true;
    const next = blocks[j + 1];
    if (
      next &&
      f.words >= 1 &&
      isHeadingShape(b, f, false) &&
      !isCruft(f) &&
      isParagraphLike(next, feats[j + 1] as Features, null)
    )
      return true;
  }
  return false;
}

function noteFront(head: Head, b: Block, line: FrontLine | null, fill = false): void {
  if (!line) return;
  const text = b.text;
  switch (line.kind) {
    case 'dateline':
      if (!head.dateline || (!fill && !head.dateline.place && line.dateline?.place))
        head.dateline = line.dateline ?? null;
      break;
    case 'marking':
      // "News release — For immediate release": an official release, whatever wire carries it.
      if (/release|communiqué/i.test(text)) head.typeKind ??= 'declaration';
      break;
    case 'date': {
      const date = findDate(text)?.iso ?? null;
      if (
        /\b(?:adopted|issued|signed|done|adoptée?s?|publiée?|signée?|faite?)\b/i.test(text) &&
        !/updated|modifi|mis à jour/i.test(text)
      )
        head.adoptionDate ??= date;
      else if (/^\s*(?:published|updated|posted|publié|mis|modifi|dernière|date|last|first|released)/i.test(text))
        head.stampDate ??= date;
      else head.bareDate ??= date;
      break;
    }
    case 'intro':
      head.intro ??= siteIntro(text);
      break;
    case 'label': {
      // "Delivered on: 5 May 2025", "Date : 12 mai 2025".
      const date = findDate(text)?.iso ?? null;
      if (!date) break;
      if (
        /\b(?:delivered|issued|adopted|signed|prononcé|adoptée?|signée?|date)\b/i.test(text) &&
        !/consult|accessed|retrieved|modif|updated/i.test(text)
      )
        head.adoptionDate ??= date;
      else head.stampDate ??= date;
      break;
    }
    case 'type':
      head.typeKind ??= typeLabel(text);
      break;
    case 'byline': {
      head.byline = true;
      const place = /\((\p{Lu}[\p{L}'’ -]{1,30}),/u.exec(text);
      if (place) head.bylinePlace ??= (place[1] as string).trim();
      break;
    }
    case 'enacting':
      head.enacting ??= text;
      break;
    default:
      break;
  }
  // "Resolution adopted by the General Assembly on 17 December 2024": the adoption date.
  if (line.kind !== 'date' && line.kind !== 'dateline' && /\b(?:adopted|adoptée?)\b/i.test(text)) {
    head.adoptionDate ??= findDate(text)?.iso ?? null;
  }
}

interface Body {
  units: Unit[];
  dateline: Dateline | null;
  closed: boolean;
  /** Where a closing mark or a contacts block ended the text, or -1. */
  closedAt: number;
}

function readBody(
  blocks: readonly Block[],
  feats: readonly Features[],
  frontOf: (i: number) => FrontLine | null,
  start: number,
  end: number,
  title: string,
  origin: ReaderOutput['origin'],
): Body {
  const units: Unit[] = [];
  let dateline: Dateline | null = null;
  let paragraphs = 0;
  let inList = false;
  let inContents = false;
  let closed = false;
  let closedAt = -1;
  const titleKey = normalizeCue(title);
  const numberedParagraphs = countNumberedParagraphs(blocks, feats, start, end) >= 2;
  for (let i = start; i < end; i++) {
    const b = blocks[i] as Block;
    const f = feats[i] as Features;
    let text = b.text;
    let kind: Kind = 'para';
    if (
      CLOSING.test(text.replace(/\s+/g, ' ').trim()) ||
      (paragraphs > 0 && CONTACTS.test(text) && i > start + (end - start) * 0.4)
    ) {
      closed = true;
      closedAt = i;
      break;
    }
    // The dated closing formula is the text's last paragraph; the signature lines after it are not text.
    if (paragraphs > 0 && isClosingFormula(text, f) && i > start + (end - start) * 0.5) {
      units.push({ kind: 'para', text, block: b, index: i });
      closed = true;
      closedAt = i + 1;
      break;
    }
    const wire: Dateline | null = paragraphs < 3 && !dateline ? parseDateline(text) : null;
    if (paragraphs === 0 && normalizeCue(text) === titleKey) kind = 'drop';
    else if (wire) {
      dateline = wire;
      if (wire.rest) text = wire.rest;
      else kind = 'drop';
    } else if (b.role === 'caption' || f.credit) kind = 'drop';
    else if (b.role === 'heading' && !isCruft(f) && !f.dateish) kind = 'heading';
    else if (b.role === 'heading') kind = 'candidate';
    else if (
      f.cue &&
      f.words >= 2 &&
      !f.listLabel &&
      !f.notice &&
      !f.glued &&
      !f.breadcrumb &&
      !/^(?:share|partage[rz]?)\s+(?:this|cette|la|on|sur|via)\b/i.test(text) &&
      isHeadingShape(b, f, false)
    )
      // A heading may hold a word menus use ("Sharing of information"): a paragraph after it decides.
      kind = 'cue-candidate';
    else if (f.cue || f.notice || f.glued || f.breadcrumb || f.numeric) kind = 'drop';
    else if (paragraphs === 0 && frontOf(i)) kind = 'drop';
    else if (isByline(text) || (f.dateish && !f.sentence)) kind = 'drop';
    else if (inList && !f.sentence) kind = 'drop';
    else if (isHeadingShape(b, f, numberedParagraphs))
      kind = NUMBERED_HEADING.test(text) && !b.marker && b.standalone ? 'heading' : 'candidate';
    // A contents list ("Contents", « Sommaire ») names the headings to come: none of it is text.
    if (f.words <= 5 && CONTENTS_LABEL.test(normalizeCue(text))) {
      kind = 'drop';
      inContents = true;
    } else if (inContents && !f.sentence && f.words <= 14 && b.role !== 'heading') kind = 'drop';
    else inContents = false;
    if (f.listLabel) inList = true;
    else if (kind !== 'drop') inList = false;
    // A numbered run-in heading: "**1. Food security.** We are concerned …".
    if (kind === 'para' && b.lead && NUMBERED_HEADING.test(b.lead) && wordCount(b.lead) <= 14) {
      units.push({ kind: 'heading', text: b.lead.replace(/[.:]\s*$/, ''), block: b, index: i });
      text = text.slice(b.lead.length).trim();
    }
    if (kind === 'para') paragraphs++;
    units.push({ kind, text, block: b, index: i });
  }

  // A heading-shaped line is a heading when a paragraph follows it; web cruft is dropped.
  for (let k = 0; k < units.length; k++) {
    const unit = units[k] as Unit;
    if (unit.kind === 'cue-candidate') {
      // Only a real paragraph right after it (not a link or a button) makes it a heading.
      const next = units[k + 1];
      unit.kind =
        next?.kind === 'para' && feats[next.index]?.sentence && (feats[next.index]?.words ?? 0) >= 8
          ? 'heading'
          : 'drop';
      continue;
    }
    if (unit.kind !== 'candidate') continue;
    let next = k + 1;
    while (next < units.length && units[next]?.kind === 'drop') next++;
    const nextKind = units[next]?.kind;
    if (nextKind === 'para' || (nextKind === 'heading' && origin === 'document')) unit.kind = 'heading';
    else if (origin !== 'document' && wordCount(unit.text) < 6) unit.kind = 'drop';
    else unit.kind = unit.block.role === 'heading' ? 'drop' : 'para';
  }

  // Pages often show the lead paragraph twice (a teaser, then the article): keep it once.
  let lead: string | null = null;
  let previous: string | null = null;
  for (const unit of units) {
    if (unit.kind !== 'para') continue;
    const key = normalizeCue(unit.text);
    if (key === lead || key === previous) unit.kind = 'drop';
    else {
      lead ??= key;
      previous = key;
    }
  }
  // Short lines after the last paragraph (a meeting number, a signature place, "For the
  // Government of X") are no text.
  for (let k = units.length - 1; k >= 0; k--) {
    const unit = units[k] as Unit;
    if (unit.kind === 'drop') continue;
    const short = wordCount(unit.text) <= 5 || isSignatureLine(unit.text);
    if (unit.kind === 'para' && !feats[unit.index]?.terminal && short && !unit.block.marker) unit.kind = 'drop';
    else break;
  }
  return { units, dateline, closed, closedAt };
}

/**
 * The lines no rule claims: not the title (wherever it was found), not front matter (dates, datelines, labels, bylines),
 * not cruft by cue words or shape, not captions or bare numbers. With no paragraph anywhere,
 * these short lines are the page's only text.
 */
function unclaimedLines(
  blocks: readonly Block[],
  feats: readonly Features[],
  frontOf: (i: number) => FrontLine | null,
  title: string,
): string[] {
  const titleKey = normalizeCue(title);
  return blocks
    .filter((b, i) => {
      const f = feats[i] as Features;
      // Lines of words, as a page prints them: not a run of characters without a space.
      if (b.text.length > 300 || /\S{41}/.test(b.text)) return false;
      if (normalizeCue(b.text) === titleKey || b.role === 'caption' || frontOf(i)) return false;
      return !(isCruft(f) || f.credit || f.numeric || f.dateish);
    })
    .map((b) => b.text);
}

/** A closing formula with a date: where and when the parties signed, after the last paragraph. */
function isClosingFormula(text: string, f: Features): boolean {
  return f.words <= 30 && CLOSING_FORMULA.test(text) && findDate(text) !== null;
}

function isCruft(f: Features): boolean {
  return f.cue || f.notice || f.glued || f.breadcrumb;
}

/** Long paragraphs that begin with their number ("12. We will …"). */
function countNumberedParagraphs(
  blocks: readonly Block[],
  feats: readonly Features[],
  from: number,
  to: number,
): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const f = feats[i];
    // Long, or a whole sentence: "3. A joint exercise will test the arrangements before winter."
    const paragraphShaped = (f?.words ?? 0) > HEADING_MAX_WORDS || (Boolean(f?.terminal) && (f?.words ?? 0) >= 8);
    if (paragraphShaped && /^\d{1,3}\.\s+\p{Lu}/u.test(blocks[i]?.text ?? '')) n++;
  }
  return n;
}

function isHeadingShape(b: Block, f: Features, numberedParagraphs: boolean): boolean {
  // A line of a dump's group is a menu row, unless it is a numbered heading ("3. Follow-up") that
  // a page printed right under a list: then the paragraph after it decides (a candidate).
  if (!b.standalone && b.role === 'text' && !(NUMBERED_HEADING.test(b.text) && !f.terminal && f.words <= 8))
    return false;
  if (b.marker || b.role === 'item') return false;
  if (f.words > HEADING_MAX_WORDS || f.chars > HEADING_MAX_CHARS || b.bullet) return false;
  // "The ministers agreed to:" leads into a list; it is no heading.
  if (/[,;:]$/.test(b.text)) return false;
  // "1. Scope." may end with a full stop; a numbered sentence of ten words or more is text.
  const numberedHeading =
    NUMBERED_HEADING.test(b.text) && f.words <= 12 && !/[!?]$/.test(b.text) && !(f.terminal && f.words >= 10);
  if (f.terminal && !(numberedHeading && !numberedParagraphs)) return false;
  return /^[\p{Lu}\d"“«]/u.test(b.text);
}

/** Short name-like lines that recur on the page outside its text: the site's name and furniture. */
function siteLines(blocks: readonly Block[], feats: readonly Features[], region: Region): string[] {
  const names: string[] = [];
  for (let i = 0; i < Math.min(4, region.start); i++) {
    const b = blocks[i] as Block;
    const f = feats[i] as Features;
    if (f.cue || f.notice || !isNameLike(b.text) || b.text.length < 3) continue;
    for (let j = region.end; j < blocks.length; j++) {
      if (blocks[j]?.text.includes(b.text)) {
        names.push(b.text);
        break;
      }
    }
  }
  return names;
}

/** Texts the page shows outside its main text (menus, footers, related lists), normalized. */
function furnitureTexts(blocks: readonly Block[], feats: readonly Features[], region: Region): Set<string> {
  const counts = new Map<string, number>();
  // Only short lines can be menu entries or section labels.
  const keys = blocks.map((b, i) => ((feats[i]?.words ?? 0) <= 8 ? normalizeCue(b.text) : null));
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  const out = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    if (i >= region.start - TITLE_WINDOW && i < region.end) continue;
    const key = keys[i];
    if (key !== null && key !== undefined) out.add(key);
  }
  // A short line shown twice (a menu entry and a section label above the title) is furniture.
  for (const [key, n] of counts) if (n >= 2 && key.split(' ').length <= 3) out.add(key);
  return out;
}

/** A byline ("By Jane Doe, Agency", "Par Claire Martin") shortly before the main text. */
function hasByline(blocks: readonly Block[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (isByline(blocks[i]?.text ?? '')) return true;
  return false;
}

interface Chosen<T> {
  value: T;
  confidence: number;
}

/**
 * The date the text itself states beats the page's: a date in the title, the dateline, an
 * adoption line, the site's intro, a bare date line under the title, the first sentence (when
 * not after the page's date), then the page's "Published" stamp and metadata.
 */
function chooseDate(input: {
  titleDate: string | null;
  dateline: Dateline | null;
  adoption: string | null;
  intro: SiteIntro | null;
  bareDate: string | null;
  firstText: string;
  published: string | null;
  reference: string | null;
}): Chosen<string | null> & { source: 'text' | 'published' | 'none' } {
  const { dateline, intro, reference } = input;
  const datelineDate =
    dateline?.date ?? (dateline?.yearless && reference ? resolveYear(dateline.yearless, reference) : null);
  const introDate = intro?.date ?? (intro?.yearless && reference ? resolveYear(intro.yearless, reference) : null);
  const ordered: Array<[string | null, number]> = [
    [input.titleDate, 0.95],
    [datelineDate, 0.92],
    [input.adoption, 0.9],
    [introDate, 0.85],
    [input.bareDate, 0.8],
  ];
  for (const [value, confidence] of ordered) if (value) return { value, confidence, source: 'text' };
  const first = firstSentenceDate(input.firstText, reference);
  if (first) return { value: first, confidence: 0.65, source: 'text' };
  if (input.published) return { value: input.published, confidence: 0.75, source: 'published' };
  return { value: null, confidence: 0.3, source: 'none' };
}

/** A date in the first sentence, when it is not later than the page's own date ("until 2026"). */
function firstSentenceDate(text: string, reference: string | null): string | null {
  const sentence = /^[^.!?]*[.!?]?/.exec(text)?.[0] ?? '';
  const found = findDate(sentence);
  if (found) {
    const before = sentence.slice(Math.max(0, found.index - 12), found.index);
    if (/\b(?:until|by|before|from|since|jusqu|d['’]ici|avant|depuis|après)\b/i.test(before)) return null;
    if (reference && found.iso > reference) return null;
    return found.iso;
  }
  const yearless = findYearlessDate(sentence);
  return yearless && reference ? resolveYear(yearless, reference) : null;
}

function choosePlace(
  titlePlace: string | null,
  dateline: Dateline | null,
  intro: SiteIntro | null,
  bylinePlace: string | null,
  labels: Labels,
  occasion: Occasion & { closingPlace: string | null },
): Chosen<string | null> {
  if (dateline?.place) return { value: dateline.place, confidence: 0.9 };
  if (titlePlace) return { value: titlePlace, confidence: 0.85 };
  if (labels.place) return { value: labels.place, confidence: 0.85 };
  if (occasion.closingPlace) return { value: occasion.closingPlace, confidence: 0.85 };
  if (intro?.place) return { value: intro.place, confidence: 0.7 };
  if (occasion.place) return { value: occasion.place, confidence: 0.65 };
  if (bylinePlace) return { value: bylinePlace, confidence: 0.65 };
  return { value: null, confidence: 0.4 };
}

/** The page's short unpunctuated lines (masthead, labels, footer): where a fuller name may stand. */
function shortLines(blocks: readonly Block[]): string[] {
  return blocks.map((b) => b.text).filter((t) => t.length <= 80 && !/[.!?:;]$/.test(t));
}

function publisherAfter(blocks: readonly Block[], feats: readonly Features[], end: number): string | null {
  const b = blocks[end];
  const f = feats[end];
  if (!b || !f || f.cue || f.notice || f.dateish || f.glued) return null;
  return isNameLike(b.text) && f.words >= 2 ? b.text : null;
}

/** Institution lines above the title (a letterhead: "Government of X — Department of Y"). */
function masthead(
  blocks: readonly Block[],
  feats: readonly Features[],
  from: number,
  titleIndex: number,
): string | null {
  for (let i = Math.max(0, from); i < Math.min(titleIndex, from + 3); i++) {
    const text = blocks[i]?.text ?? '';
    if (feats[i]?.cue || feats[i]?.glued || findDate(text) || /[.!?]$/.test(text)) continue;
    const name = institutionInName(text);
    if (name) return name;
  }
  return null;
}

/** The issuing office a release's contacts block names ("Media Relations / Department of X"). */
function contactsIssuer(blocks: readonly Block[], from: number): string | null {
  for (let i = from + 1; i < Math.min(blocks.length, from + 8); i++) {
    const text = blocks[i]?.text ?? '';
    if (CONTACTS.test(text) || /[@\d]|[.!?:]$/.test(text)) continue;
    const part = text.split(/,\s+/).at(-1)?.trim() ?? '';
    const words = wordCount(part);
    if (/^\p{Lu}/u.test(part) && words >= 2 && words <= 8 && (words >= 3 || isInstitution(part))) return part;
  }
  return null;
}

/** A cover page's first line naming an institution ("Council of the European Union"). */
function coverIssuer(blocks: readonly Block[], annex: number): string | null {
  if (annex < 0) return null;
  for (let i = 0; i < Math.min(3, annex); i++) {
    const text = blocks[i]?.text ?? '';
    if (isInstitution(text) && isIssuerLike(text) && !findDate(text)) return text;
  }
  return null;
}

function copyrightIn(blocks: readonly Block[]): string | null {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const text = blocks[i]?.text ?? '';
    if (/©|copyright|reproduction interdite|tous droits réservés|all rights reserved/i.test(text)) {
      const holder = copyrightHolder(text);
      if (holder) return holder;
    }
  }
  return null;
}

function titleConfidence(candidates: readonly TitleCandidate[], chosen: TitleCandidate | null): number {
  if (!chosen) return 0.1;
  const second = candidates[1]?.score ?? 0;
  const margin = chosen.score - Math.max(0, second);
  return Math.max(0.2, Math.min(0.97, 0.5 + chosen.score / 20 + margin / 10));
}

function startConfidence(head: Head, first: Unit | undefined): number {
  if (!first) return 0.2;
  let c = 0.75;
  if (head.intro || head.dateline) c += 0.1;
  if (first.text.length < 60) c -= 0.2;
  if (first.block.role === 'heading') c -= 0.2;
  return Math.max(0.1, Math.min(0.95, c));
}

/** "canada-france_statement.pdf" -> "canada-france statement". */
export function fileTitle(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  return base.replace(/[_]+/g, ' ').trim() || 'Untitled';
}
