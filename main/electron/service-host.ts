/**
 * Entry of the desktop app's service host: an Electron utility process (built as
 * out/main/service-host.js) that runs the library and answers the API over its parent port
 * (main/services/host/). Run as a worker thread (the main-process test's stand-in for
 * `utilityProcess`), it answers over the thread's port instead: the same host either way.
 */
import type { ParentPort } from 'electron';
import type { HostPort } from '../services/host/protocol.ts';
import { runServiceHost } from '../services/host/service-host.ts';
import { threadParentPort } from '../services/host/thread-port.ts';

const electronPort = (process as { parentPort?: ParentPort }).parentPort;

function utilityParentPort(port: ParentPort): HostPort {
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => {
      const onMessage = (event: { data: unknown }): void => listener(event.data);
      port.on('message', onMessage);
      return () => port.off('message', onMessage);
    },
  };
}

runServiceHost(electronPort ? utilityParentPort(electronPort) : threadParentPort());
