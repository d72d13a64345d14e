/**
 * Team sync speed and memory (issue 17), all on 127.0.0.1 in this process:
 *
 *   an edit between two clients      p50/p95 from one client's change to the other's doc
 *   50 clients on one note           p50/p95 from one change to the last of 49 others having it
 *   library to library               an appended paragraph, from the API call on one library
 *                                    until the other library's tables (and search) have it
 *   server memory per open document  heap growth per loaded document (a 1,000-word note)
 *
 * The alternative in the same run is a bare Hocuspocus server (no Précis checks: the scratch-
 * copy guard and the durable append before each acknowledgement), the floor our hooks add to.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { connectClient, settled, startTestServer, until, type TestClient } from '../server/testing/harness.ts';
import { noteToPlainText } from '../shared/notes/content.ts';
import { documentName } from '../shared/team/protocol.ts';
import { openTestLibrary, until as untilAsync } from '../test/team/library.ts';
import { makeTempDir } from '../test/support/temp.ts';
import { percentile, type BenchRow } from './measure.ts';

const name = (id: string) => documentName({ team: 'bench', kind: 'note', itemId: id, generation: 0 });

/** A bare Hocuspocus on loopback (accepts any token): the floor. */
async function bareServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await server.listen();
  return { url: `ws://127.0.0.1:${server.address.port}`, close: () => server.destroy() };
}

/** Times `edits` changes made by `writer`, each until every reader's doc holds it. */
async function convergence(writer: TestClient, readers: TestClient[], edits: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const marker = `edit-${i}-${Math.random().toString(36).slice(2, 8)} `;
    const start = performance.now();
    writer.doc.getText('t').insert(0, marker);
    await until(() => readers.every((r) => r.doc.getText('t').toString().startsWith(marker)), 'convergence', 30_000);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function clients(url: string, doc: string, token: string, count: number): Promise<TestClient[]> {
  const list = Array.from({ length: count }, () => connectClient(url, doc, token));
  await until(() => list.every(settled), 'clients synced', 60_000);
  return list;
}

function stats(times: number[]) {
  return { median_ms: percentile(times, 50), p95_ms: percentile(times, 95) };
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function heapPerDocument(openDocuments: (count: number) => Promise<void>, count: number): Promise<number> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  await openDocuments(count);
  collectGarbage();
  return (process.memoryUsage().heapUsed - before) / count / 1024;
}

export async function teamBenchRows(): Promise<BenchRow[]> {
  const temp = makeTempDir('precis-bench-team-');
  const rows: BenchRow[] = [];
  const ours = await startTestServer(temp.dir);
  const bare = await bareServer();
  try {
    const token = await ours.addUser('Bench', 'editor', 'bench');

    // Two clients, one edit at a time.
    let pair = await clients(ours.url, name('pair'), token, 2);
    const two = await convergence(pair[0] as TestClient, [pair[1] as TestClient], 100);
    for (const c of pair) c.destroy();
    pair = await clients(bare.url, name('pair'), token, 2);
    const twoBare = await convergence(pair[0] as TestClient, [pair[1] as TestClient], 100);
    for (const c of pair) c.destroy();
    rows.push({
      name: 'an edit between two clients (p95)',
      ...stats(two),
      target_ms: 100,
      target_on: 'p95',
      alternative: { name: 'bare Hocuspocus', median_ms: stats(twoBare).median_ms },
      note: `bare p95 ${stats(twoBare).p95_ms.toFixed(1)} ms`,
    });

    // Fifty clients on one note.
    let crowd = await clients(ours.url, name('crowd'), token, 50);
    const fifty = await convergence(crowd[0] as TestClient, crowd.slice(1), 30);
    for (const c of crowd) c.destroy();
    crowd = await clients(bare.url, name('crowd'), token, 50);
    const fiftyBare = await convergence(crowd[0] as TestClient, crowd.slice(1), 30);
    for (const c of crowd) c.destroy();
    rows.push({
      name: '50 clients on one note: edit to the last client (p95)',
      ...stats(fifty),
      target_ms: 500,
      target_on: 'p95',
      alternative: { name: 'bare Hocuspocus', median_ms: stats(fiftyBare).median_ms },
      note: `bare p95 ${stats(fiftyBare).p95_ms.toFixed(1)} ms`,
    });

    // Library to library: the whole client stack (replica, tables, search) on both sides.
    const alice = await openTestLibrary();
    const bruno = await openTestLibrary();
    await alice.call('team:join', { server: ours.httpUrl, token: await ours.addUser('Alice', 'editor', 'bench') });
    await bruno.call('team:join', { server: ours.httpUrl, token: await ours.addUser('Bruno', 'editor', 'bench') });
    const note = await alice.call('notes:create', { template: 'blank', title: 'Bench note' });
    await untilAsync(() => bruno.call('notes:list', {}).then((l) => l.some((n) => n.id === note.id)), 'shared', 30_000);
    const library: number[] = [];
    for (let i = 0; i < 20; i++) {
      const line = `Line ${i} ${Math.random().toString(36).slice(2, 8)}.`;
      const start = performance.now();
      await alice.call('notes:append', { id: note.id, text: line });
      await untilAsync(
        async () => noteToPlainText((await bruno.call('notes:get', { id: note.id })).content).includes(line),
        'library convergence',
        30_000,
      );
      library.push(performance.now() - start);
    }
    await alice.close();
    await bruno.close();
    library.sort((a, b) => a - b);
    rows.push({
      name: 'library to library: appended paragraph in the other’s tables (p95)',
      ...stats(library),
      target_ms: 1000,
      target_on: 'p95',
      note: 'includes the 150 ms wait that batches typing before the tables are written',
    });

    // Memory: documents with a 1,000-word note body loaded on the server.
    const body = Array.from({ length: 1000 }, (_, i) => `word${i % 97}`).join(' ');
    const openOn = async (url: string, prefix: string, count: number) => {
      const opened: TestClient[] = [];
      for (let i = 0; i < count; i++) {
        const c = connectClient(url, name(`${prefix}${i}`), token);
        opened.push(c);
        c.doc.getText('t').insert(0, body);
      }
      await until(() => opened.every(settled), 'documents loaded', 120_000);
      // The clients' own docs live in this process too: measure the server's share by
      // subtracting a second run of client-only docs below.
      return opened;
    };
    const count = 100;
    let held: TestClient[] = [];
    const withServer = await heapPerDocument(async (n) => {
      held = await openOn(ours.url, 'mem', n);
    }, count);
    const clientOnly = await heapPerDocument(async (n) => {
      for (let i = 0; i < n; i++) new Y.Doc().getText('t').insert(0, body);
    }, count);
    for (const c of held) c.destroy();
    let bareHeld: TestClient[] = [];
    const withBare = await heapPerDocument(async (n) => {
      bareHeld = await openOn(bare.url, 'mem', n);
    }, count);
    for (const c of bareHeld) c.destroy();
    rows.push({
      name: 'server memory per open document (KB, 1,000-word note)',
      median_ms: Math.max(0, withServer - clientOnly),
      alternative: { name: 'bare Hocuspocus', median_ms: Math.max(0, withBare - clientOnly) },
      note: `heap growth per document less a client's own doc; value in KB, not ms`,
    });
  } finally {
    await ours.stop();
    await bare.close();
    temp.cleanup();
  }
  return rows;
}
