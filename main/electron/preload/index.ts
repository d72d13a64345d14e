/**
 * Preload (sandboxed, CommonJS): exposes exactly one function, `precis.invoke`, limited to
 * the API's method names. No Node, no Electron objects and no event emitters reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isApiChannel } from '../../../shared/api/channels.ts';

contextBridge.exposeInMainWorld('precis', {
  invoke: (channel: unknown, input: unknown): Promise<unknown> =>
    isApiChannel(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.resolve({
          ok: false,
          error: { code: 'unknown-method', message: `Unknown API method “${String(channel)}”.` },
        }),
});
