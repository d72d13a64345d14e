// @vitest-environment jsdom
/**
 * The close guard on its own: what the desktop window does when it closes with a comment
 * typed less than a second ago (waits, saves, then closes), and what a browser tab does (saves
 * at once, never blocks). The whole path is also run in Chromium by test/e2e/daily-keyboard.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushUnsaved, hasUnsaved, onBeforeUnload, registerUnsaved } from './unsaved.ts';

function unloadEvent(): BeforeUnloadEvent {
  return new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
}

/** An editor holding `text` until flushed; the store receives it after a delay, as over IPC. */
function editor(saved: string[], text: string) {
  let pending: string | null = text;
  return {
    pending: () => pending !== null,
    flush: () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          if (pending !== null) saved.push(pending);
          pending = null;
          resolve();
        }, 20),
      ),
  };
}

const unregister: Array<() => void> = [];
afterEach(() => unregister.splice(0).forEach((u) => u()));

describe('closing the window with unsaved text', () => {
  it('in the desktop app: cancels the close, saves, then closes', async () => {
    const saved: string[] = [];
    unregister.push(registerUnsaved(editor(saved, 'Check the numbers')));
    const close = vi.fn();
    const event = unloadEvent();
    onBeforeUnload(event, true, close);
    expect(event.defaultPrevented).toBe(true);
    expect(close).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(saved).toEqual(['Check the numbers']);
    expect(hasUnsaved()).toBe(false);
    // The close it then makes goes through.
    const again = unloadEvent();
    onBeforeUnload(again, true, close);
    expect(again.defaultPrevented).toBe(false);
  });

  it('in a browser: never blocks, saves at once', async () => {
    const saved: string[] = [];
    unregister.push(registerUnsaved(editor(saved, 'Follow up with the desk')));
    const close = vi.fn();
    const event = unloadEvent();
    onBeforeUnload(event, false, close);
    expect(event.defaultPrevented).toBe(false);
    await vi.waitFor(() => expect(saved).toEqual(['Follow up with the desk']));
    expect(close).not.toHaveBeenCalled();
  });

  it('does nothing when everything is saved, and forgets editors that closed', async () => {
    const saved: string[] = [];
    const remove = registerUnsaved(editor(saved, 'gone'));
    remove();
    expect(hasUnsaved()).toBe(false);
    const event = unloadEvent();
    onBeforeUnload(event, true, vi.fn());
    expect(event.defaultPrevented).toBe(false);
    await flushUnsaved();
    expect(saved).toEqual([]);
  });
});
