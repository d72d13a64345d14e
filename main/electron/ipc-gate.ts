/**
 * The ONLY place that touches ipcMain: one `ipcMain.handle` per API method. Each call is
 * refused unless it comes from our own window's main frame, then forwarded (to the service
 * host in the app, which validates it in `dispatch`). Answers are the Result as JSON text,
 * passed on unparsed: the preload parses it, in the window's process.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_CHANNELS } from '../../shared/api/index.ts';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** Runs one API call; resolves with its Result as JSON text. */
export type ApiForwarder = (channel: string, input: unknown) => Promise<string>;

const FORBIDDEN = JSON.stringify({
  ok: false,
  error: { code: 'forbidden', message: 'This window may not call Précis.' },
});

export function registerIpcApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  forward: ApiForwarder,
  isTrustedSender: SenderCheck,
): void {
  for (const channel of API_CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return FORBIDDEN;
      return forward(channel, input);
    });
  }
}
