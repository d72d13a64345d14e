/** Kept exports: owner-only in the data folder, delivered once and then gone, swept when stale. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { exportsDir, keepExport, readExport, sweepExports, takeExport, EXPORT_TTL_MS } from './deliver.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
const pdf = new TextEncoder().encode('%PDF-1.7\n% a small file standing in for a pack\n%%EOF\n');

beforeAll(async () => {
  api = await makeApiContext();
});
afterAll(() => api.close());

describe('kept exports', () => {
  it('keeps a made file owner-only in the data folder, delivers it once, then it is gone', async () => {
    const kept = await keepExport(api.dir, { fileName: 'Pack – été.pdf', mediaType: 'application/pdf', bytes: pdf });
    const file = join(exportsDir(api.dir), `${kept.id}.bin`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(exportsDir(api.dir)).mode & 0o777).toBe(0o700);
    expect(Buffer.from((await takeExport(api.dir, kept.id)).bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(existsSync(file)).toBe(false);
    await expect(readExport(api.dir, kept.id)).rejects.toThrow(/no longer waiting/);
    await expect(readExport(api.dir, '../../precis.sqlite')).rejects.toThrow(/no longer waiting/);
  });

  it('sweeps what was never delivered once it is older than its time', async () => {
    const kept = await keepExport(api.dir, { fileName: 'a.pdf', mediaType: 'application/pdf', bytes: pdf });
    expect(await sweepExports(api.dir, new Date(Date.now() + EXPORT_TTL_MS + 60_000))).toBe(2);
    await expect(readExport(api.dir, kept.id)).rejects.toThrow();
  });
});
