/**
 * How an imported document is scored against its truth. Text comparisons ignore case,
 * whitespace runs, no-break and soft hyphens and the kind of quotation mark; titles also
 * ignore a final full stop. Places match on their first part ("Ottawa" = "Ottawa, Ontario").
 */
import type { Truth } from './corpus.ts';
import type { ImportedDocument } from './pipeline.ts';

export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .replace(/" /g, '"')
    .replace(/ "/g, '"')
    .trim()
    .toLowerCase();
}

function normalizeTitle(text: string): string {
  return normalize(text).replace(/\.$/, '');
}

export interface DocumentScore {
  title: boolean;
  date: boolean;
  place: boolean;
  issuer: boolean;
  kind: boolean;
  language: boolean;
  /** null when neither the truth nor the output has headings. */
  headingsF1: number | null;
  paragraphsF1: number;
  numberingExact: boolean;
  cruftFree: boolean;
  /** What went wrong, one short phrase each. */
  problems: string[];
}

/** Multiset F1 of two lists of normalized strings. */
export function f1(got: string[], want: string[]): number {
  if (got.length === 0 && want.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const w of want) pool.set(w, (pool.get(w) ?? 0) + 1);
  let matched = 0;
  for (const g of got) {
    const left = pool.get(g) ?? 0;
    if (left > 0) {
      matched += 1;
      pool.set(g, left - 1);
    }
  }
  if (matched === 0) return 0;
  const precision = matched / got.length;
  const recall = matched / want.length;
  return (2 * precision * recall) / (precision + recall);
}

function placeMatches(got: string | null, want: string | null): boolean {
  if (got === null || want === null) return got === want;
  const first = (s: string): string => normalize(s).split(/\s*[,(]\s*/)[0] ?? '';
  return normalize(got) === normalize(want) || first(got) === first(want);
}

const clip = (s: string | null, n = 70): string =>
  s === null ? 'null' : JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

export function scoreDocument(out: ImportedDocument, truth: Truth): DocumentScore {
  const problems: string[] = [];
  const title = normalizeTitle(out.title) === normalizeTitle(truth.title);
  if (!title) problems.push(`title ${clip(out.title)} ≠ ${clip(truth.title)}`);
  const date = out.date === truth.date;
  if (!date) problems.push(`date ${out.date} ≠ ${truth.date}`);
  const place = placeMatches(out.place, truth.place);
  if (!place) problems.push(`place ${clip(out.place)} ≠ ${clip(truth.place)}`);
  const issuers = [truth.issuer, ...(truth.issuerAlternatives ?? [])];
  const issuer =
    out.issuer === null
      ? truth.issuer === null
      : issuers.some((i) => i !== null && normalize(i) === normalize(out.issuer ?? ''));
  if (!issuer) problems.push(`issuer ${clip(out.issuer)} ≠ ${clip(truth.issuer)}`);
  const kind = out.kind === truth.kind;
  if (!kind) problems.push(`kind ${out.kind} ≠ ${truth.kind}`);
  const language = out.language === truth.language;
  if (!language) problems.push(`language ${out.language} ≠ ${truth.language}`);

  const gotHeadings = out.headings.map(normalize);
  const wantHeadings = truth.headings.map(normalize);
  const headingsF1 = gotHeadings.length === 0 && wantHeadings.length === 0 ? null : f1(gotHeadings, wantHeadings);
  if (headingsF1 !== null && headingsF1 < 1) {
    const missing = wantHeadings.filter((h) => !gotHeadings.includes(h));
    const extra = gotHeadings.filter((h) => !wantHeadings.includes(h));
    problems.push(
      `headings F1 ${headingsF1.toFixed(2)}${missing.length ? ` missing ${missing.map((h) => clip(h, 40)).join(', ')}` : ''}${extra.length ? ` extra ${extra.map((h) => clip(h, 40)).join(', ')}` : ''}`,
    );
  }

  const gotTexts = out.paragraphs.map((p) => normalize(p.text));
  const wantTexts = truth.paragraphs.map((p) => normalize(p.text));
  const paragraphsF1 = f1(gotTexts, wantTexts);
  if (paragraphsF1 < 1) {
    const extra = gotTexts.filter((t) => !wantTexts.includes(t));
    problems.push(
      `¶ F1 ${paragraphsF1.toFixed(2)} (${out.paragraphs.length} vs ${truth.paragraphs.length})${extra.length ? `, e.g. extra ${clip(extra[0] ?? '', 60)}` : ''}`,
    );
  }
  let numberingExact = out.paragraphs.length === truth.paragraphs.length;
  let firstDiff = -1;
  const length = Math.max(out.paragraphs.length, truth.paragraphs.length);
  for (let i = 0; i < length; i++) {
    const g = out.paragraphs[i];
    const w = truth.paragraphs[i];
    if (!g || !w || g.label !== w.label || normalize(g.text) !== normalize(w.text)) {
      numberingExact = false;
      firstDiff = i;
      break;
    }
  }
  if (!numberingExact && firstDiff >= 0) {
    const g = out.paragraphs[firstDiff];
    const w = truth.paragraphs[firstDiff];
    problems.push(
      `numbering: at #${firstDiff + 1} got ${g ? `¶ ${g.label} ${clip(g.text, 40)}` : 'nothing'}, want ${w ? `¶ ${w.label} ${clip(w.text, 40)}` : 'nothing'}`,
    );
  }
  const haystack = [...out.paragraphs.map((p) => p.text), ...out.headings].map(normalize);
  const hits = truth.cruft.filter((c) => haystack.some((h) => h.includes(normalize(c))));
  const cruftFree = hits.length === 0;
  if (!cruftFree) problems.push(`cruft ${hits.map((h) => clip(h, 40)).join(', ')}`);
  return { title, date, place, issuer, kind, language, headingsF1, paragraphsF1, numberingExact, cruftFree, problems };
}

/** The score of a document the import refused or crashed on: everything wrong. */
export function failedScore(message: string): DocumentScore {
  return {
    title: false,
    date: false,
    place: false,
    issuer: false,
    kind: false,
    language: false,
    headingsF1: 0,
    paragraphsF1: 0,
    numberingExact: false,
    cruftFree: false,
    problems: [`import failed: ${message}`],
  };
}

export interface Summary {
  n: number;
  title: number;
  date: number;
  place: number;
  issuer: number;
  kind: number;
  language: number;
  headingsF1: number | null;
  paragraphsF1: number;
  numberingExact: number;
  cruftFree: number;
}

/** Shares of documents right per field; F1 values averaged (headings over documents that have any). */
export function summarize(scores: DocumentScore[]): Summary {
  const n = scores.length;
  const share = (pick: (s: DocumentScore) => boolean): number => (n === 0 ? 0 : scores.filter(pick).length / n);
  const withHeadings = scores.map((s) => s.headingsF1).filter((v): v is number => v !== null);
  return {
    n,
    title: share((s) => s.title),
    date: share((s) => s.date),
    place: share((s) => s.place),
    issuer: share((s) => s.issuer),
    kind: share((s) => s.kind),
    language: share((s) => s.language),
    headingsF1: withHeadings.length === 0 ? null : withHeadings.reduce((a, b) => a + b, 0) / withHeadings.length,
    paragraphsF1: n === 0 ? 0 : scores.reduce((a, s) => a + s.paragraphsF1, 0) / n,
    numberingExact: share((s) => s.numberingExact),
    cruftFree: share((s) => s.cruftFree),
  };
}
