/**
 * Browser mode delivers an export as a download: POST exports/<id> with the launch token, from
 * our own origin, once; the file comes with its name in Content-Disposition and is then deleted.
 */
import { request } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from '../../services/api/dispatch.ts';
import { apiHandlers } from '../../services/api/handlers.ts';
import { contentDisposition } from './download.ts';
import { startBrowserServer, type BrowserServer } from './server.ts';

const rendererRoot = join(import.meta.dirname, '..', '..', '..', 'renderer');

let api: Awaited<ReturnType<typeof makeApiContext>>;
let server: BrowserServer;
beforeAll(async () => {
  api = await makeApiContext({ seed: true });
  server = await startBrowserServer({
    rendererRoot,
    handlers: apiHandlers,
    context: { ...api.context, mode: 'browser' },
  });
});
afterAll(async () => {
  await server.close();
  api.close();
});

function post(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

async function exportNote(title: string) {
  const note = await dispatch(apiHandlers, api.context, 'notes:create', { template: 'fr', title });
  if (!note.ok) throw new Error(note.error.message);
  const made = await dispatch(apiHandlers, api.context, 'export:docx', {
    target: { kind: 'note', id: (note.value as { id: string }).id },
  });
  if (!made.ok) throw new Error(made.error.message);
  return made.value as { exportId: string; fileName: string; byteLength: number };
}

describe('browser-mode download of an export', () => {
  it('sends the file once, to its own page with the token, under its name', async () => {
    const made = await exportNote('Note d’été : « bilan »');
    const own = { Host: `127.0.0.1:${server.port}`, 'X-Precis-Token': server.token, Origin: server.origin };
    // Without the token, from another origin, or by GET: refused, and the file stays for the page.
    expect((await post(`/exports/${made.exportId}`, { ...own, 'X-Precis-Token': 'wrong' })).status).toBe(401);
    expect((await post(`/exports/${made.exportId}`, { ...own, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(`/exports/${made.exportId}`, { ...own, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    const got = await post(`/exports/${made.exportId}`, own);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(got.headers['content-disposition']).toBe(contentDisposition(made.fileName));
    expect(got.headers['content-disposition']).toContain("filename*=UTF-8''Note%20d%E2%80%99%C3%A9t%C3%A9");
    expect(got.headers['cache-control']).toBe('no-store');
    expect(got.body.byteLength).toBe(made.byteLength);
    expect(got.body.subarray(0, 2).toString()).toBe('PK');
    // Delivered once: the kept copy is gone.
    const again = await post(`/exports/${made.exportId}`, own);
    expect(again.status).toBe(404);
    expect(again.body.toString()).toMatch(/no longer available/);
    expect(readdirSync(join(api.dir, 'exports'))).toEqual([]);
  });

  it('never reads outside the exports folder, whatever the id says', async () => {
    const own = { Host: `127.0.0.1:${server.port}`, 'X-Precis-Token': server.token };
    for (const id of ['..%2Fprecis.sqlite', '../precis.sqlite', '%2e%2e%2fprecis', 'x'.repeat(32), '']) {
      const answer = await post(`/exports/${id}`, own);
      // 404, or 405 when the URL resolves outside exports/ (the app's files are GET-only).
      expect([404, 405], id).toContain(answer.status);
      expect(answer.body.includes('SQLite format'), id).toBe(false);
    }
    expect(existsSync(join(api.dir, 'precis.sqlite'))).toBe(true);
  });

  it('writes an ASCII name for old clients and the exact one in UTF-8', () => {
    expect(contentDisposition('Note d’été "x".docx')).toBe(
      `attachment; filename="Note d_ete _x_.docx"; filename*=UTF-8''Note%20d%E2%80%99%C3%A9t%C3%A9%20%22x%22.docx`,
    );
  });
});
