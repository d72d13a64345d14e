/**
 * The service host protocol with the host in a worker thread (the stand-in for Electron's
 * utility process, same code and messages): calls and their errors, progress and cancel while
 * a call runs, events, printing and delivering exports in the calling process, a store it must
 * refuse, and a host that dies mid-call: that call fails saying so, the next one works on a new
 * host.
 */
import { readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { closeSharedChromium, createChromiumPrinter } from '../export/chromium-printer.ts';
import { STORE_FILE_NAME } from '../store/database.ts';
import { writeExportTo } from '../export/deliver.ts';
import {
  createServiceHostClient,
  type HostClientOptions,
  type HostProcess,
  type ServiceHostClient,
} from './host-client.ts';
import type { HostOpenOptions } from './protocol.ts';
import { spawnHostThread } from './thread-port.ts';

const entry = new URL('./host-thread.ts', import.meta.url);

let temp: ReturnType<typeof makeTempDir>;
let client: ServiceHostClient;
let spawned: HostProcess[];

function makeClient(
  open: Partial<HostOpenOptions> = {},
  saveExportFile?: HostClientOptions['saveExportFile'],
): ServiceHostClient {
  return createServiceHostClient({
    ...(saveExportFile ? { saveExportFile } : {}),
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

  it('delivers exports through the calling process when asked to, and passes its events to the page', async () => {
    // The calling process's delivery: here, "the user chose" a path in the temp folder, then a
    // folder that does not exist (a write failure), then cancelled.
    const answers = [join(temp.dir, 'chosen.docx'), join(temp.dir, 'missing', 'x.docx'), null];
    const asked: string[] = [];
    client = makeClient({ saveInMain: true }, async (file) => {
      asked.push(`${file.fileName} ${file.mediaType}`);
      const path = answers.shift();
      if (!path) return { saved: false };
      await writeExportTo(path, file.bytes);
      return { saved: true };
    });
    await client.open();
    const note = (await call('notes:create', { template: 'en', title: 'Delivered note' })).value as { id: string };
    const exported = async () =>
      ((await call('export:docx', { target: { kind: 'note', id: note.id } })).value as { exportId: string }).exportId;

    expect(await call('export:save', { exportId: await exported() })).toMatchObject({
      ok: true,
      value: { saved: true },
    });
    expect(readFileSync(join(temp.dir, 'chosen.docx')).subarray(0, 2).toString()).toBe('PK');
    // The write failure comes back as the API's export error, worded, not as an internal error.
    const failed = await call('export:save', { exportId: await exported() });
    expect(failed).toMatchObject({ ok: false, error: { code: 'export-failed' } });
    expect(failed.error?.message).toContain(join(temp.dir, 'missing'));
    expect(await call('export:save', { exportId: await exported() })).toMatchObject({
      ok: true,
      value: { saved: false },
    });
    expect(asked).toEqual(
      Array(3).fill('Delivered note.docx application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    );

    // A menu item in the calling process tells the page through the host's event stream.
    const before = ((await call('app:events', { after: -1 })).value as { seq: number }).seq;
    client.emit({ type: 'export-requested', format: 'docx' });
    expect((await call('app:events', { after: before })).value).toMatchObject({
      events: [{ type: 'export-requested', format: 'docx' }],
    });
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
