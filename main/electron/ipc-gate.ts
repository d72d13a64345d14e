/**
 * The ONLY place that touches ipcMain: one `ipcMain.handle` per API method. Each call is
 * refused unless it comes from our own window's main frame, then validated by `dispatch`.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_CHANNELS } from '../../shared/api/index.ts';
import type { ApiContext } from '../services/api/context.ts';
import { dispatch } from '../services/api/dispatch.ts';
import type { ApiHandlers } from '../services/api/handler.ts';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export function registerIpcApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ApiHandlers,
  context: ApiContext,
  isTrustedSender: SenderCheck,
): void {
  for (const channel of API_CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: 'This window may not call Précis.' } };
      }
      return dispatch(handlers, context, channel, input);
    });
  }
}
