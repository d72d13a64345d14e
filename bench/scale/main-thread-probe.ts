/**
 * Runs the real Electron main process (main/electron/index.ts) on a library, with the recording
 * `electron` stand-in (the binary cannot run here) and the service host in a worker thread, then
 * makes the window's API calls through its IPC handlers and reports how long any of them held
 * the main thread and the host's event loop. A child process of the scale bench:
 *
 *   node bench/scale/main-thread-probe.ts STORE_DIR CALLS_JSON
 *
 * prints one JSON line: { mainMaxDelayMs, maxHandlerMs, hostMaxHoldMs, calls: [{channel, ms}] }.
 */
import { register } from 'node:module';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';

register(new URL('./electron-stand-in/hooks.ts', import.meta.url));

const [storeDir, callsJson] = process.argv.slice(2);
if (!storeDir || !callsJson) throw new Error('usage: main-thread-probe.ts STORE_DIR CALLS_JSON');
process.env.PRECIS_STORE = storeDir;

interface Record {
  windows: Array<{ webContents: unknown }>;
  ipc: Map<string, (event: unknown, input: unknown) => Promise<unknown>>;
  hosts: Worker[];
  appEvents: Map<string, (...args: unknown[]) => unknown>;
}

const loop = monitorEventLoopDelay({ resolution: 1 });
await import('../../main/electron/index.ts');
const record = (globalThis as { __precisStandIn?: Record }).__precisStandIn as Record;
while (record.windows.length === 0 || record.ipc.size === 0) await new Promise((resolve) => setTimeout(resolve, 20));
const event = { sender: record.windows[0]?.webContents, senderFrame: { url: 'app://precis/index.html', parent: null } };

let statsId = 1_000_000_000;
function hostStats(): Promise<{ maxHoldMs: number }> {
  const host = record.hosts.at(-1) as Worker;
  const id = statsId++;
  return new Promise((resolve) => {
    const listen = (message: { type?: string; id?: number; stats?: { maxHoldMs: number } }) => {
      if (message.type !== 'stats' || message.id !== id) return;
      host.off('message', listen);
      resolve(message.stats as { maxHoldMs: number });
    };
    host.on('message', listen);
    host.postMessage({ type: 'stats', id });
  });
}

const calls = JSON.parse(callsJson) as Array<[string, unknown]>;
// One call first: the host has opened the library and warmed its statements.
await record.ipc.get('app:info')?.(event, {});
await hostStats();
loop.enable();
let maxHandlerMs = 0;
const timings: Array<{ channel: string; ms: number; ok: boolean }> = [];
for (const [channel, input] of calls) {
  const handler = record.ipc.get(channel);
  if (!handler) throw new Error(`no IPC handler for ${channel}`);
  const started = performance.now();
  const pending = handler(event, input);
  // The handler's own time on the main thread: until it hands the call to the host.
  maxHandlerMs = Math.max(maxHandlerMs, performance.now() - started);
  const answer = JSON.parse((await pending) as string) as { ok: boolean };
  timings.push({ channel, ms: performance.now() - started, ok: answer.ok });
}
loop.disable();
const host = await hostStats();
console.log(
  JSON.stringify({ mainMaxDelayMs: loop.max / 1e6, maxHandlerMs, hostMaxHoldMs: host.maxHoldMs, calls: timings }),
);
await record.appEvents.get('will-quit')?.();
process.exit(0);
