/**
 * The one API client. In Electron it calls the preload's `precis.invoke`; in browser mode it
 * POSTs to the local server with the per-launch token the server put in the page. Types come
 * from the shared contract, so a call with the wrong input or a misread output does not compile.
 */
import type {
  ApiChannel,
  ApiErrorCode,
  ApiInput,
  ApiOutput,
  KeptExportResult,
  Result,
} from '../../shared/api/index.ts';
import { i18n } from '../i18n/index.ts';

declare global {
  interface Window {
    precis?: { invoke: (channel: string, input: unknown) => Promise<unknown> };
  }
}

/** An API call that failed; `message` is written for the user. */
export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
  }
}

type Transport = (channel: ApiChannel, input: unknown, options?: CallOptions) => Promise<Result<unknown>>;

export interface CallOptions {
  /** Let the request finish even if the page is closing (browser mode; a note's last edit). */
  keepalive?: boolean;
}

/** Header and meta names shared with main/shells/browser/server.ts. */
export const TOKEN_HEADER = 'X-Precis-Token';
export const TOKEN_META = 'precis-api-token';

let unloading = false;

/**
 * The page is closing: requests from now on outlive it (browsers keep a `keepalive` request
 * going after the page is gone, up to 64 KB of body), so the last save still lands.
 */
export function beginUnload(): void {
  unloading = true;
}

/** Browsers refuse `keepalive` requests whose bodies add up to more than 64 KB. */
const KEEPALIVE_MAX_BODY = 60_000;

function httpTransport(token: string): Transport {
  return async (channel, input, options) => {
    let response: Response;
    try {
      const body = JSON.stringify(input ?? {});
      response = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body,
        credentials: 'omit',
        cache: 'no-store',
        // While the page closes (beginUnload) every request outlives it; others ask for it. Browsers
        // cap keep-alive bodies at 64 KB: a larger one goes as an ordinary request.
        keepalive: (unloading || options?.keepalive === true) && body.length < KEEPALIVE_MAX_BODY,
      });
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: i18n.t('app.unreachable') },
      };
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      // Not the API's JSON: a browser-mode server started again since this page was opened
      // (it has a new token and refuses the old one), or something else on that port.
      const restarted = response.status === 401 || response.status === 403;
      return {
        ok: false,
        error: { code: 'forbidden', message: i18n.t(restarted ? 'hostile.restarted' : 'app.unreachable') },
      };
    }
  };
}

function chooseTransport(): Transport {
  if (window.precis) {
    const bridge = window.precis;
    return (channel, input) => bridge.invoke(channel, input) as Promise<Result<unknown>>;
  }
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content;
  if (token) return httpTransport(token);
  return async () => ({
    ok: false,
    error: {
      code: 'forbidden',
      message: i18n.t('app.notOpenedByPrecis'),
    },
  });
}

let transport: Transport | undefined;

/** Calls an API method; resolves with its output or rejects with an `ApiCallError`. */
export async function call<C extends ApiChannel>(
  channel: C,
  input: ApiInput<C>,
  options?: CallOptions,
): Promise<ApiOutput<C>> {
  transport ??= chooseTransport();
  const result = await transport(channel, input, options);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value as ApiOutput<C>;
}

/** How an export reached the user. */
export type Delivery = 'saved' | 'cancelled' | 'downloaded';

/**
 * Delivers a file an export method made (`export:pdf`, `export:docx`). The page never names a path: in
 * Electron the main process asks where to save it with its own dialog (`export:save`); in
 * browser mode the page downloads it from the server (POST exports/<id>, token-checked, sent once).
 */
export async function deliverExport(file: KeptExportResult): Promise<Delivery> {
  if (window.precis) {
    const { saved } = await call('export:save', { exportId: file.exportId });
    return saved ? 'saved' : 'cancelled';
  }
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content;
  let response: Response | undefined;
  try {
    response = await fetch(`./exports/${encodeURIComponent(file.exportId)}`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: token ?? '' },
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    response = undefined;
  }
  if (!response?.ok)
    throw new ApiCallError(
      'not-found',
      i18n.t(file.mediaType === 'application/pdf' ? 'hostile.export.pdfDownloadFailed' : 'docx.downloadFailed'),
    );
  const url = URL.createObjectURL(new Blob([await response.arrayBuffer()], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
