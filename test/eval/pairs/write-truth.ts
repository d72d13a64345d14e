/**
 * Writes a gold pair's truth.json from a short description, after importing both versions:
 *
 *   node test/eval/pairs/write-truth.ts test/eval/pairs/train/t01-… "1-7=1-7 8,9=8 10=9,10 11="
 *
 * Tokens: `1-7=1-7` a run of one-to-one pairs, `8,9=8` two paragraphs to one, `11=` a paragraph
 * only in the English version, `=12` one only in the French. Every paragraph of both versions
 * must appear exactly once. Prints both versions side by side for checking by eye.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstWords, importVersion, paragraphTexts, versionFile, type Truth, type TruthPair } from './gold.ts';

const [dir, spec] = process.argv.slice(2);
if (!dir || !spec) throw new Error('usage: write-truth.ts DIR "SPEC"');
const [a, b] = await Promise.all([importVersion(versionFile(dir, 'en')), importVersion(versionFile(dir, 'fr'))]);
const textsA = paragraphTexts(a);
const textsB = paragraphTexts(b);

const numbers = (s: string): number[] => (s === '' ? [] : s.split(',').map(Number));
const pairs: TruthPair[] = [];
for (const token of spec.trim().split(/\s+/)) {
  const [left = '', right = ''] = token.split('=');
  const runLeft = /^(\d+)-(\d+)$/.exec(left);
  const runRight = /^(\d+)-(\d+)$/.exec(right);
  if (runLeft && runRight) {
    const length = Number(runLeft[2]) - Number(runLeft[1]);
    if (length !== Number(runRight[2]) - Number(runRight[1])) throw new Error(`runs of different lengths: ${token}`);
    for (let k = 0; k <= length; k++) pairs.push({ a: [Number(runLeft[1]) + k], b: [Number(runRight[1]) + k] });
  } else pairs.push({ a: numbers(left), b: numbers(right) });
}
for (const [side, count] of [
  ['a', textsA.length],
  ['b', textsB.length],
] as const) {
  const used = pairs.flatMap((p) => p[side]).sort((x, y) => x - y);
  const expected = Array.from({ length: count }, (_, i) => i + 1);
  if (used.join() !== expected.join()) throw new Error(`${side}: paragraphs used ${used.join()} ≠ 1..${count}`);
}

for (const pair of pairs) {
  const left = pair.a.map((n) => `${n} ${(textsA[n - 1] ?? '').slice(0, 55)}`).join(' + ') || '—';
  const right = pair.b.map((n) => `${n} ${(textsB[n - 1] ?? '').slice(0, 55)}`).join(' + ') || '—';
  console.log(`${left}\n    ⇔ ${right}`);
}
const truth: Truth = { pairs, paragraphs: { a: textsA.map(firstWords), b: textsB.map(firstWords) } };
const lines = [
  '{',
  '  "pairs": [',
  pairs.map((p) => `    { "a": [${p.a.join(', ')}], "b": [${p.b.join(', ')}] }`).join(',\n'),
  '  ],',
  `  "paragraphs": ${JSON.stringify(truth.paragraphs, null, 2).replace(/\n/g, '\n  ')}`,
  '}',
  '',
];
writeFileSync(join(dir, 'truth.json'), lines.join('\n'));
console.log(`${pairs.length} pairs written`);
