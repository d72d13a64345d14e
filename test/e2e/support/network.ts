/**
 * For the "nothing leaks" tests: call the browser-mode API from Node, record every request the
 * page makes, and walk through every main view of the app.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import type { RunningBrowserMode } from './browser-mode.ts';

/** Calls one API method as the app does (POST JSON with the token); throws on `{ok: false}`. */
export async function api<T = unknown>(app: RunningBrowserMode, channel: string, input: unknown): Promise<T> {
  const result = await callApi(app, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Imports a file's bytes through the API, as the import dialog does; returns the new document's id. */
export async function importBytes(app: RunningBrowserMode, fileName: string, bytes: Uint8Array): Promise<string> {
  const result = await api<{ document: { id: string } }>(app, 'documents:import', {
    fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
  });
  return result.document.id;
}

export async function callApi(
  app: RunningBrowserMode,
  channel: string,
  input: unknown,
): Promise<{ ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }> {
  const response = await fetch(`${app.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Precis-Token': app.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as never;
}

/**
 * Records every request: the page's own (`page.on('request')`, which includes its workers) and
 * the whole browser context's, and keeps those that leave the app's origin.
 */
export function recordRequests(context: BrowserContext, origin: string): { all: string[]; outside: () => string[] } {
  const all: string[] = [];
  const note = (request: Request) => all.push(request.url());
  context.on('request', note);
  return {
    all,
    // data: and blob: URLs are the app's own (fonts, PDF preview); anything with a host that is
    // not the app's origin is a leak.
    outside: () => all.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)),
  };
}

/** The views the tests visit, by hash route. */
export interface ViewIds {
  documentIds: string[];
  noteIds: string[];
  packIds: string[];
  searches: string[];
}

/** Opens each main view and waits until it has rendered its content (or an empty state). */
export async function visitAllViews(page: Page, app: RunningBrowserMode, ids: ViewIds): Promise<string[]> {
  const visited: string[] = [];
  const go = async (hash: string, ready: string) => {
    await page.goto(`${app.url}${hash}`);
    await page.locator(ready).first().waitFor({ state: 'attached', timeout: 15_000 });
    // Let lazy work (highlights, previews, link checks) run before leaving.
    await page.waitForTimeout(400);
    visited.push(hash);
  };
  await go('#/', 'nav[aria-label="Library"]');
  for (const id of ids.documentIds) {
    await go(`#/doc/${id}`, 'main h1');
    await go(`#/quotes/${id}`, '.quotes');
  }
  await go('#/notes', 'main');
  for (const id of ids.noteIds) await go(`#/notes/${id}`, '[contenteditable="true"]');
  await go('#/packs', 'main');
  for (const id of ids.packIds) await go(`#/packs/${id}`, 'main h1, main h2');
  for (const query of ids.searches) await go(`#/search?q=${encodeURIComponent(query)}`, 'main');
  return visited;
}

/**
 * A proxy that refuses everything and remembers what was asked. Chromium launched with
 * `--proxy-server` pointing here sends every request that is not to loopback through it — its
 * own background traffic (updates, safe browsing, metrics) as well as the page's — so an empty
 * log means nothing left the machine, whoever asked.
 */
export async function startRefusingProxy(): Promise<{ port: number; seen: string[]; close: () => Promise<void> }> {
  const { createServer } = await import('node:http');
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
