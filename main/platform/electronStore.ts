/**
 * The StoreFactory for Electron: electron-store (conf underneath, same file format as browser mode).
 * No `schema` (we validate with zod), no `migrations` (ours are in shared/), and no
 * `clearInvalidConfig` (a corrupt file must never be replaced by empty data).
 */
import ElectronStore from 'electron-store';
import type { RawStore, StoreFactory } from './backend';

export const openElectronStore: StoreFactory = ({ cwd, name }): RawStore =>
  new ElectronStore<Record<string, unknown>>({ cwd, name, clearInvalidConfig: false, configFileMode: 0o600 });
