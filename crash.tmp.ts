import { runCrashTest } from './test/crash/harness.ts';
import { makeTempDir } from './test/support/temp.ts';
const t = makeTempDir('precis-crash-');
const t0 = Date.now();
const r = await runCrashTest({ storeDir: t.dir, kills: 12, seed: 2025, onProgress: (n) => console.log(n, Date.now() - t0) });
console.log(JSON.stringify({ ...r, failures: r.failures.slice(0, 3) }));
t.cleanup();
