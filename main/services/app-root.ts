/**
 * The application's root folder: the one holding package.json (a source checkout, the built
 * `out/` bundle's parent, or the packaged app's asar). Found by walking up from this module,
 * because the same code runs from `main/services/…` (Node on the sources) and bundled into
 * `out/main/` (Electron), at different depths.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function appRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(import.meta.url)}.`);
    dir = parent;
  }
}
