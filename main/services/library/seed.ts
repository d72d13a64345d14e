/**
 * First run: a new store is seeded with the sample documents, imported through the normal
 * import path so that they are exactly what a user importing them would get.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../app-root.ts';
import type { Database } from '../store/database.ts';
import { importIntoLibrary } from './import-document.ts';

/** `resources/samples` of a source checkout (the packaged app passes its own resources path). */
export function defaultSamplesDir(): string {
  return join(appRoot(), 'resources', 'samples');
}

export async function seedSampleLibrary(db: Database, samplesDir: string = defaultSamplesDir()): Promise<number> {
  const files = readdirSync(samplesDir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  for (const name of files) {
    await importIntoLibrary(db, { fileName: name, bytes: readFileSync(join(samplesDir, name)) });
  }
  return files.length;
}
