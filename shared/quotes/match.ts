/**
 * Finding the passage a quotation comes from. Source paragraphs are indexed by the stems of
 * their content words; a quotation's candidate passages are the paragraphs (and pairs of
 * adjacent paragraphs, for a quotation that runs over a paragraph break) sharing the most
 * rare words with it. Each candidate is then aligned word by word (`fitQuote`), words the
 * quotation moved elsewhere in the sentence are taken in, and the best-covered passage wins.
 */
import { fitQuote, type Weigh } from './align.ts';
import { isSubstantive, tokenize, type Token } from './tokens.ts';

export interface SourceParagraph {
  n: number;
  text: string;
}

export interface SourceDocument {
  id: string;
  title: string;
  paragraphs: readonly SourceParagraph[];
}

interface IndexedParagraph {
  document: number;
  /** Position in its document's paragraph list. */
  position: number;
  n: number;
  text: string;
  tokens: Token[];
  stems: Map<string, number>;
}

/** The sources, tokenized once and indexed by content stem. */
export interface SourceIndex {
  documents: readonly SourceDocument[];
  paragraphs: IndexedParagraph[];
  /** For each document, the indices of its paragraphs in `paragraphs`, in order. */
  byDocument: number[][];
  postings: Map<string, number[]>;
  /** Weight of a token: rarer content words weigh more. */
  weigh: Weigh;
}

export function indexSources(documents: readonly SourceDocument[]): SourceIndex {
  const paragraphs: IndexedParagraph[] = [];
  const byDocument: number[][] = [];
  const postings = new Map<string, number[]>();
  documents.forEach((document, d) => {
    const own: number[] = [];
    document.paragraphs.forEach((paragraph, position) => {
      const tokens = tokenize(paragraph.text);
      const stems = new Map<string, number>();
      for (const token of tokens) if (isSubstantive(token)) stems.set(token.stem, (stems.get(token.stem) ?? 0) + 1);
      const index = paragraphs.length;
      for (const stem of stems.keys()) {
        const list = postings.get(stem);
        if (list) list.push(index);
        else postings.set(stem, [index]);
      }
      own.push(index);
      paragraphs.push({ document: d, position, n: paragraph.n, text: paragraph.text, tokens, stems });
    });
    byDocument.push(own);
  });
  const total = Math.max(paragraphs.length, 1);
  const weigh: Weigh = (token) => {
    if (token.class === 'article') return 0.2;
    if (token.class === 'function') return token.negation ? 1 : 0.4;
    const df = postings.get(token.stem)?.length ?? 0;
    // 1 for a word in every paragraph, about 1 + ln(N) for one that occurs once or never.
    const rarity = 1 + Math.log((total + 1) / (df + 1));
    return token.light ? Math.min(rarity, 1) : Math.min(rarity, 6);
  };
  return { documents, paragraphs, byDocument, postings, weigh };
}

/** The passage a quotation was matched to. */
export interface PassageMatch {
  documentId: string;
  /** The source paragraph numbers the passage covers (one, or two adjacent ones). */
  paragraphs: number[];
  /** Where the passage starts and ends: paragraph number and offset in its text. */
  start: { paragraph: number; offset: number };
  end: { paragraph: number; offset: number };
  /** The passage's text (paragraphs joined by a line break). */
  text: string;
  /** Share of the quotation's content (by weight) found in the passage, 0..1. */
  coverage: number;
}

interface Candidate {
  paragraphs: number[];
  score: number;
}

/** Coverage a quotation needs to count as found: most of its content words, by weight. */
export const MIN_COVERAGE = 0.5;

function bagScore(quoteStems: Map<string, { count: number; weight: number }>, counts: Array<Map<string, number>>) {
  let score = 0;
  for (const [stem, { count, weight }] of quoteStems) {
    let found = 0;
    for (const map of counts) found += map.get(stem) ?? 0;
    score += weight * Math.min(count, found);
  }
  return score;
}

/**
 * The best passage for a quotation among the indexed sources (restricted to `documents`,
 * indices into `index.documents`, when given), or `null` when none covers enough of it.
 */
