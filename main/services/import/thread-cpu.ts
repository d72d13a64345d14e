/**
 * CPU time, per thread: an import's time limit counts the work done for it, not the time it
 * waited for a busy machine (two cores shared with a browser, a build, another import). On a
 * loaded machine a ten-second import can take a minute of wall-clock time and still be ten
 * seconds of work.
 *
 * The import worker reads its own CPU time (`process.threadCpuUsage`). Its host must be able to
 * stop a parser stuck in synchronous work, which never looks at the clock, so on Linux the
 * worker also tells the host where the kernel keeps its thread's counters
 * (/proc/self/task/<tid>/stat) and the host reads them. Elsewhere both fall back to wall-clock
 * time, as before.
 */
import { readFileSync, readlinkSync } from 'node:fs';

/** The kernel's clock ticks per second for /proc CPU counters (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

type ThreadCpuUsage = () => { user: number; system: number };

/** This thread's CPU time in milliseconds, or wall-clock time where Node cannot tell. */
export function threadCpuMs(): number {
  const usage = (process as unknown as { threadCpuUsage?: ThreadCpuUsage }).threadCpuUsage;
  if (typeof usage !== 'function') return performance.now();
  const { user, system } = usage.call(process);
  return (user + system) / 1000;
}

/** Where another thread of this process can read this thread's CPU time (Linux), if anywhere. */
export function currentThreadStatPath(): string | undefined {
  try {
    // "<pid>/task/<tid>": the link the kernel gives each thread to its own entry.
    const link = readlinkSync('/proc/thread-self');
    const match = /^(\d+)\/task\/(\d+)$/.exec(link);
    return match ? `/proc/self/task/${match[2]}/stat` : undefined;
  } catch {
    return undefined;
  }
}

/** The CPU time (ms) of the thread whose /proc stat file this is, or undefined once it is gone. */
export function readThreadCpuMs(statPath: string): number | undefined {
  try {
    const stat = readFileSync(statPath, 'latin1');
    // Fields after the command name (which may hold spaces) in parentheses; utime and stime
    // are the 14th and 15th fields, the 12th and 13th after ") ".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
