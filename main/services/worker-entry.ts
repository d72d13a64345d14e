/**
 * Where a worker thread's entry file is. Under Node running the TypeScript sources (CLI, browser
 * mode, tests) it is the .ts file beside the module that starts it. In the Electron build,
 * electron-vite bundles each worker as its own main entry (out/main/<name>.js), and the code
 * that starts it sits in out/main/index.js or in a chunk under out/main/chunks/. (The name is
 * built at run time so that Vite does not mistake `new URL(literal, import.meta.url)` for an
 * asset to copy.)
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function workerEntryUrl(entry: string, moduleUrl: string): URL {
  if (moduleUrl.endsWith('.ts')) return new URL(`./${entry}.ts`, moduleUrl);
  for (const dir of ['./', '../']) {
    const url = new URL(`${dir}${entry}.js`, moduleUrl);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`The ${entry.replace(/-/g, ' ')} (${entry}.js) is missing beside ${moduleUrl}; rebuild the app.`);
}

/** Flags for a worker running TypeScript sources (type stripping is flagged experimental in Node 22). */
export function workerExecArgv(url: URL): string[] {
  return url.pathname.endsWith('.ts') ? ['--disable-warning=ExperimentalWarning'] : [];
}
