import Conf from 'conf';
import type { StoreFactory } from './backend';

/** The StoreFactory for browser mode and tests: `conf`, electron-store's base (same file format). */
export const confStoreFactory: StoreFactory = ({ cwd, name }) =>
  new Conf<Record<string, unknown>>({ cwd, configName: name, clearInvalidConfig: false, configFileMode: 0o600 });
