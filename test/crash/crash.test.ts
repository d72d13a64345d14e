/**
 * Nothing lost: 100 SIGKILLs of a writer autosaving settings, documents, notes and annotations,
 * correcting documents' structure (with re-anchoring) and citing paragraphs, through the real
 * store code; after each, the store passes integrity_check, holds every save the writer
 * reported as committed, no highlight is marked exact on other text, and every citation
 * resolves to the text it cited or says it was merged, split or removed.
 * (`npm run crash-test` runs the long form.)
 */
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp.ts';
import { runCrashTest } from './harness.ts';

describe('crash test', () => {
  it('loses no committed save and never corrupts the store across 100 SIGKILLs', async () => {
    const temp = makeTempDir('precis-crash-');
    try {
      const result = await runCrashTest({ storeDir: temp.dir, kills: 100, seed: 2025 });
      expect(result.failures).toEqual([]);
      expect(result.kills).toBe(100);
      // The writer did real work between kills: many saves of every kind were checked.
      expect(result.settingsChecked).toBeGreaterThan(3);
      expect(result.documentsChecked).toBeGreaterThan(20);
      expect(result.notesChecked).toBe(3);
      expect(result.annotationsChecked).toBeGreaterThan(20);
      expect(result.correctionsReported).toBeGreaterThan(20);
      expect(result.citationsChecked).toBeGreaterThan(10);
    } finally {
      temp.cleanup();
    }
  }, 240_000);
});
