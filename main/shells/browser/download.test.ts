/** Browser mode's download of a kept export: token, method, origin and id checked; sent once, under its name. */
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { apiHandlers } from '../../services/api/handlers.ts';
import { keepExport } from '../../services/export/deliver.ts';
import { startBrowserServer, type BrowserServer } from './server.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
let server: BrowserServer;
const rendererRoot = join(import.meta.dirname, '..', '..', '..', 'renderer');
const pdf = new TextEncoder().encode('%PDF-1.7\n% a small file standing in for a pack\n%%EOF\n');

beforeAll(async () => {
  api = await makeApiContext();
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

function post(path: string, headers: Record<string, string>, method = 'POST') {
  return new Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('export downloads', () => {
  it('downloads in browser mode only with the token, by POST, once, under its name', async () => {
    const kept = await keepExport(api.dir, { fileName: 'Pack – été.pdf', mediaType: 'application/pdf', bytes: pdf });
    const path = `/exports/${kept.id}`;
    const host = { Host: `127.0.0.1:${server.port}` };
    expect((await post(path, host)).status).toBe(401);
    expect((await post(path, { ...host, 'X-Precis-Token': server.token }, 'GET')).status).toBe(405);
    expect((await post(path, { ...host, 'X-Precis-Token': server.token, Origin: 'http://evil.example' })).status).toBe(
      403,
    );
    const got = await post(path, { ...host, 'X-Precis-Token': server.token });
    expect(got.status).toBe(200);
    expect(got.body.equals(Buffer.from(pdf))).toBe(true);
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="Pack _ ete.pdf"; filename*=UTF-8''Pack%20%E2%80%93%20%C3%A9t%C3%A9.pdf`,
    );
    expect((await post(path, { ...host, 'X-Precis-Token': server.token })).status).toBe(404);
    expect((await post('/exports/..%2F..%2Fprecis.sqlite', { ...host, 'X-Precis-Token': server.token })).status).toBe(
      404,
    );
  });
});
