import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { apiHandlers } from '../../services/api/handlers.ts';
import { recoveryPage } from './recovery-page.ts';
import { startBrowserServer, type BrowserServer } from './server.ts';

// The source renderer folder stands in for the built one: the server only reads index.html and files.
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

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would not let us forge. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiCall = (channel: string, headers: Record<string, string> = {}, body = '{}') =>
  send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Precis-Token': server.token, ...headers },
    body,
  });

describe('browser-mode server', () => {
  it('listens on loopback only, with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
  });

  it('serves the page only with the token, with the CSP and the token in a meta tag', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/?token=wrong')).status).toBe(401);
    const page = await send(`/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="precis-api-token" content="${server.token}" />`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline script
  });

  it('answers API calls with the token, through the same handlers', async () => {
    const response = await apiCall('documents:list');
    expect(response.status).toBe(200);
    const result = JSON.parse(response.body) as { ok: boolean; value: Array<{ title: string }> };
    expect(result.ok).toBe(true);
    expect(result.value).toHaveLength(2);
    const invalid = JSON.parse((await apiCall('documents:get', {}, '{"id": 5}')).body) as { error: { code: string } };
    expect(invalid.error.code).toBe('invalid-input');
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await apiCall('documents:list', { 'X-Precis-Token': '' })).status).toBe(401);
    expect((await apiCall('documents:list', { 'X-Precis-Token': `${server.token}x` })).status).toBe(401);
    const noHeader = await send('/api/documents:list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(noHeader.status).toBe(401);
    expect((await send('/api/documents:list', { headers: { 'X-Precis-Token': server.token } })).status).toBe(405);
  });

  it('refuses other Origins (CSRF) and cross-site fetches', async () => {
    expect((await apiCall('documents:list', { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await apiCall('documents:list', { Origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await apiCall('documents:list', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await apiCall('documents:list', { Origin: server.origin, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(
      200,
    );
  });

  it('refuses foreign Host headers (DNS rebinding)', async () => {
    expect((await apiCall('documents:list', { Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await send(`/?token=${server.token}`, { headers: { Host: 'attacker.test' } })).status).toBe(403);
    expect((await apiCall('documents:list', { Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2f..%2fpackage.json',
      '/%2e%2e%5cpackage.json',
    ]) {
      const response = await send(path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('"name": "precis"');
    }
  });

  it('refuses the opaque Origin "null", same-site neighbours and a token given in the URL instead of the header', async () => {
    // A sandboxed iframe or a file:// page sends Origin: null.
    expect((await apiCall('documents:list', { Origin: 'null' })).status).toBe(403);
    // Another port on localhost is "same-site" but not our origin.
    expect((await apiCall('documents:list', { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await apiCall('documents:list', { Origin: `http://localhost:${server.port + 1}` })).status).toBe(403);
    // A page that learned the token cannot use it from a <form> or an <img>: the header is required.
    const inQuery = await send(`/api/documents:list?token=${server.token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(inQuery.status).toBe(401);
  });

  it('refuses Host headers that only look like ours', async () => {
    for (const host of ['127.0.0.1', `127.0.0.1:${server.port + 1}`, `127.0.0.1.evil.example:${server.port}`]) {
      expect((await apiCall('documents:list', { Host: host })).status, host).toBe(403);
    }
  });

  it('keeps the token out of Referer headers and the page out of frames', async () => {
    const page = await send(`/?token=${server.token}`);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('serves the recovery page instead of the app when the library cannot be opened, and refuses API calls', async () => {
    const recovery = await startBrowserServer({
      rendererRoot,
      handlers: apiHandlers,
      context: { ...api.context, mode: 'browser' },
      recoveryHtml: recoveryPage({
        reason: 'corrupt',
        message: 'The library at /home/<b>me</b>/precis.sqlite is damaged.',
        storeDir: "/home/o'brien/<script>alert(1)</script>",
        backups: [{ name: 'precis-20250101T000000-auto.sqlite', createdAt: '2025-01-01T00:00:00Z' }],
      }),
    });
    try {
      const raw = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port: recovery.port, path, method, headers }, (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          });
          req.on('error', reject);
          req.end(method === 'POST' ? '{}' : undefined);
        });
      expect((await raw('/')).status).toBe(401);
      const page = await raw(`/?token=${recovery.token}`);
      expect(page.status).toBe(503);
      expect(page.body).toContain('precis restore precis-20250101T000000-auto.sqlite');
      expect(page.body).toContain('--read-only');
      expect(page.body).not.toContain('<script>');
      expect(page.body).not.toContain('<b>');
      const call = await raw(
        '/api/documents:list',
        { 'Content-Type': 'application/json', 'X-Precis-Token': recovery.token },
        'POST',
      );
      expect(call.status).toBe(503);
      expect(JSON.parse(call.body)).toMatchObject({ ok: false, error: { code: 'store-damaged' } });
    } finally {
      await recovery.close();
    }
  });

  it('refuses bodies that are not JSON', async () => {
    expect((await apiCall('documents:list', {}, '{not json')).status).toBe(400);
    expect((await apiCall('documents:list', { 'Content-Type': 'text/plain' })).status).toBe(415);
  });
});
