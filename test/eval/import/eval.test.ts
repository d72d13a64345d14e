/**
 * The import evaluation: the corpus is well formed (truth files valid, labels well formed,
 * cruft strings really in the source, paragraph texts really in the text sources) and the
 * evaluation runs end to end, CLI included. No accuracy floors here: the import's tuning sets them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from './corpus.ts';
import { loadCorpus, SPLITS } from './corpus.ts';
import { evaluate } from './evaluate.ts';
import { FORMATS } from './formats.ts';
import type { Format } from './formats.ts';
import { normalize } from './metrics.ts';

const corpus = loadCorpus();
const TEXT_FORMATS: Format[] = ['txt', 'paste-txt', 'html', 'paste-html', 'md'];

/** The readable text of a source file, as a person reading it would see its words. */
async function sourceText(doc: CorpusDocument): Promise<string> {
  const bytes = readFileSync(doc.sourcePath);
  const extension = FORMATS[doc.format].extension;
  if (extension === 'pdf') {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  }
  if (extension === 'docx') return (await mammoth.extractRawText({ buffer: bytes })).value;
  const raw = bytes.toString('utf8');
  if (extension.endsWith('html')) {
    const { document } = new JSDOM(raw).window;
    // Footnote calls (a superscript link to the note) are no part of the text, as in the truth.
    for (const call of document.querySelectorAll('sup:has(a[href^="#"])')) call.remove();
    // Block boundaries become spaces, as they are when the page is read.
    for (const el of document.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, div, td, dt, dd, br')) {
      el.append(document.createTextNode(' '));
    }
    return document.body.textContent ?? '';
  }
  if (extension === 'md') {
    return raw
      .replace(/\[\^\w+\]/g, '')
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/\*(.+?)\*/g, '$1');
  }
  return raw;
}

/** Letters and digits only: robust to line breaks, hyphenation and spacing in extracted PDF text. */
const skeleton = (text: string): string => normalize(text).replace(/[^\p{L}\p{N}]/gu, '');

/** Labels of one document in order: "1".."N", or printed numbers with PP preamble and sub-items. */
function labelProblems(labels: string[]): string[] {
  const problems: string[] = [];
  const printed = labels.some((l) => l.startsWith('PP') || l.includes('('));
  if (!printed && labels.every((l, i) => l === String(i + 1))) return problems;
  let preamble = 0;
  let base = 0;
  let seenNumber = false;
  for (const label of labels) {
    if (label.startsWith('PP')) {
      if (seenNumber) problems.push(`${label} after numbered paragraphs`);
      preamble += 1;
      if (label !== `PP${preamble}`) problems.push(`${label} out of order`);
      continue;
    }
    const number = Number(/^\d+/.exec(label)?.[0]);
    // An annex or attachment restarts its numbering at 1; any other step back is a mistake.
    if (number < base && label !== '1') problems.push(`${label} after ${base}`);
    if (label.includes('(') && number !== base) problems.push(`${label} is not an item of ¶ ${base}`);
    base = number;
    seenNumber = true;
  }
  return problems;
}

describe('the import evaluation corpus', () => {
  it('has at least 80 documents, at least 40 % French, every input kind in both parts', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(corpus.filter((d) => d.language === 'fr').length / corpus.length).toBeGreaterThanOrEqual(0.4);
    for (const split of SPLITS) {
      const formats = new Set(corpus.filter((d) => d.split === split).map((d) => d.format));
      expect([...formats].sort(), split).toEqual(Object.keys(FORMATS).sort());
    }
    const ids = corpus.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has well-formed labels and notes attached to existing paragraphs', () => {
    for (const doc of corpus) {
      expect(labelProblems(doc.truth.paragraphs.map((p) => p.label)), doc.id).toEqual([]);
      const labels = new Set(doc.truth.paragraphs.map((p) => p.label));
      for (const note of doc.truth.notes ?? [])
        expect(labels.has(note.label), `${doc.id} note on ¶ ${note.label}`).toBe(true);
    }
  });

  it('names cruft that is in the source file and never in the true text', async () => {
    for (const doc of corpus) {
      const source = skeleton(await sourceText(doc));
      const truthText = [...doc.truth.paragraphs.map((p) => p.text), ...doc.truth.headings].map(normalize);
      for (const cruft of doc.truth.cruft) {
        expect(source.includes(skeleton(cruft)), `${doc.id}: cruft "${cruft}" not in the source`).toBe(true);
        expect(
          truthText.some((t) => t.includes(normalize(cruft))),
          `${doc.id}: cruft "${cruft}" is in the true text`,
        ).toBe(false);
      }
    }
  });

  it('has every true paragraph and heading in the text, HTML and Markdown sources', async () => {
    for (const doc of corpus.filter((d) => TEXT_FORMATS.includes(d.format))) {
      const source = normalize(await sourceText(doc));
      for (const text of [...doc.truth.paragraphs.map((p) => p.text), ...doc.truth.headings]) {
        expect(source.includes(normalize(text)), `${doc.id}: "${text.slice(0, 60)}" not in the source`).toBe(true);
      }
    }
  });
});

describe('npm run eval:import', () => {
  it('imports every document through the pipeline and scores every field, with the peers on HTML', async () => {
    const reports = await evaluate();
    expect(reports.map((r) => r.split)).toEqual(['train', 'validation']);
    for (const report of reports) {
      const docs = corpus.filter((d) => d.split === report.split);
      expect(report.documents.map((d) => d.id)).toEqual(docs.map((d) => d.id));
      expect(report.overall.n).toBe(docs.length);
      for (const value of [report.overall.title, report.overall.paragraphsF1, report.overall.numberingExact]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
      const perFormat = Object.values(report.byFormat).reduce((sum, s) => sum + (s?.n ?? 0), 0);
      expect(perFormat).toBe(docs.length);
      // A document the import could not read at all would score as "import failed".
      for (const d of report.documents) expect(d.score.problems.join(' '), d.id).not.toMatch(/import failed/);
      expect(report.peers.map((p) => p.extractor)).toEqual(['Précis import', 'Readability', 'Defuddle']);
      for (const peer of report.peers) expect(peer.n).toBe(docs.filter((d) => d.format === 'html').length);
    }
  });

  it('prints Markdown tables, and JSON for one document with what went wrong', () => {
    const run = fileURLToPath(new URL('./run.ts', import.meta.url));
    const node = process.execPath;
    const one = corpus.find((d) => d.split === 'train' && d.format === 'pdf-word');
    if (!one) throw new Error('no PDF from Word in the train part');
    const json = JSON.parse(
      execFileSync(node, ['--disable-warning=ExperimentalWarning', run, '--json', '--no-peers', '--doc', one.id], {
        encoding: 'utf8',
      }),
    ) as { reports: Array<{ split: string; documents: Array<{ id: string; score: { problems: string[] } }> }> };
    expect(json.reports).toHaveLength(1);
    expect(json.reports[0]?.documents.map((d) => d.id)).toEqual([one.id]);
    expect(Array.isArray(json.reports[0]?.documents[0]?.score.problems)).toBe(true);
    const table = execFileSync(
      node,
      ['--disable-warning=ExperimentalWarning', run, '--split', 'validation', '--no-peers'],
      {
        encoding: 'utf8',
      },
    );
    expect(table).toContain('### validation (');
    expect(table).toMatch(/\| \*\*all\*\* \| \d+ \|/);
    expect(table).not.toContain('### train');
  });
});
