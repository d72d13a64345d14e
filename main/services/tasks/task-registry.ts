/**
 * Long work the caller can watch and cancel (see shared/api/tasks.ts). A handler begins a task
 * under the caller's id, reports its progress, and checks for cancellation between steps:
 * `step()` also gives the event loop a turn, so that a `tasks:cancel` (or any other call) that
 * arrived meanwhile is answered at once instead of after the whole work.
 */
import { ApiError, translation, translateApiError, type TaskProgress } from '../../../shared/api/index.ts';
import { yieldToLoop } from './yield.ts';

/** Thrown by a cancelled task at its next step; `dispatch` answers `cancelled`. */
export class TaskCancelled extends ApiError {
  constructor() {
    const cancelled = translation('tasks.cancelled');
    super('cancelled', translateApiError(cancelled, 'en'), cancelled);
    this.name = 'TaskCancelled';
  }
}

export interface Task {
  /** Aborted when the caller cancels; pass it to work that takes a signal. */
  readonly signal: AbortSignal;
  /** How far the work is (0..1), and optionally which step it is in. */
  report(fraction: number | null, stage?: string): void;
  /** Throws TaskCancelled if the caller cancelled. */
  throwIfCancelled(): void;
  /** Lets other calls (a cancel, a progress question) run, then throws if cancelled. */
  step(fraction?: number, stage?: string): Promise<void>;
  /** The work is over (however it ended). */
  end(): void;
}

interface Running {
  controller: AbortController;
  fraction: number | null;
  stage: string | null;
}

const giveTurn = yieldToLoop;

export class TaskRegistry {
  private readonly running = new Map<string, Running>();

  /** Begins a task; without an id it can be neither watched nor cancelled, but works the same. */
  begin(taskId?: string): Task {
    const state: Running = { controller: new AbortController(), fraction: null, stage: null };
    if (taskId !== undefined) {
      // A caller reusing an id restarts it: the old one cannot be cancelled by it any more.
      this.running.set(taskId, state);
    }
    const throwIfCancelled = (): void => {
      if (state.controller.signal.aborted) throw new TaskCancelled();
    };
    const report = (fraction: number | null, stage?: string): void => {
      state.fraction = fraction === null ? null : Math.max(0, Math.min(1, fraction));
      if (stage !== undefined) state.stage = stage;
    };
    return {
      signal: state.controller.signal,
      report,
      throwIfCancelled,
      async step(fraction, stage) {
        if (fraction !== undefined) report(fraction, stage);
        await giveTurn();
        throwIfCancelled();
      },
      end: () => {
        if (taskId !== undefined && this.running.get(taskId) === state) this.running.delete(taskId);
      },
    };
  }

  progress(taskId: string): TaskProgress {
    const state = this.running.get(taskId);
    return state
      ? { state: 'running', fraction: state.fraction, stage: state.stage }
      : { state: 'unknown', fraction: null, stage: null };
  }

  /** Asks a running task to stop; false when there is none by that id. */
  cancel(taskId: string): boolean {
    const state = this.running.get(taskId);
    if (!state) return false;
    state.controller.abort(new TaskCancelled());
    return true;
  }
}
