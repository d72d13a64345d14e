/**
 * Browser mode: the same renderer and the same API handlers, served over HTTP on loopback.
 *
 * Protection, in layers: bound to 127.0.0.1 only; a random per-launch token is required to
 * get the page and on every API call (sent in a header, so a foreign page cannot send it
 * without a CORS preflight we never grant); the Host header must name our loopback address
 * (DNS rebinding); any Origin or Sec-Fetch-Site other than our own is refused (CSRF).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import type { ApiContext } from '../../services/api/context.ts';
import { dispatch } from '../../services/api/dispatch.ts';
import type { ApiHandlers } from '../../services/api/handler.ts';
import { appFileHeaders, resolveInsideRoot } from '../../services/app-files/app-protocol.ts';
import { DeliveryError, takeExport } from '../../services/export/deliver.ts';
import { contentDisposition } from './download.ts';

export const TOKEN_HEADER = 'x-precis-token';
/** Where the page downloads an exported file: POST exports/<id> with the token header. */
export const EXPORTS_PATH = '/exports/';
export const TOKEN_META = 'precis-api-token';
/** Large enough for the biggest import the pipeline accepts, as base64 in JSON. */
const MAX_BODY_BYTES = 96 * 1024 * 1024;

export interface BrowserServerOptions {
  rendererRoot: string;
  handlers: ApiHandlers;
  context: ApiContext;
  port?: number;
  /** Tests may fix the token; by default a new random one is made for each launch. */
  token?: string;
  /**
   * The library could not be opened: serve this page (with the token) instead of the app,
   * and refuse API calls. `context` and `handlers` are then unused.
   */
  recoveryHtml?: string;
  /** Where unexpected failures go in full (the log file); stderr by default. */
  logError?: (where: string, error: unknown) => void;
}

export interface BrowserServer {
  /** The address to open, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

function sameSecret(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(response: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too-large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const indexHtml = async (): Promise<string> => {
    const html = await readFile(resolveInsideRoot(options.rendererRoot, '/index.html') ?? '', 'utf8');
    // The token travels in a meta tag (not an inline script, which the CSP forbids).
    return html.replace('<head>', `<head>\n    <meta name="${TOKEN_META}" content="${token}" />`);
  };

  /** Refuses foreign Host, Origin and cross-site fetches; returns a reason or null. */
  const refusal = (request: IncomingMessage): string | null => {
    const host = request.headers.host ?? '';
    if (!allowedHosts.has(host)) return `Host “${host}” is not allowed.`;
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) return `Origin “${origin}” is not allowed.`;
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Cross-site requests are not allowed.';
    return null;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const reason = refusal(request);
    if (reason) return send(response, 403, reason);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');

    if (url.pathname.startsWith(EXPORTS_PATH)) {
      // A file an export made (deliver.ts): same checks as the API, then sent once and deleted.
      if (request.method !== 'POST') return send(response, 405, 'Use POST to download an export.');
      if (!sameSecret(request.headers[TOKEN_HEADER] as string | undefined, token)) {
        return send(response, 401, 'Missing or wrong token. Open the address `npm run browser` printed.');
      }
      if (options.recoveryHtml !== undefined) return send(response, 503, 'The library cannot be opened.');
      let file;
      try {
        file = await takeExport(dirname(options.context.storePath), url.pathname.slice(EXPORTS_PATH.length));
      } catch (error) {
        if (error instanceof DeliveryError) return send(response, 404, error.message);
        throw error;
      }
      response.writeHead(200, {
        'Content-Type': file.mediaType,
        'Content-Length': String(file.byteLength),
        'Content-Disposition': contentDisposition(file.fileName),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      return void response.end(Buffer.from(file.bytes));
    }

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'Use POST for API calls.');
      if (!sameSecret(request.headers[TOKEN_HEADER] as string | undefined, token)) {
        return send(response, 401, 'Missing or wrong token. Open the address `npm run browser` printed.');
      }
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(response, 415, 'API calls take application/json.');
      }
      let input: unknown;
      try {
        const body = await readBody(request);
        input = body === '' ? {} : JSON.parse(body);
      } catch (error) {
        const tooLarge = error instanceof Error && error.message === 'too-large';
        return send(response, tooLarge ? 413 : 400, tooLarge ? 'Request too large.' : 'The request body is not JSON.');
      }
      if (options.recoveryHtml !== undefined) {
        const error = { code: 'store-damaged', message: 'The library cannot be opened; reload the page to see why.' };
        return send(response, 503, JSON.stringify({ ok: false, error }), 'application/json; charset=utf-8');
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const result = await dispatch(options.handlers, options.context, channel, input);
      return send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed.');

    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!sameSecret(url.searchParams.get('token'), token)) {
        return send(
          response,
          401,
          'Précis browser mode needs its token: open the full address `npm run browser` printed.',
        );
      }
      response.writeHead(options.recoveryHtml === undefined ? 200 : 503, appFileHeaders('index.html'));
      return void response.end(options.recoveryHtml ?? (await indexHtml()));
    }

    const file = resolveInsideRoot(options.rendererRoot, url.pathname);
    if (!file) return send(response, 404, 'Not found.');
    try {
      const body = await readFile(file);
      response.writeHead(200, appFileHeaders(file));
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      send(response, 404, 'Not found.');
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      (options.logError ?? ((where, e) => console.error(`[precis] ${where} failed:`, e)))('browser-request', error);
      if (!response.headersSent) send(response, 500, 'Précis hit an unexpected error; the details are in its log.');
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: browser mode is never reachable from another machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
