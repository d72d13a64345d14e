/**
 * Citations by identity. Everything that cites a paragraph (a note's excerpt, a pack's excerpt
 * item, a quote-check result, an annotation digest) holds `(documentId, version, paragraphId)`:
 * the paragraph's stable id, which survives renumbering. The number a reader sees ("¶ 7",
 * "¶ 4(a)") is computed when it is shown, from the paragraph as it is now, and every place that
 * prints "¶ …" goes through `formatParagraphLabels`.
 */
import { z } from 'zod';
import { paragraphLabel, type Paragraph } from './document.ts';

/** A paragraph of one version of a document, by identity. */
export const ParagraphRefSchema = z.object({
  documentId: z.string().min(1).max(64),
  /** The version of the document the id belongs to (documents keep one id per version). */
  version: z.number().int().positive(),
  paragraphId: z.string().min(1).max(80),
});
export type ParagraphRef = z.infer<typeof ParagraphRefSchema>;

/**
 * What became of a cited paragraph in its document as it is now:
 * - `current`: the paragraph is there (its number may have changed: it is shown as it is now);
 * - `merged`: a structure correction joined it with another; the cited text is inside a longer one;
 * - `split`: a structure correction cut it; the cited text now spans several paragraphs;
 * - `removed`: it is no longer a paragraph of the document (made a heading, or dropped).
 * Anything but `current` is shown as "paragraph merged / split / removed — review" with a fix.
 */
export const CitationChangeSchema = z.enum(['merged', 'split', 'removed']);
export type CitationChange = z.infer<typeof CitationChangeSchema>;
export const CitationStatusSchema = z.enum(['current', 'merged', 'split', 'removed']);
export type CitationStatus = z.infer<typeof CitationStatusSchema>;

/** A paragraph as a citation shows it now: its id, its position (for navigation only) and its label. */
export const CitedParagraphSchema = z.object({
  id: z.string(),
  /** Position 1..n in the document, to scroll to it; never shown (use `label`). */
  n: z.number().int().positive(),
  /** What the reader sees after ¶: the printed number, else the position. */
  label: z.string(),
});
export type CitedParagraph = z.infer<typeof CitedParagraphSchema>;

/** A paragraph as a citation shows it, from a stored paragraph. */
export function citedParagraph(paragraph: Pick<Paragraph, 'id' | 'n' | 'label'>): CitedParagraph {
  return { id: paragraph.id, n: paragraph.n, label: paragraphLabel(paragraph) };
}

/** What `formatParagraphLabels` takes: a label, or a paragraph with its position and label. */
export type ParagraphToCite = string | { n: number; label?: string | undefined };

const INTEGER = /^\d+$/;

/**
 * The one formatter of "¶ …": `¶ 8`, `¶ 8–10` for a run, `¶ 3, 8` otherwise, `¶ 4(a)` for a
 * printed label. Given paragraphs (position and label) it sorts them and prints a run when their
 * positions follow each other (`¶ 4(a)–4(c)`); given bare labels, in the order given, a run only
 * when they are consecutive whole numbers. `noBreak` joins ¶ and the number with a no-break space.
 */
export function formatParagraphLabels(cited: readonly ParagraphToCite[], options: { noBreak?: boolean } = {}): string {
  const space = options.noBreak ? '\u00a0' : ' ';
  let labels: string[];
  let run: boolean;
  if (cited.every((c) => typeof c !== 'string')) {
    const byPosition = new Map<number, string>();
    for (const c of cited as Array<{ n: number; label?: string | undefined }>) {
      if (!byPosition.has(c.n)) byPosition.set(c.n, c.label ?? String(c.n));
    }
    const positions = [...byPosition.keys()].sort((a, b) => a - b);
    labels = positions.map((n) => byPosition.get(n) as string);
    const contiguous =
      positions.length > 1 && (positions.at(-1) as number) - (positions[0] as number) === positions.length - 1;
    // Two neighbours read better listed unless their labels count on ("¶ 2, 2(a)", not "¶ 2–2(a)").
    const counted = labels.every((l, i) => INTEGER.test(l) && (i === 0 || Number(l) === Number(labels[i - 1]) + 1));
    run = contiguous && (counted || positions.length > 2);
  } else {
    labels = [...new Set(cited.map((c) => (typeof c === 'string' ? c : (c.label ?? String(c.n)))))];
    const numbers = labels.map((l) => (INTEGER.test(l) ? Number(l) : NaN));
    run =
      labels.length > 1 &&
      numbers.every((value, i) => Number.isFinite(value) && (i === 0 || value === (numbers[i - 1] as number) + 1));
  }
  if (labels.length === 0) return '';
  if (run) return `¶${space}${labels[0]}–${labels.at(-1)}`;
  return `¶${space}${labels.join(', ')}`;
}

/** A citation such as `Canada–France Declaration (2024-09-26), ¶ 8`. */
export function formatCitation(
  source: { documentTitle: string; documentDate: string | null },
  cited: readonly ParagraphToCite[],
  untitled = 'Untitled document',
): string {
  const title = source.documentTitle.trim() || untitled;
  const date = source.documentDate ? ` (${source.documentDate})` : '';
  return `${title}${date}, ${formatParagraphLabels(cited)}`;
}

/**
 * The paragraphs a reader means by "3–5, 8" or "4(a), 4(c)–4(e)": labels as the document prints
 * them (or positions where it prints none), single or as a range from one label to another, in
 * document order. Undefined when a label is not in the document or the text is not such a list.
 */
export function paragraphsCitedAs<P extends Pick<Paragraph, 'id' | 'n' | 'label'>>(
  text: string,
  paragraphs: readonly P[],
): P[] | undefined {
  const byLabel = new Map<string, P>();
  for (const p of paragraphs) {
    const key = paragraphLabel(p).toLowerCase();
    if (!byLabel.has(key)) byLabel.set(key, p);
  }
  const find = (label: string) => byLabel.get(label.trim().toLowerCase());
  const parts = text
    .split(',')
    .map((part) => part.replace(/¶/g, '').trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const chosen = new Map<string, P>();
  for (const part of parts) {
    const single = find(part);
    if (single) {
      chosen.set(single.id, single);
      continue;
    }
    const range = /^(.+?)\s*[-–]\s*(.+)$/.exec(part);
    const from = range ? find(range[1] as string) : undefined;
    const to = range ? find(range[2] as string) : undefined;
    if (!from || !to || to.n < from.n || to.n - from.n > 200) return undefined;
    for (const p of paragraphs) if (p.n >= from.n && p.n <= to.n) chosen.set(p.id, p);
  }
  return [...chosen.values()].sort((a, b) => a.n - b.n);
}
