/**
 * The import worker thread: runs the whole pipeline (`importDocumentWithin`) away from the main
 * thread, because the HTML and Markdown parsers are synchronous and a hostile file can keep them
 * busy for minutes. The host (worker-host.ts) terminates this thread at the deadline; here we
 * only translate messages. One import at a time; the thread is reused while it behaves.
 */
import { parentPort } from 'node:worker_threads';
import { restrictNewFiles } from '../private-files.ts';
import { ImportError, importDocumentWithin } from './index.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs only as a worker thread');
// The thread shares its process's umask 077 (set by the shell; Node refuses to set it in a
// thread): whatever a parser might write is owner-only too.
restrictNewFiles();

port.on('message', (request: WorkerRequest) => {
  const reply = (message: WorkerReply): void => port.postMessage(message);
  reply({ type: 'started', id: request.id });
  importDocumentWithin(request.timeoutMs, request.input, {
    onProgress: (fraction) => reply({ type: 'progress', id: request.id, fraction }),
  }).then(
    (result) => reply({ type: 'done', id: request.id, result }),
    (error: unknown) =>
      reply({
        type: 'failed',
        id: request.id,
        error:
          error instanceof ImportError
            ? {
                importError: true,
                code: error.code,
                key: error.key,
                fileName: error.fileName,
                vars: error.vars,
                message: error.message,
              }
            : { importError: false, code: null, message: error instanceof Error ? error.message : String(error) },
      }),
  );
});
