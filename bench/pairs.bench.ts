/**
 * Pairing rows. The issue's target: aligning two 500-paragraph versions in under 200 ms. The
 * versions are the gold set's English and French texts (test/eval/pairs) one after another
 * until each side has 500 paragraphs, so the work has real translation shapes (merges, splits,
 * moved and omitted paragraphs). The named alternative is plain Gale–Church on paragraph
 * lengths alone (no fixed points, no evidence) over the same band: the floor the fixed points
 * and the evidence are paid for, with both methods' pair accuracy in the note.
 */
import type { StructuredDocument } from '../shared/model/index.ts';
import { alignVersions, type AlignableDocument } from '../shared/pairing/index.ts';
import { bestPath, corridorThrough } from '../shared/pairing/lattice.ts';
import { currentTruth, loadGoldSet } from '../test/eval/pairs/gold.ts';
import { measure, type BenchRow } from './measure.ts';

const TARGET_PARAGRAPHS = 500;

interface Big {
  a: AlignableDocument;
  b: AlignableDocument;
  truth: Set<string>;
}

/** Concatenates gold texts (ids made unique per copy) until each side has 500 paragraphs. */
async function bigVersions(): Promise<Big> {
  const gold = [...(await loadGoldSet('train')), ...(await loadGoldSet('validation'))];
  const sectionsA: AlignableDocument['sections'][number][] = [];
  const sectionsB: AlignableDocument['sections'][number][] = [];
  const truth = new Set<string>();
  let countA = 0;
  let countB = 0;
  for (let copy = 0; countA < TARGET_PARAGRAPHS || countB < TARGET_PARAGRAPHS; copy++) {
    for (const pair of gold) {
      if (countA >= TARGET_PARAGRAPHS && countB >= TARGET_PARAGRAPHS) break;
      const offsetA = countA;
      const offsetB = countB;
      const copyOf = (document: StructuredDocument, offset: number) =>
        document.sections.map((s) => ({
          heading: s.heading,
          paragraphs: s.paragraphs.map((p) => ({ ...p, id: `${p.id}-${copy}`, n: p.n + offset })),
        }));
      sectionsA.push(...copyOf(pair.a, offsetA));
      sectionsB.push(...copyOf(pair.b, offsetB));
      countA += pair.a.sections.reduce((n, s) => n + s.paragraphs.length, 0);
      countB += pair.b.sections.reduce((n, s) => n + s.paragraphs.length, 0);
      for (const p of currentTruth(pair.truth, pair.a, pair.b).pairs) {
        truth.add(`${p.a.map((n) => n + offsetA).join(',')}=${p.b.map((n) => n + offsetB).join(',')}`);
      }
    }
  }
  return { a: { language: 'en', sections: sectionsA }, b: { language: 'fr', sections: sectionsB }, truth };
}

/** Gale–Church on lengths alone: the classic method, without fixed points or shared evidence. */
function lengthOnly(a: AlignableDocument, b: AlignableDocument): Array<{ a: number[]; b: number[] }> {
  const la = a.sections.flatMap((s) => s.paragraphs.map((p) => p.text.length));
  const lb = b.sections.flatMap((s) => s.paragraphs.map((p) => p.text.length));
  const n = la.length;
  const m = lb.length;
  const prior: Record<string, number> = { '1,1': 0.1, '1,0': 4.6, '0,1': 4.6, '2,1': 2.4, '1,2': 2.4 };
  const cost = (i: number, j: number, da: number, db: number) => {
    const x = la.slice(i, i + da).reduce((s, v) => s + v, 0);
    const y = lb.slice(j, j + db).reduce((s, v) => s + v, 0);
    const p = prior[`${da},${db}`] ?? 10;
    if (da === 0 || db === 0) return p;
    const delta = (y - 1.15 * x) / Math.sqrt(Math.max(1, (x + y / 1.15) / 2) * 12);
    return p + (delta * delta) / 2;
  };
  const corridor = corridorThrough(
    [
      [0, 0],
      [n, m],
    ],
    n,
    m,
    Math.max(8, Math.ceil(0.1 * Math.max(n, m))),
  );
  return bestPath(n, m, corridor, cost).map((s) => ({
    a: Array.from({ length: s.da }, (_, k) => s.i + k + 1),
    b: Array.from({ length: s.db }, (_, k) => s.j + k + 1),
  }));
}

function accuracy(found: Array<{ a: number[]; b: number[] }>, truth: Set<string>): string {
  const keys = new Set(found.map((p) => `${p.a.join(',')}=${p.b.join(',')}`));
  const right = [...truth].filter((k) => keys.has(k)).length;
  return `${((100 * right) / truth.size).toFixed(1)} %`;
}

export async function pairsBenchRows(): Promise<BenchRow[]> {
  const big = await bigVersions();
  const numbersA = new Map(big.a.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, p.n] as const)));
  const numbersB = new Map(big.b.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, p.n] as const)));
  const ours = alignVersions(big.a, big.b);
  const oursNumbered = ours.ok
    ? ours.pairs.map((p) => ({ a: p.a.map((id) => numbersA.get(id) ?? 0), b: p.b.map((id) => numbersB.get(id) ?? 0) }))
    : [];
  const timed = await measure(() => alignVersions(big.a, big.b), { runs: 15 });
  const floor = await measure(() => lengthOnly(big.a, big.b), { runs: 15 });
  const size = `${numbersA.size} and ${numbersB.size} paragraphs`;
  return [
    {
      name: `align two 500-paragraph versions (${size})`,
      ...timed,
      target_ms: 200,
      alternative: { name: 'Gale–Church, lengths only', median_ms: floor.median_ms },
      note: `pairs right: ${accuracy(oursNumbered, big.truth)}; lengths only: ${accuracy(lengthOnly(big.a, big.b), big.truth)}`,
    },
  ];
}
