/**
 * The key-value file library underneath our document store: electron-store in Electron, `conf`
 * (its base, same file format) in browser mode and tests. We only use its whole-document
 * `store` property, which conf writes atomically (temp file in the same folder + rename).
 */
export interface RawStore {
  readonly path: string;
  store: Record<string, unknown>;
}

export type StoreFactory = (options: { cwd: string; name: string }) => RawStore;
