/**
 * What a sandboxed preload may use of Electron, typed without Node: the preload's tsconfig maps
 * `electron` here instead of to electron.d.ts, which pulls in Node's types (see tsconfig.json).
 * The bundle still imports the real module; this only narrows what compiles.
 */
export declare const contextBridge: {
  exposeInMainWorld(apiKey: string, api: Record<string, unknown>): void;
};

export declare const ipcRenderer: {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
};
