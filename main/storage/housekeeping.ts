/**
 * Tidying the data folder at start: leftover temp files of our writer (`.<name>.<hex>.tmp`) and of
 * conf's (`<name>.tmp-<digits><hex>`) are complete or partial documents from a crash: removed.
 * Folders become 0700 and files 0600, also for data made by an earlier version.
 */
import { chmodSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DIR_MODE, FILE_MODE, TEMP_FILE_PATTERN } from './durableWrite';

const CONF_TEMP_PATTERN = /\.tmp-\d{10}[a-f0-9]{6}$/;
/** Folders of a profile being deleted (workspace.ts): a crash during removal leaves one. */
export const DELETING_PREFIX = '.deleting-';
/** Half-built profile folders of an interrupted layout migration (layoutV1.ts), and profiles being deleted. */
export const STAGING_PATTERN = /^\.(migrating|deleting)-/;

export function isLeftover(name: string): boolean {
  return TEMP_FILE_PATTERN.test(name) || CONF_TEMP_PATTERN.test(name);
}

export function tidyDataFolder(dataDir: string): void {
  walk(dataDir);
}

function walk(dir: string): void {
  chmodQuietly(dir, DIR_MODE);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      if (STAGING_PATTERN.test(entry.name)) rmSync(path, { recursive: true, force: true });
      else walk(path);
    } else if (entry.isFile()) {
      if (isLeftover(entry.name)) rmSync(path, { force: true });
      else chmodQuietly(path, FILE_MODE);
    }
  }
}

function chmodQuietly(path: string, mode: number): void {
  try {
    if ((lstatSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch {
    /* not ours to change (another owner) or not supported (Windows): leave it */
  }
}
