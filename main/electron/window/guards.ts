/**
 * Guards on the window and its session: no navigation away from the app, no new windows,
 * no webviews, every permission request denied, and no request leaves the app's origin.
 * Written against Electron's types; `main/electron/index.ts` passes the real objects.
 */
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { APP_SCHEME, isAppUrl } from '../../services/app-files/app-protocol.ts';

/** Schemes the renderer may load from: its own files, and in-memory data it made itself. */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function guardWebContents(contents: WebContents): void {
  // The renderer is a single page: any navigation is either a bug or an attack.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  // Nothing is ever fetched from the network: cancel anything outside the app's own origin.
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}

/**
 * IPC sender check: the call must come from our main window's top frame, showing our own
 * `app://precis/` page. Subframes, other windows and foreign pages are refused.
 */
export function createSenderCheck(getMainContents: () => WebContents | undefined) {
  return (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean => {
    const main = getMainContents();
    const frame = event.senderFrame;
    if (!main || event.sender !== main || !frame) return false;
    if (frame.parent !== null) return false;
    return isAppUrl(frame.url);
  };
}
