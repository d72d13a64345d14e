/**
 * The client side of the team server's HTTP API (server/http-api.ts). Every failure becomes a
 * SyncProblem with a code the status bar words: unreachable (wrong address, network down),
 * not a Précis server, another protocol version, a token refused or expired.
 */
import { z } from 'zod';
import {
  parseRefusal,
  ServerInfoSchema,
  TEAM_PROTOCOL,
  TeamItemSchema,
  WhoAmISchema,
  type TeamItem,
  type WhoAmI,
} from '../../../shared/team/protocol.ts';

export type ProblemCode = 'address' | 'unreachable' | 'not-precis' | 'version' | 'token' | 'expired' | 'server';

export class SyncProblem extends Error {
  readonly code: ProblemCode;
  readonly detail: string;
  constructor(code: ProblemCode, detail = '') {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'SyncProblem';
    this.code = code;
    this.detail = detail;
  }
}

/** How long one HTTP request to the server may take. */
const REQUEST_TIMEOUT_MS = 15_000;

/** `https://host/path` from what the user typed (http, https, ws, wss, or a bare host:port). */
export function normalizeServerUrl(input: string): { http: string; ws: string } {
  let text = input.trim();
  if (!/^[a-z]+:\/\//i.test(text)) text = `http://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SyncProblem('address', input);
  }
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) || !url.hostname)
    throw new SyncProblem('address', input);
  const path = url.pathname.replace(/\/+$/, '');
  const hostPort = url.host;
  return {
    http: `${secure ? 'https' : 'http'}://${hostPort}${path}`,
    ws: `${secure ? 'wss' : 'ws'}://${hostPort}${path}`,
  };
}

export class ServerApi {
  readonly http: string;
  readonly ws: string;
  private readonly token: string;

  constructor(serverUrl: string, token: string) {
    const { http, ws } = normalizeServerUrl(serverUrl);
    this.http = http;
    this.ws = ws;
    this.token = token;
  }

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${this.http}/precis/${path}`, {
        ...init,
        // No kept-alive socket: a CLI command exits as soon as it is done.
        headers: { ...(init.headers ?? {}), Authorization: `Bearer ${this.token}`, Connection: 'close' },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new SyncProblem(
        'unreachable',
        error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : '',
      );
    }
    if (response.status === 401) {
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      const refusal = parseRefusal(body.message);
      throw new SyncProblem(refusal?.code === 'expired' ? 'expired' : 'token', refusal?.detail ?? '');
    }
    return response;
  }

  /** Checks that a Précis team server of our protocol answers at this address. */
  async info(): Promise<void> {
    let response: Response;
    try {
      response = await fetch(`${this.http}/precis/info`, {
        headers: { Connection: 'close' },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new SyncProblem(
        'unreachable',
        error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : '',
      );
    }
    const parsed = ServerInfoSchema.safeParse(await response.json().catch(() => null));
    if (!response.ok || !parsed.success) throw new SyncProblem('not-precis', String(response.status));
    if (parsed.data.protocol !== TEAM_PROTOCOL) {
      throw new SyncProblem('version', `${parsed.data.protocol}/${TEAM_PROTOCOL} (${parsed.data.version})`);
    }
  }

  async whoami(): Promise<WhoAmI> {
    const response = await this.request('whoami');
    const parsed = WhoAmISchema.safeParse(await response.json().catch(() => null));
    if (!response.ok || !parsed.success) throw new SyncProblem('server', String(response.status));
    return parsed.data;
  }

  async items(): Promise<TeamItem[]> {
    const response = await this.request('items');
    const parsed = z.array(TeamItemSchema).safeParse(await response.json().catch(() => null));
    if (!response.ok || !parsed.success) throw new SyncProblem('server', String(response.status));
    return parsed.data;
  }

  async putBlob(sha256: string, bytes: Uint8Array): Promise<void> {
    const response = await this.request(`blobs/${sha256}`, {
      method: 'PUT',
      body: new Uint8Array(bytes) as Uint8Array<ArrayBuffer>,
    });
    if (!response.ok) throw new SyncProblem('server', `${response.status} ${await response.text().catch(() => '')}`);
  }

  async hasBlob(sha256: string): Promise<boolean> {
    const response = await this.request(`blobs/${sha256}`, { method: 'HEAD' });
    return response.ok;
  }

  async getBlob(sha256: string): Promise<Uint8Array | undefined> {
    const response = await this.request(`blobs/${sha256}`);
    if (response.status === 404) return undefined;
    if (!response.ok) throw new SyncProblem('server', String(response.status));
    return new Uint8Array(await response.arrayBuffer());
  }

  /** `at`: when the export was made (it may have waited offline). */
  async auditExport(document: string, at: string): Promise<void> {
    const response = await this.request('audit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'export', document, at }),
    });
    // A server error may pass; a refusal (an item not of this team) will not.
    if (response.status >= 500) throw new SyncProblem('server', String(response.status));
    if (!response.ok) throw new Error(`audit refused: ${response.status}`);
  }
}
