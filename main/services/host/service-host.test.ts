/**
 * The service host protocol with the host in a worker thread (the stand-in for Electron's
 * utility process, same code and messages): calls and their errors, progress and cancel while
 * a call runs, events, printing in the calling process, a store it must refuse, and a host
 * that dies mid-call: that call fails saying so, the next one works on a new host.
 */
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { closeSharedChromium, createChromiumPrinter } from '../export/chromium-printer.ts';
import { STORE_FILE_NAME } from '../store/database.ts';
import { createServiceHostClient, type HostProcess, type ServiceHostClient } from './host-client.ts';
import type { HostOpenOptions } from './protocol.ts';
import { spawnHostThread } from './thread-port.ts';

const entry = new URL('./host-thread.ts', import.meta.url);

let temp: ReturnType<typeof makeTempDir>;
let client: ServiceHostClient;
let spawned: HostProcess[];

function makeClient(open: Partial<HostOpenOptions> = {}): ServiceHostClient {
  return createServiceHostClient({
    spawn: () => {
      const host = spawnHostThread(entry);
      spawned.push(host);
      return host;
    },
    open: { storeDir: temp.dir, mode: 'browser', version: '0.0.0-test', systemLanguage: 'en', ...open },
    createPrinter: () => createChromiumPrinter(),
  });
}

async function call(
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  return JSON.parse(await client.call(channel, input)) as never;
}

beforeEach(() => {
  temp = makeTempDir();
  spawned = [];
});
afterEach(async () => {
  await client?.close();
  temp.cleanup();
});
afterAll(() => closeSharedChromium());

describe('the service host', () => {
  it('opens the library and answers calls as JSON text, errors included', async () => {
    client = makeClient();
    expect(await client.open()).toMatchObject({ ok: true, storePath: join(temp.dir, STORE_FILE_NAME) });
    const list = await call('documents:list', {});
    expect(list.ok).toBe(true);
    expect(list.value).toHaveLength(2);
    expect(await call('documents:get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('documents:drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await call('documents:get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers progress and cancel while a long call runs', async () => {
    client = makeClient();
    await client.open();
    const list = (await call('documents:list', {})).value as Array<{ id: string; kind: string }>;
    const article = list.find((d) => d.kind === 'news') as { id: string };
    const running = call('quotes:check', { documentId: article.id, taskId: 'check' });
    expect(await call('tasks:cancel', { taskId: 'check' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await call('quotes:check', { documentId: article.id })).toMatchObject({ ok: true });
  });

  it('passes events on, and prints packs in the calling process when asked to', async () => {
    client = makeClient({ printInMain: true });
    await client.open();
    const events: unknown[] = [];
    client.onEvent((event) => events.push(event));
    await call('settings:set', { language: 'fr' });
    expect(events).toContainEqual({ type: 'language-changed', language: 'fr' });
    const pack = (await call('packs:createSample', {})).value as { id: string };
    const pdf = await call('export:pdf', { packId: pack.id });
    expect(pdf).toMatchObject({ ok: true });
    const bytes = Buffer.from((pdf.value as { pdfBase64: string }).pdfBase64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.value as { pageCount: number }).pageCount).toBeGreaterThan(2);
  });

  it('says why it cannot open a library from a newer Précis, and opens it read-only on request', async () => {
    client = makeClient();
    await client.open();
    await client.close();
    const raw = new DatabaseSync(join(temp.dir, STORE_FILE_NAME));
    raw.exec('PRAGMA user_version = 999');
    raw.close();
    client = makeClient();
    expect(await client.open()).toMatchObject({ ok: false, code: 'newer-version' });
    expect(await client.open(true)).toMatchObject({ ok: true, readOnly: true });
    expect((await call('documents:list', {})).value).toHaveLength(2);
    expect(await call('settings:set', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'read-only' } });
  });

  it('fails a call the host died in, with a clear message, and restarts it for the next', async () => {
    client = makeClient();
    await client.open();
    // A call that waits (the event stream's long poll) while its host is killed.
    const lost = call('app:events', { after: 0 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    spawned[0]?.kill();
    expect(await lost).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringContaining('had to restart its library service'),
      },
    });
    const list = await call('documents:list', {});
    expect(list).toMatchObject({ ok: true });
    expect(spawned).toHaveLength(2);
  });
});
