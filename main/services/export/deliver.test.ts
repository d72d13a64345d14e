/**
 * Exported files wait in the data folder, owner-only, for their delivery: once, within
 * EXPORT_TTL_MS; ids are checked before they name a file; leftovers are swept.
 */
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import {
  DeliveryError,
  discardExport,
  EXPORT_TTL_MS,
  exportFileName,
  exportsDir,
  keepExport,
  sweepExports,
  takeExport,
  writeExportTo,
} from './deliver.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const file = { fileName: 'Note.docx', mediaType: 'application/x-test', bytes: new TextEncoder().encode('PK bytes') };

describe('kept exports', () => {
  it('keeps a file owner-only and delivers it once', async () => {
    const kept = await keepExport(temp.dir, file);
    expect(kept.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(exportsDir(temp.dir)).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(exportsDir(temp.dir)))
      expect(statSync(join(exportsDir(temp.dir), name)).mode & 0o777).toBe(0o600);
    const taken = await takeExport(temp.dir, kept.id);
    expect(new TextDecoder().decode(taken.bytes)).toBe('PK bytes');
    expect(taken.fileName).toBe('Note.docx');
    await expect(takeExport(temp.dir, kept.id)).rejects.toBeInstanceOf(DeliveryError);
    expect(readdirSync(exportsDir(temp.dir))).toEqual([]);
  });

  it('refuses ids that are not its own, and files past their time', async () => {
    for (const id of ['../precis', '..', 'a/b', 'x'.repeat(31), 'x'.repeat(33)])
      await expect(takeExport(temp.dir, id)).rejects.toBeInstanceOf(DeliveryError);
    const kept = await keepExport(temp.dir, file, new Date('2026-01-01T10:00:00Z'));
    await expect(
      takeExport(temp.dir, kept.id, new Date(Date.parse('2026-01-01T10:00:00Z') + EXPORT_TTL_MS + 1)),
    ).rejects.toThrow(/no longer available/);
    expect(await discardExport(temp.dir, kept.id)).toBe(false);
  });

  it('sweeps stale files and leftovers of interrupted exports', async () => {
    const fresh = await keepExport(temp.dir, file);
    const dir = exportsDir(temp.dir);
    // A killed writer's partial file goes; a running writer's (this process) stays.
    const running = `.y.pdf.${process.pid}-beef.partial`;
    writeFileSync(join(dir, '.x.docx.4194304-abcd.partial'), 'half');
    writeFileSync(join(dir, running), 'being written');
    const old = join(dir, `${'o'.repeat(32)}.bin`);
    writeFileSync(old, 'old');
    const past = (Date.now() - EXPORT_TTL_MS - 60_000) / 1000;
    utimesSync(old, past, past);
    expect(await sweepExports(temp.dir)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([running, `${fresh.id}.bin`, `${fresh.id}.json`].sort());
  });

  it('names files after their title, without what file systems refuse', () => {
    expect(exportFileName('Note: "Arctic" / North?', 'docx', 'Note')).toBe('Note Arctic North.docx');
    expect(exportFileName(' ..\u0007 ', 'docx', 'Briefing note')).toBe('Briefing note.docx');
    // A right-to-left override would show "Brief\u202Efdp.exe" as "Briefexe.pdf": the name a
    // user sees must be the name the file has.
    expect(exportFileName('Brief\u202Efdp.exe', 'docx', 'Note')).toBe('Brief fdp.exe.docx');
    expect(exportFileName('\u2067Note\u2069 \u200fA\u061cB', 'pdf', 'Note')).toBe('Note A B.pdf');
  });

  it('writes where the CLI says, whole or not at all', async () => {
    const target = join(temp.dir, 'out', 'note.docx');
    await expect(writeExportTo(target, file.bytes)).rejects.toThrow(/does not exist/);
    expect(existsSync(target)).toBe(false);
    mkdirSync(join(temp.dir, 'out'));
    await writeExportTo(target, file.bytes);
    expect(readdirSync(join(temp.dir, 'out'))).toEqual(['note.docx']);
  });
});
