/**
 * The service host's port over a worker thread: the stand-in for Electron's utility process
 * in tests and the bench (same messages, same host code, plain Node).
 */
import { parentPort, Worker } from 'node:worker_threads';
import { workerExecArgv } from '../worker-entry.ts';
import type { HostProcess } from './host-client.ts';
import type { HostPort } from './protocol.ts';

/** Inside the thread: the port to whoever started it. */
export function threadParentPort(): HostPort {
  const port = parentPort;
  if (!port) throw new Error('the service host thread runs only as a worker thread');
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.on('message', listener);
      return () => port.off('message', listener);
    },
  };
}

/** Starts a host in a worker thread running `entry` (host-thread.ts, or the Electron entry). */
export function spawnHostThread(entry: URL): HostProcess {
  const worker = new Worker(entry, { execArgv: workerExecArgv(entry) });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => {
      worker.on('message', listener);
      return () => worker.off('message', listener);
    },
    onExit: (listener) => void worker.on('exit', listener),
    kill: () => void worker.terminate(),
  };
}
