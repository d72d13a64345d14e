/**
 * Runs every corpus document through the import and scores it; runs the peer extractors on the
 * saved HTML pages. Returns plain data; run.ts prints it.
 */
import { readFileSync } from 'node:fs';
import type { CorpusDocument, Split } from './corpus.ts';
import { loadCorpus, mediaTypeFor } from './corpus.ts';
import type { Format } from './formats.ts';
import type { DocumentScore, Summary } from './metrics.ts';
import { f1, failedScore, normalize, scoreDocument, summarize } from './metrics.ts';
import type { Peer } from './peers.ts';
import { PEERS, runPeer } from './peers.ts';
import { importForEvaluation } from './pipeline.ts';

export interface DocumentResult {
  id: string;
  split: Split;
  format: Format;
  language: 'en' | 'fr';
  score: DocumentScore;
}

export interface PeerSummary {
  extractor: 'Précis import' | Peer;
  n: number;
  title: number;
  headingsF1: number | null;
  paragraphsF1: number;
}

export interface SplitReport {
  split: Split;
  overall: Summary;
  byFormat: Partial<Record<Format, Summary>>;
  byLanguage: Partial<Record<'en' | 'fr', Summary>>;
  documents: DocumentResult[];
  peers: PeerSummary[];
}

export interface EvaluateOptions {
  splits?: readonly Split[];
  /** Only these ids (all when empty). */
  ids?: string[];
  peers?: boolean;
}

async function scoreOne(doc: CorpusDocument): Promise<DocumentScore> {
  try {
    const bytes = new Uint8Array(readFileSync(doc.sourcePath));
    const out = await importForEvaluation(doc.fileName, bytes, mediaTypeFor(doc.format));
    return scoreDocument(out, doc.truth);
  } catch (error) {
    return failedScore(error instanceof Error ? error.message : String(error));
  }
}

async function peerScores(docs: CorpusDocument[], results: DocumentResult[]): Promise<PeerSummary[]> {
  const html = docs.filter((d) => d.format === 'html');
  if (html.length === 0) return [];
  const own = results.filter((r) => r.format === 'html').map((r) => r.score);
  const summaries: PeerSummary[] = [
    {
      extractor: 'Précis import',
      n: own.length,
      title: own.filter((s) => s.title).length / own.length,
      headingsF1: summarize(own).headingsF1,
      paragraphsF1: summarize(own).paragraphsF1,
    },
  ];
  for (const peer of PEERS) {
    let titles = 0;
    let paragraphs = 0;
    const headings: number[] = [];
    for (const doc of html) {
      const out = await runPeer(peer, readFileSync(doc.sourcePath, 'utf8'));
      if (normalize(out.title).replace(/\.$/, '') === normalize(doc.truth.title).replace(/\.$/, '')) titles += 1;
      paragraphs += f1(
        out.paragraphs.map(normalize),
        doc.truth.paragraphs.map((p) => normalize(p.text)),
      );
      if (out.headings.length > 0 || doc.truth.headings.length > 0) {
        headings.push(f1(out.headings.map(normalize), doc.truth.headings.map(normalize)));
      }
    }
    summaries.push({
      extractor: peer,
      n: html.length,
      title: titles / html.length,
      headingsF1: headings.length === 0 ? null : headings.reduce((a, b) => a + b, 0) / headings.length,
      paragraphsF1: paragraphs / html.length,
    });
  }
  return summaries;
}

function groupBy<K extends string>(
  results: DocumentResult[],
  key: (r: DocumentResult) => K,
): Partial<Record<K, Summary>> {
  const groups = new Map<K, DocumentScore[]>();
  for (const r of results) groups.set(key(r), [...(groups.get(key(r)) ?? []), r.score]);
  return Object.fromEntries([...groups].map(([k, scores]) => [k, summarize(scores)])) as Partial<Record<K, Summary>>;
}

export async function evaluate(options: EvaluateOptions = {}): Promise<SplitReport[]> {
  const splits = options.splits ?? (['train', 'validation'] as const);
  const reports: SplitReport[] = [];
  for (const split of splits) {
    const docs = loadCorpus([split]).filter((d) => !options.ids?.length || options.ids.includes(d.id));
    if (docs.length === 0) continue;
    const documents: DocumentResult[] = [];
    for (const doc of docs) {
      documents.push({ id: doc.id, split, format: doc.format, language: doc.language, score: await scoreOne(doc) });
    }
    reports.push({
      split,
      overall: summarize(documents.map((d) => d.score)),
      byFormat: groupBy(documents, (d) => d.format),
      byLanguage: groupBy(documents, (d) => d.language),
      documents,
      peers: options.peers === false ? [] : await peerScores(docs, documents),
    });
  }
  return reports;
}
