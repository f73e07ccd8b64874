/** Path aliases shared by every bundler and test runner (tsconfig.json "paths" says the same for tsc). */
import { resolve } from 'node:path';

export const aliases = {
  '@shared': resolve(import.meta.dirname, 'shared'),
  '@main': resolve(import.meta.dirname, 'main'),
  '@renderer': resolve(import.meta.dirname, 'renderer'),
};
