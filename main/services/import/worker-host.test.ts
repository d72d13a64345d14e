/**
 * The import worker: the same results as the in-thread pipeline, and a deadline that holds
 * against a parser stuck in synchronous work (the worker is terminated), an abort that stops it
 * at once, and a built Electron bundle that has the worker entry where the host looks for it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, importDocument } from './index.ts';
import { importInWorker, importInWorkerWithin, importWorkerUrl, stopImportWorker } from './worker-host.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const article = encode(
  '<html><head><title>Council statement</title></head><body><article><h1>Council statement</h1>' +
    '<p>The council met on Monday and agreed on the plan for the coming year.</p>' +
    '<p>Members asked for a report on progress by the end of the spring.</p></article></body></html>',
);
/** A shape that keeps jsdom busy for minutes (from the hostile corpus): only a kill stops it. */
const stuck = encode(`<html><body>${'<div>'.repeat(200_000)}deep text${'</div>'.repeat(200_000)}</body></html>`);

afterAll(() => stopImportWorker());

describe('importInWorker', () => {
  it('gives the same document as the in-thread pipeline, and reports progress', async () => {
    const fractions: number[] = [];
    const inWorker = await importInWorker(
      { fileName: 'statement.html', bytes: article },
      { onProgress: (f) => fractions.push(f) },
    );
    const inThread = await importDocument({ fileName: 'statement.html', bytes: article });
    expect(inWorker).toEqual(inThread);
    expect(inWorker.document.sections.flatMap((s) => s.paragraphs).length).toBeGreaterThan(0);
    expect(fractions.at(-1)).toBe(1);
  });

  it('reads files one after the other, each within its own time limit', async () => {
    const events: string[] = [];
    const read = (name: string) =>
      importInWorker({ fileName: `${name}.html`, bytes: article }, { onProgress: () => events.push(name) }).then(() =>
        events.push(`${name} done`),
      );
    await Promise.all([read('first'), read('second')]);
    expect(events.indexOf('first done')).toBeLessThan(events.indexOf('second'));
  });

  it('passes ImportErrors through with their code and message', async () => {
    const error = await importInWorker({ fileName: 'blank.txt', bytes: encode('   \n ') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('empty');
    expect((error as ImportError).message).toContain('“blank.txt”');
  });

  it('keeps the message key and variables across the worker boundary, to word it in French', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const error = await importInWorker({ fileName: 'scan.png', bytes: png }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    const importError = error as ImportError;
    expect(importError.code).toBe('unsupported');
    expect(importError.message).toBe(
      '“scan.png” is a PNG image, not a text document. Run it through text recognition (OCR) first, or import the original document.',
    );
    expect(importError.messageIn('fr')).toBe(
      '«\u00a0scan.png\u00a0» est une image PNG, pas un document texte. Appliquez-lui d’abord la reconnaissance de texte (ROC) ou importez le document d’origine.',
    );
  });

  it('stops a parser stuck in synchronous work at the deadline, then imports again', async () => {
    // The limit counts the worker's work (its CPU time), so how long this takes by the wall
    // clock depends on how busy the machine is; that it ends, with this error, does not.
    const error = await importInWorkerWithin(1500, { fileName: 'deep.html', bytes: stuck }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('timeout');
    expect((error as ImportError).message).toMatch(/“deep\.html” took longer than 2 seconds .* Try a smaller file/);
    // The stopped worker was discarded; the next import gets a fresh one.
    const next = await importInWorker({ fileName: 'statement.html', bytes: article });
    expect(next.mediaType).toBe('text/html');
  });

  it('rejects with the abort reason as soon as the caller aborts', async () => {
    const controller = new AbortController();
    const pending = importInWorker({ fileName: 'deep.html', bytes: stuck }, { signal: controller.signal });
    setTimeout(() => controller.abort(new DOMException('The user cancelled', 'AbortError')), 300);
    const started = performance.now();
    const error = await pending.catch((e: unknown) => e);
    expect((error as DOMException).name).toBe('AbortError');
    expect(performance.now() - started).toBeLessThan(3000);
    const already = AbortSignal.abort(new DOMException('gone', 'AbortError'));
    await expect(importInWorker({ fileName: 'a.txt', bytes: encode('text') }, { signal: already })).rejects.toThrow(
      'gone',
    );
  });
});

describe('the Electron bundle (after electron-vite build)', () => {
  const outMain = join(import.meta.dirname, '../../../out/main');

  it('has the worker entry where the host looks for it, from the main bundle or a chunk', () => {
    const fromIndex = importWorkerUrl(pathToFileURL(join(outMain, 'index.js')).href);
    const fromChunk = importWorkerUrl(pathToFileURL(join(outMain, 'chunks/any.js')).href);
    expect(fromIndex.href).toBe(pathToFileURL(join(outMain, 'import-worker.js')).href);
    expect(fromChunk.href).toBe(fromIndex.href);
    expect(existsSync(fromIndex)).toBe(true);
    expect(() => importWorkerUrl('file:///nowhere/index.js')).toThrow(/import worker/);
  });

  it('runs an import in the built worker', async () => {
    const worker = new Worker(importWorkerUrl(pathToFileURL(join(outMain, 'index.js')).href));
    try {
      const request: WorkerRequest = {
        id: 7,
        input: { fileName: 'statement.html', bytes: article },
        timeoutMs: 10_000,
      };
      const done = new Promise<WorkerReply>((resolve) =>
        worker.on('message', (reply: WorkerReply) => reply.type === 'done' && resolve(reply)),
      );
      worker.postMessage(request);
      const reply = await done;
      expect(reply.type === 'done' && reply.result).toEqual(
        await importDocument({ fileName: 'statement.html', bytes: article }),
      );
    } finally {
      await worker.terminate();
    }
  });
});
