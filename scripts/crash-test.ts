/**
 * The long crash test: `npm run crash-test [-- --kills N --seed S]` (default 1000 kills), then
 * kills during long operations. Same harnesses as the short runs in `npm test`
 * (test/crash/crash.test.ts, test/crash/operations.test.ts).
 */
import { parseArgs } from 'node:util';
import { makeTempDir } from '../test/support/temp.ts';
import { runCrashTest } from '../test/crash/harness.ts';
import { runOperationCrashes, type CrashOperation } from '../test/crash/operations.ts';

const { values } = parseArgs({ options: { kills: { type: 'string' }, seed: { type: 'string' } } });
const kills = Number(values.kills ?? 1000);
const seed = Number(values.seed ?? Date.now() % 100000);
const temp = makeTempDir('precis-crash-');
const started = Date.now();
try {
  const result = await runCrashTest({
    storeDir: temp.dir,
    kills,
    seed,
    onProgress: (done) => done % 50 === 0 && console.log(`${done}/${kills} kills, store intact, nothing lost`),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `${result.kills} kills (seed ${seed}) in ${seconds} s: ${result.settingsChecked} autosaved keys, ${result.documentsChecked} documents, ${result.notesChecked} notes and ${result.annotationsChecked} annotations checked.`,
  );
  if (result.failures.length > 0) {
    console.error(`FAILED:\n${result.failures.join('\n')}`);
    process.exitCode = 1;
  } else console.log('No committed save lost; integrity_check ok after every kill.');
} finally {
  temp.cleanup();
}

// Kills during long operations (backup, restore, archive, PDF export, first open): a tenth as
// many kills each (the PDF export, which starts Chromium, fewer).
const operations: Array<[CrashOperation, number, number]> = [
  ['backup', Math.ceil(kills / 10), 400],
  ['restore', Math.ceil(kills / 10), 600],
  ['archive', Math.ceil(kills / 10), 400],
  ['pdf', Math.ceil(kills / 100), 8000],
  ['first-open', Math.ceil(kills / 10), 2500],
];
for (const [operation, count, maxDelayMs] of operations) {
  const dir = makeTempDir(`precis-crash-${operation}-`);
  try {
    const result = await runOperationCrashes({ operation, storeDir: dir.dir, kills: count, seed, maxDelayMs });
    if (result.failures.length > 0) {
      console.error(`FAILED (${operation}):\n${result.failures.join('\n')}`);
      process.exitCode = 1;
    } else console.log(`${count} kills during ${operation}: library whole, every reported step kept, no leftovers.`);
  } finally {
    dir.cleanup();
  }
}
