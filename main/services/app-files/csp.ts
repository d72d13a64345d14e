/**
 * The Content-Security-Policy of every page Précis shows: only the app's own scripts,
 * styles, fonts and API; no inline script, no eval, no remote source, no frames, no plugins.
 * Imported documents are rendered as text, so nothing they contain can widen this.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "object-src 'none'",
  "media-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
