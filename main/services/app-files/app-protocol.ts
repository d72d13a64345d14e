/**
 * The app's own files are served from a private `app://precis/` origin, never `file://`:
 * only files inside the built renderer folder can be loaded, with the CSP header on each.
 */
import { extname, isAbsolute, join, normalize, relative } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'precis';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of our own renderer (the only pages allowed to call the API). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Maps an `app://precis/...` URL to a file inside `rendererRoot`, or `null` when the URL is
 * foreign or tries to leave the folder.
 */
export function resolveAppFile(rendererRoot: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  return resolveInsideRoot(rendererRoot, new URL(url).pathname);
}

/**
 * Maps a URL path to a file inside `root`, or `null` for anything that could leave it:
 * `..` segments (also percent-encoded), backslashes, NUL bytes. `/` means `index.html`.
 * Shared by the Electron protocol handler and the browser-mode server.
 */
export function resolveInsideRoot(root: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = normalize(join(root, relativePath));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for every file the app serves (Electron protocol and browser mode alike). */
export function appFileHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}
