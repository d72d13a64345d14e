/**
 * The built app (after electron-vite build): the service host and the maintenance worker are
 * entries beside the main bundle, where the main process looks for them, and the built host
 * answers API calls (run here as a worker thread, the stand-in for Electron's utility process).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/temp.ts';
import { createServiceHostClient } from '../services/host/host-client.ts';
import { spawnHostThread } from '../services/host/thread-port.ts';
import { maintenanceWorkerUrl } from '../services/maintenance/maintenance.ts';
import { workerEntryUrl } from '../services/worker-entry.ts';

const outMain = join(import.meta.dirname, '../../out/main');
const temp = makeTempDir();
afterAll(() => temp.cleanup());

describe('the built app', () => {
  it('has the service host and the maintenance worker beside the main bundle', () => {
    const fromIndex = pathToFileURL(join(outMain, 'index.js')).href;
    expect(existsSync(workerEntryUrl('service-host', fromIndex))).toBe(true);
    expect(existsSync(maintenanceWorkerUrl(fromIndex))).toBe(true);
    const fromChunk = pathToFileURL(join(outMain, 'chunks', 'any.js')).href;
    expect(workerEntryUrl('service-host', fromChunk).href).toBe(workerEntryUrl('service-host', fromIndex).href);
  });

  it('runs the built service host', async () => {
    const entry = workerEntryUrl('service-host', pathToFileURL(join(outMain, 'index.js')).href);
    const client = createServiceHostClient({
      spawn: () => spawnHostThread(entry),
      open: { storeDir: temp.dir, mode: 'electron', version: '0.0.0-test', systemLanguage: 'en' },
    });
    try {
      expect(await client.open()).toMatchObject({ ok: true });
      const list = JSON.parse(await client.call('documents:list', {})) as { ok: boolean; value: unknown[] };
      expect(list.ok).toBe(true);
      expect(list.value).toHaveLength(2);
    } finally {
      await client.close();
    }
  });
});
