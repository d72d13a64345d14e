/**
 * Quote check rows. The target: a 2,000-word article checked against a 50-page source
 * in under 200 ms. The source is the sample declaration's paragraphs plus generated ones (about
 * 500 words a page), the article quotes about twenty passages of it with words changed, dropped
 * and invented, between paragraphs of running text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkQuotes, suggestSources, type SourceDocument } from '../shared/quotes/index.ts';
import { measure, type BenchRow } from './measure.ts';

const root = join(import.meta.dirname, '..');

/** A small deterministic generator (mulberry32), so every run measures the same texts. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

export function makeCorpus(seed = 1, pages = 50) {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const expected = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seeds', 'expected.json'), 'utf8')) as {
    declaration: { sections: Array<{ paragraphs: Array<{ text: string }> }> };
  };
  const real = expected.declaration.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
  const vocabulary = words(real.join(' ').replace(/[.,;:()“”"]/g, ''));
  const sentence = () => {
    const length = 12 + Math.floor(rand() * 18);
    const text = Array.from({ length }, () => pick(vocabulary)).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraphs: string[] = [...real];
  let count = words(real.join(' ')).length;
  while (count < pages * 500) {
    const paragraph = Array.from({ length: 3 + Math.floor(rand() * 4) }, sentence).join(' ');
    paragraphs.splice(Math.floor(rand() * paragraphs.length), 0, paragraph);
    count += words(paragraph).length;
  }
  const source: SourceDocument = {
    id: 'source',
    title: 'Fifty-page source',
    paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })),
  };

  const article: string[] = [];
  let articleWords = 0;
  let quotes = 0;
  while (articleWords < 2000) {
    const from = words(pick(paragraphs));
    const start = Math.floor(rand() * Math.max(1, from.length - 30));
    const quoted = from.slice(start, start + 12 + Math.floor(rand() * 25));
    const roll = rand();
    if (roll < 0.3) quoted[Math.floor(rand() * quoted.length)] = pick(['conquest', 'invasion', 'partnership']);
    else if (roll < 0.5) quoted.splice(Math.floor(rand() * quoted.length), 1);
    else if (roll < 0.6) for (let i = 0; i < quoted.length; i += 2) quoted[i] = pick(['dam', 'river', 'frigate']);
    const text = `${sentence()} ${sentence()} The text says “${quoted.join(' ')}”, officials noted. ${sentence()}`;
    article.push(text);
    articleWords += words(text).length;
    quotes++;
  }
  return {
    source,
    article: { paragraphs: article.map((text, i) => ({ n: i + 1, text })) },
    sourceWords: count,
    articleWords,
    quotes,
  };
}

export async function quotesBenchRows(): Promise<BenchRow[]> {
  const corpus = makeCorpus();
  const rows: BenchRow[] = [];
  const check = await measure(() => checkQuotes(corpus.article, [corpus.source]), { runs: 15 });
  rows.push({
    name: `quote check: ${corpus.articleWords}-word article (${corpus.quotes} quotes) vs ${corpus.sourceWords}-word source`,
    ...check,
    target_ms: 200,
    note: 'index + extract + match + classify, one call',
  });
  const library = Array.from({ length: 10 }, (_, i) => ({ ...makeCorpus(i + 2).source, id: `doc-${i}` }));
  library.push(corpus.source);
  rows.push({
    name: 'source suggestions: same article vs 11 documents of 50 pages',
    ...(await measure(() => suggestSources(corpus.article, library), { runs: 5, warmup: 1 })),
    note: 'runs on every quote check without --against',
  });
  return rows;
}
