/** Lets the event loop run whatever is waiting (other calls, messages) before going on. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
