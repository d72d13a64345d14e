/**
 * Starts the service host as an Electron utility process: a Node process of its own, so no
 * store query, import or quote check ever runs on the main thread, which draws the windows.
 */
import type { UtilityProcess } from 'electron';
import type { HostProcess } from '../services/host/host-client.ts';

export function forkUtilityHost(fork: (modulePath: string) => UtilityProcess, modulePath: string): HostProcess {
  const child = fork(modulePath);
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => {
      child.on('message', listener);
      return () => child.off('message', listener);
    },
    onExit: (listener) => void child.on('exit', listener),
    kill: () => void child.kill(),
  };
}
