/**
 * Writing and reading the profile share file (spec §5). The writer hands out exactly the object the
 * consent screen showed, as text; the reader refuses in the spirit of a bad response file (spec §3):
 * one reason per file, nothing half-read. The writer runs the reader's checks, so it never hands out
 * a file the facilitator's app would refuse.
 */
import type { QuestionnaireVersion } from '../../kernel/compass/model';
import { SHARE_FORMAT, SHARE_MAX_BYTES, SHARE_VERSION, shareFileSchema, type ShareFile } from './shareFormat';

export const SHARE_REFUSALS = [
  /** Larger than SHARE_MAX_BYTES: refused before parsing. */
  'too-large',
  'not-json',
  /** Valid JSON, but not a share file (another format, or none). */
  'not-a-share-file',
  /** A whole-number version higher than this app reads: made by a newer app. */
  'newer-version',
  /** A version that no app writes (0, "1", 1.5, missing). */
  'unknown-version',
  /** Damaged or altered: a value out of range or off the 0.25 step, a bad period, an extra or missing field, a route twice. */
  'invalid',
  /** Another questionnaire than the one the cohort compares (only when the caller names one). */
  'questionnaire-mismatch',
] as const;
export type ShareRefusal = (typeof SHARE_REFUSALS)[number];

export type ReadShareResult = { readonly ok: true; readonly file: ShareFile } | { readonly ok: false; readonly reason: ShareRefusal };
export type WrittenShareResult =
  | { readonly ok: true; readonly file: ShareFile; readonly text: string }
  | { readonly ok: false; readonly reason: ShareRefusal };

/** The questionnaire a cohort compares: a file made with another one is refused. */
export interface ExpectedQuestionnaire {
  readonly id: 'kompas';
  readonly version: QuestionnaireVersion;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function versionVerdict(version: unknown): 'known' | 'newer-version' | 'unknown-version' {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return 'unknown-version';
  return version > SHARE_VERSION ? 'newer-version' : 'known';
}

function judge(value: unknown, expected: ExpectedQuestionnaire | null): ReadShareResult {
  if (!isRecord(value) || value.format !== SHARE_FORMAT) return { ok: false, reason: 'not-a-share-file' };
  const version = versionVerdict(value.version);
  if (version !== 'known') return { ok: false, reason: version };
  const parsed = shareFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const file = parsed.data;
  if (expected && (file.questionnaire.id !== expected.id || file.questionnaire.version !== expected.version)) {
    return { ok: false, reason: 'questionnaire-mismatch' };
  }
  return { ok: true, file };
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

function tooLarge(text: string): boolean {
  // A UTF-16 code unit is at least one UTF-8 byte: a long string is too large without encoding it.
  return text.length > SHARE_MAX_BYTES || utf8Length(text) > SHARE_MAX_BYTES;
}

/**
 * The text of the file for `content`, the object the consent screen shows: the same fields in the
 * same order, indented so that a member who opens the file reads it as easily as the screen.
 */
export function shareFile(content: ShareFile): WrittenShareResult {
  const text = `${JSON.stringify(content, null, 2)}\n`;
  if (tooLarge(text)) return { ok: false, reason: 'too-large' };
  const judged = judge(JSON.parse(text), null);
  return judged.ok ? { ok: true, file: judged.file, text } : judged;
}

/** Reads a share file's text: the file, or the first reason to refuse it. */
export function readShareFile(text: string, expected: ExpectedQuestionnaire | null = null): ReadShareResult {
  if (tooLarge(text)) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return judge(value, expected);
}
