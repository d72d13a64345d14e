/**
 * First run: a new store is seeded with the sample documents, read by the normal import
 * pipeline so that they are exactly what a user importing them would get, and stored in the
 * transaction that creates the store (see open-library.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../app-root.ts';
import type { ImportInput, ImportResult } from '../import/index.ts';
import type { Database } from '../store/database.ts';
import { storeImportedDocument } from './store-import.ts';

/** `resources/samples` of a source checkout (the packaged app passes its own resources path). */
export function defaultSamplesDir(): string {
  return join(appRoot(), 'resources', 'samples');
}

/**
 * The samples are Précis's own files, not hostile input: they are read in this thread, with a
 * limit generous enough for a machine under load (the 10 s import deadline is for users' files).
 */
const SAMPLE_READ_LIMIT_MS = 120_000;

export interface SampleDocument {
  input: ImportInput;
  parsed: ImportResult;
}

/** Reads and parses every sample, in name order, without touching any store. */
export async function readSampleLibrary(samplesDir: string = defaultSamplesDir()): Promise<SampleDocument[]> {
  const files = readdirSync(samplesDir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  // Loaded only for a new library: opening an existing one needs no import pipeline.
  const { importDocumentWithin } = await import('../import/index.ts');
  const samples: SampleDocument[] = [];
  for (const name of files) {
    const input = { fileName: name, bytes: readFileSync(join(samplesDir, name)) };
    samples.push({ input, parsed: await importDocumentWithin(SAMPLE_READ_LIMIT_MS, input) });
  }
  return samples;
}

/** Stores parsed samples (inside the caller's transaction when there is one). */
export function storeSampleLibrary(db: Database, samples: readonly SampleDocument[]): number {
  for (const { input, parsed } of samples) storeImportedDocument(db, input, parsed);
  return samples.length;
}

/** Seeds an open store with the samples (tests and tools; a new library is seeded by openLibrary). */
export async function seedSampleLibrary(db: Database, samplesDir: string = defaultSamplesDir()): Promise<number> {
  return storeSampleLibrary(db, await readSampleLibrary(samplesDir));
}
