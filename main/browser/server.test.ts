import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../test/support/api-context.ts';
import { apiHandlers } from '../api/handlers.ts';
import { startBrowserServer, type BrowserServer } from './server.ts';

// The source renderer folder stands in for the built one: the server only reads index.html and files.
const rendererRoot = join(import.meta.dirname, '..', '..', 'renderer');

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

  it('refuses bodies that are not JSON', async () => {
    expect((await apiCall('documents:list', {}, '{not json')).status).toBe(400);
    expect((await apiCall('documents:list', { 'Content-Type': 'text/plain' })).status).toBe(415);
  });
});