export function matchQuote(index: SourceIndex, quote: string, documents?: ReadonlySet<number>): PassageMatch | null {
  const quoteTokens = tokenize(quote);
  const { weigh } = index;
  const quoteStems = new Map<string, { count: number; weight: number }>();
  let total = 0;
  for (const token of quoteTokens) {
    if (!isSubstantive(token)) continue;
    const weight = weigh(token);
    total += weight;
    const entry = quoteStems.get(token.stem);
    if (entry) entry.count++;
    else quoteStems.set(token.stem, { count: 1, weight });
  }
  if (total === 0) return null;

  // Paragraphs sharing content words with the quotation, by summed weight.
  const single = new Map<number, number>();
  for (const [stem, { count, weight }] of quoteStems) {
    for (const p of index.postings.get(stem) ?? []) {
      if (documents && !documents.has((index.paragraphs[p] as IndexedParagraph).document)) continue;
      const found = (index.paragraphs[p] as IndexedParagraph).stems.get(stem) ?? 0;
      single.set(p, (single.get(p) ?? 0) + weight * Math.min(count, found));
    }
  }
  const ranked = [...single.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 4);
  const best = ranked[0]?.[1] ?? 0;
  const candidates: Candidate[] = [];
  for (const [p, score] of ranked) {
    if (score < best * 0.6) continue;
    candidates.push({ paragraphs: [p], score });
    // A quotation running over a paragraph break: the pair must cover clearly more than either.
    const here = index.paragraphs[p] as IndexedParagraph;
    const siblings = index.byDocument[here.document] as number[];
    for (const neighbour of [siblings[here.position - 1], siblings[here.position + 1]]) {
      if (neighbour === undefined || !single.has(neighbour)) continue;
      const pair = neighbour < p ? [neighbour, p] : [p, neighbour];
      const pairScore = bagScore(
        quoteStems,
        pair.map((i) => (index.paragraphs[i] as IndexedParagraph).stems),
      );
      if (pairScore >= score + 0.15 * total && !candidates.some((c) => c.paragraphs.join() === pair.join()))
        candidates.push({ paragraphs: pair, score: pairScore });
    }
  }

  let chosen: { match: PassageMatch; fit: number } | null = null;
  for (const candidate of candidates) {
    const match = alignCandidate(index, candidate, quoteTokens, quoteStems, total);
    if (!match) continue;
    if (
      !chosen ||
      match.match.coverage > chosen.match.coverage + 1e-9 ||
      (Math.abs(match.match.coverage - chosen.match.coverage) <= 1e-9 && match.fit > chosen.fit)
    )
      chosen = match;
  }
  if (!chosen || chosen.match.coverage < MIN_COVERAGE) return null;
  // A quotation of one or two content words must have all of them.
  if (quoteStems.size <= 2 && chosen.match.coverage < 0.999) return null;
  return chosen.match;
}

