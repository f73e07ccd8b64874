/**
 * The key-value file library that keeps the small settings document: electron-store in Electron,
 * `conf` (its base, same file format) in browser mode and tests. We only use its whole-document
 * `store` property. Its writes (through `atomically`) ignore a short write, so the storage layer
 * reads every write back (main/storage/workspace.ts); users' documents go through our own writer.
 */
export interface RawStore {
  readonly path: string;
  store: Record<string, unknown>;
}

export type StoreFactory = (options: { cwd: string; name: string }) => RawStore;
