/**
 * File names of spec §6: `kompas-backup-YYYY-MM-DD.json` (everything) and
 * `kompas-profiel-<alias>-YYYY-MM-DD.json` (one profile). The date is the caller's local calendar date
 * (kernel/dates.ts localIsoDate); the alias is made safe to use as (part of) a file name anywhere.
 */
import { isRealIsoDate } from '../../kernel/dates';
import type { BackupScope } from './backupFormat';

/** Longest alias part, in code points: the whole name stays far below every file system's limit. */
export const FILE_NAME_ALIAS_MAX = 60;

/** Names Windows reserves for devices, whatever the case or extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/iu;

/**
 * An alias as a file-name part: letters (accents included, any script), combining marks and digits
 * are kept; every other run (spaces, slashes, control and bidi characters, `<>:"|?*`, dots, quotes)
 * becomes one `-`; no `-` at either end; at most FILE_NAME_ALIAS_MAX code points; a Windows device
 * name gets a trailing `_`. Empty when nothing usable is left.
 */
export function safeFileNamePart(alias: string): string {
  const dashed = alias
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  const cut = Array.from(dashed).slice(0, FILE_NAME_ALIAS_MAX).join('').replace(/-+$/u, '');
  // A mark cannot start the name (it would join nothing).
  const part = cut.replace(/^\p{M}+/u, '');
  return WINDOWS_RESERVED.test(part) ? `${part}_` : part;
}

function checkedDate(date: string): string {
  if (!isRealIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return date;
}

/** `kompas-backup-YYYY-MM-DD.json`; `date` is a real calendar date `YYYY-MM-DD` (else RangeError). */
export function backupFileName(date: string): string {
  return `kompas-backup-${checkedDate(date)}.json`;
}

/** `kompas-profiel-<alias>-YYYY-MM-DD.json`, or `kompas-profiel-YYYY-MM-DD.json` when no part of the alias is usable. */
export function profileFileName(alias: string, date: string): string {
  const part = safeFileNamePart(alias);
  return part === '' ? `kompas-profiel-${checkedDate(date)}.json` : `kompas-profiel-${part}-${checkedDate(date)}.json`;
}

/** The file name for a scope: main passes the profile's alias for `profile`. */
export function backupFileNameFor(scope: BackupScope, date: string, alias = ''): string {
  return scope === 'all' ? backupFileName(date) : profileFileName(alias, date);
}