function alignCandidate(
  index: SourceIndex,
  candidate: Candidate,
  quoteTokens: Token[],
  quoteStems: Map<string, { count: number; weight: number }>,
  total: number,
): { match: PassageMatch; fit: number } | null {
  const parts = candidate.paragraphs.map((p) => index.paragraphs[p] as IndexedParagraph);
  const region: Token[] = [];
  const owner: number[] = [];
  parts.forEach((part, k) => {
    for (const token of part.tokens) {
      region.push(token);
      owner.push(k);
    }
  });
  const fit = fitQuote(quoteTokens, region, index.weigh);
  if (fit.pairs.length === 0) return null;
  let start = fit.start;
  let end = fit.end;

  // Content words the quotation has but the alignment left out, because the quotation moved
  // them: take them in when they are near the aligned passage.
  const alignedQuote = new Set(fit.pairs.map(([q]) => q));
  const alignedRegion = new Set(fit.pairs.map(([, r]) => r));
  const reach = Math.max(8, quoteTokens.length);
  let matchedWeight = 0;
  const counted = new Map<string, number>();
  for (const [q] of fit.pairs) {
    const token = quoteTokens[q] as Token;
    if (!isSubstantive(token)) continue;
    matchedWeight += index.weigh(token);
    counted.set(token.stem, (counted.get(token.stem) ?? 0) + 1);
  }
  for (const [q, token] of quoteTokens.entries()) {
    // Light words ("help", "provide") are too common to pull the passage's edges outwards.
    if (alignedQuote.has(q) || !isSubstantive(token) || token.light) continue;
    const available = (quoteStems.get(token.stem)?.count ?? 0) - (counted.get(token.stem) ?? 0);
    if (available <= 0) continue;
    let nearest = -1;
    let distance = Infinity;
    for (let r = Math.max(0, start - reach); r < Math.min(region.length, end + reach); r++) {
      if (alignedRegion.has(r) || (region[r] as Token).stem !== token.stem) continue;
      const d = r < start ? start - r : r >= end ? r - end + 1 : 0;
      if (d < distance) {
        distance = d;
        nearest = r;
      }
    }
    if (nearest < 0) continue;
    alignedRegion.add(nearest);
    counted.set(token.stem, (counted.get(token.stem) ?? 0) + 1);
    matchedWeight += index.weigh(token);
    start = Math.min(start, nearest);
    end = Math.max(end, nearest + 1);
  }

  // Qualifiers the quotation has, right at the passage's edges ("in many cases" moved).
  for (const [q, token] of quoteTokens.entries()) {
    if (alignedQuote.has(q) || !token.qualifier) continue;
    for (const r of [start - 1, start - 2, end, end + 1]) {
      const candidate = region[r];
      if (!candidate || alignedRegion.has(r) || candidate.stem !== token.stem) continue;
      alignedRegion.add(r);
      matchedWeight += index.weigh(token);
      start = Math.min(start, r);
      end = Math.max(end, r + 1);
      break;
    }
  }

  // A negation just before the passage belongs to it: quoting "support" from "will not
  // support" must show the dropped "not".
  for (let r = start - 1; r >= Math.max(0, start - 2); r--) {
    if ((region[r] as Token).negation && owner[r] === owner[start]) start = r;
  }

  const first = region[start] as Token;
  const last = region[end - 1] as Token;
  const firstPart = parts[owner[start] as number] as IndexedParagraph;
  const lastPart = parts[owner[end - 1] as number] as IndexedParagraph;
  const text =
    firstPart === lastPart
      ? firstPart.text.slice(first.start, last.end)
      : `${firstPart.text.slice(first.start)}\n${lastPart.text.slice(0, last.end)}`;
  const covered = parts.slice(owner[start] as number, (owner[end - 1] as number) + 1).map((p) => p.n);
  return {
    fit: fit.score,
    match: {
      documentId: (index.documents[firstPart.document] as SourceDocument).id,
      paragraphs: covered,
      start: { paragraph: firstPart.n, offset: first.start },
      end: { paragraph: lastPart.n, offset: last.end },
      text,
      coverage: Math.min(1, matchedWeight / total),
    },
  };
}

/**
 * The source words just outside a matched passage, within its sentence: up to six before its
 * start and six after its end, and the text between its end and the next word.
 */
export function passageContext(
  index: SourceIndex,
  match: PassageMatch,
): { before: Token[]; after: Token[]; afterGap: string; beforeGap: string } {
  const documentIndex = index.documents.findIndex((d) => d.id === match.documentId);
  const paragraph = (n: number) =>
    index.paragraphs.find((p) => p.document === documentIndex && p.n === n) as IndexedParagraph | undefined;
  const first = paragraph(match.start.paragraph);
  const last = paragraph(match.end.paragraph);
  const beforeText = first ? first.text.slice(0, match.start.offset) : '';
  const sentenceStart = Math.max(...['. ', '! ', '? ', '; ', ': '].map((end) => beforeText.lastIndexOf(end)));
  const sentenceBefore = beforeText.slice(sentenceStart < 0 ? 0 : sentenceStart + 2);
  const before = tokenize(sentenceBefore).slice(-6);
  const lastBefore = before[before.length - 1];
  const afterText = last ? last.text.slice(match.end.offset) : '';
  const sentenceEnd = afterText.search(/[.!?;:](\s|$)/);
  const tail = sentenceEnd < 0 ? afterText : afterText.slice(0, sentenceEnd);
  const after = tokenize(tail).slice(0, 6);
  return {
    before,
    after,
    afterGap: after[0] ? tail.slice(0, after[0].start) : tail,
    beforeGap: lastBefore ? sentenceBefore.slice(lastBefore.end) : sentenceBefore,
  };
}
