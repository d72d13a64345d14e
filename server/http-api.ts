/**
 * The server's small HTTP API beside the WebSocket, on the same port (Hocuspocus' onRequest):
 *
 *   GET  /precis/info               {product, protocol, version}  (no token: lets a client say
 *                                    "this is not a Précis server" or "another version")
 *   GET  /precis/whoami             the token's user: {name, role, team, ceiling, expiresAt}
 *   GET  /precis/items              the team's shared items and their current generation
 *   PUT  /precis/blobs/SHA256       store an original file (editors); the hash is checked
 *   GET  /precis/blobs/SHA256       fetch one (audited as a read)
 *   POST /precis/audit              {action: "export", document, at?}: a client exported a shared
 *                                    item (at: when, if it waited offline)
 *
 * Every route but /info needs `Authorization: Bearer TOKEN`; answers are JSON or bytes,
 * errors `{error: code, message}`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import {
  parseDocumentName,
  TEAM_PROTOCOL,
  type ServerInfo,
  type TeamItem,
  type WhoAmI,
} from '../shared/team/protocol.ts';
import type { Authenticated, Authenticator } from './auth.ts';
import { sha256Hex } from './tokens.ts';
import type { ServerStore } from './store/types.ts';

/** The largest original file the server keeps (the app imports up to 50 MB). */
export const MAX_BLOB_BYTES = 64 * 1024 * 1024;

const AuditBodySchema = z
  .object({
    action: z.literal('export'),
    document: z.string().max(300),
    /** When the client exported it (it may have waited offline); the line's own time is the server's. */
    at: z.iso.datetime().optional(),
  })
  .strict();

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, status: number, error: string, message: string): void {
  sendJson(response, status, { error, message });
}

async function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function bearer(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer (\S+)$/.exec(header);
  return match?.[1];
}

/** Handles a /precis/ request; returns false for other paths (left to Hocuspocus). */
export async function handleHttp(
  request: IncomingMessage,
  response: ServerResponse,
  deps: { store: ServerStore; authenticate: Authenticator; version: string },
): Promise<boolean> {
  const url = new URL(request.url ?? '/', 'http://server');
  if (!url.pathname.startsWith('/precis/')) return false;
  const path = url.pathname.slice('/precis/'.length);

  if (path === 'info' && request.method === 'GET') {
    const info: ServerInfo = { product: 'precis-team-server', protocol: TEAM_PROTOCOL, version: deps.version };
    sendJson(response, 200, info);
    return true;
  }

  let who: Authenticated;
  try {
    who = await deps.authenticate(bearer(request) ?? '');
  } catch (error) {
    const reason = error instanceof Error && 'reason' in error ? String(error.reason) : 'refused:token: invalid token';
    sendError(response, 401, 'unauthorized', reason);
    return true;
  }
  const { user, ceiling } = who;
  const now = new Date().toISOString();

  if (path === 'whoami' && request.method === 'GET') {
    const body: WhoAmI = { name: user.name, role: user.role, team: user.team, ceiling, expiresAt: user.expiresAt };
    sendJson(response, 200, body);
    return true;
  }

  if (path === 'items' && request.method === 'GET') {
    const items: TeamItem[] = (await deps.store.listItems(user.team)).map((item) => ({
      kind: item.kind,
      itemId: item.itemId,
      generation: item.generation,
      marking: item.marking,
      updatedAt: item.updatedAt,
    }));
    sendJson(response, 200, items);
    return true;
  }

  const blob = /^blobs\/([0-9a-f]{64})$/.exec(path);
  if (blob) {
    const sha256 = blob[1] as string;
    if (request.method === 'GET' || request.method === 'HEAD') {
      const data = await deps.store.getBlob(user.team, sha256);
      if (!data) {
        sendError(response, 404, 'not-found', 'no such file');
        return true;
      }
      if (request.method === 'GET') {
        await deps.store.audit({
          at: now,
          user: user.name,
          team: user.team,
          action: 'read',
          document: `blob:${sha256}`,
          detail: '',
        });
      }
      response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': data.byteLength });
      response.end(request.method === 'HEAD' ? undefined : data);
      return true;
    }
    if (request.method === 'PUT') {
      if (user.role === 'reader') {
        sendError(response, 403, 'read-only', 'refused:read-only: readers cannot add files');
        return true;
      }
      const data = await readBody(request, MAX_BLOB_BYTES);
      if (!data) {
        sendError(response, 413, 'too-large', 'the file is larger than the server accepts');
        return true;
      }
      if (sha256Hex(data) !== sha256) {
        sendError(response, 400, 'hash-mismatch', 'the file does not match its SHA-256');
        return true;
      }
      await deps.store.putBlob(user.team, sha256, data, now);
      sendJson(response, 200, { sha256, size: data.byteLength });
      return true;
    }
  }

  if (path === 'audit' && request.method === 'POST') {
    const raw = await readBody(request, 4096);
    let body: z.infer<typeof AuditBodySchema>;
    try {
      body = AuditBodySchema.parse(JSON.parse(new TextDecoder().decode(raw ?? new Uint8Array())));
    } catch {
      sendError(response, 400, 'invalid', 'expected {action: "export", document}');
      return true;
    }
    const address = parseDocumentName(body.document);
    if (!address || address.team !== user.team) {
      sendError(response, 403, 'team', 'refused:team: not an item of your team');
      return true;
    }
    await deps.store.audit({
      at: now,
      user: user.name,
      team: user.team,
      action: 'export',
      document: body.document,
      detail: body.at ? `exported at ${body.at}` : '',
    });
    sendJson(response, 200, { ok: true });
    return true;
  }

  sendError(response, 404, 'not-found', 'no such route');
  return true;
}
