/**
 * Preload (sandboxed, CommonJS): exposes exactly one function, `precis.invoke`, limited to
 * the API's method names. No Node, no Electron objects and no event emitters reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isApiChannel } from '../../../shared/api/channels.ts';

contextBridge.exposeInMainWorld('precis', {
  invoke: (channel: unknown, input: unknown): Promise<unknown> =>
    isApiChannel(channel)
      ? // The main process passes the Result on as JSON text: it is parsed here, not there.
        ipcRenderer
          .invoke(channel, input)
          .then((answer: unknown) => (typeof answer === 'string' ? JSON.parse(answer) : answer))
      : Promise.resolve({
          ok: false,
          error: { code: 'unknown-method', message: `Unknown API method “${String(channel)}”.` },
        }),
});
