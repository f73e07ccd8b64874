/**
 * Import rules of spec §3: each response file is judged on its own, in the order given, and refused
 * with the reason that tells the leader what happened. Pure: the caller decrypts (main uses
 * node:crypto, see main/features/responseDecrypt.ts) and stores the accepted answers.
 */
import type { QuestionnaireVersion } from '../../kernel/compass/model';
import { responseTooLarge } from '../exchange/formatConstants';
import {
  RESPONSE_FORMAT,
  responseFileSchema,
  responsePayloadSchema,
  type RaterGroup,
  type ResponseFile,
  type ResponsePayload,
} from '../exchange/formats';

/** The response format versions this app reads (spec §2); a higher number comes from a newer app. */
export const RESPONSE_VERSIONS: readonly number[] = [1];

export const REFUSAL_REASONS = [
  /** Larger than a response file can be (256 KiB): not read. */
  'too-large',
  /** Not JSON: not a response file at all. */
  'not-json',
  /** JSON, but not a response (another format, or no format). */
  'wrong-format',
  /** A response naming a version that does not exist (0, "1", 1.5, none). */
  'unknown-version',
  /** A response of a version higher than the app knows: made by a newer app. */
  'newer-version',
  /** A response of a known version whose fields are not as the spec says (an extra field, a bad key). */
  'invalid-file',
  /** For a round this profile does not have. */
  'unknown-round',
  /** For a round that is closed (named in the outcome). */
  'round-closed',
  /** Cannot be decrypted: changed or damaged, or encrypted for another key. */
  'not-decryptable',
  /** Decrypted, but the answers are not valid: unknown item, value out of range, text too long, extra field, group not asked, other questionnaire. */
  'invalid-payload',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** The round a file belongs to, when it is one of the profile's rounds. */
export interface RoundRef {
  readonly id: string;
  readonly name: string;
}

export type FileOutcome =
  | { readonly name: string; readonly outcome: 'accepted' | 'duplicate'; readonly reason: null; readonly round: RoundRef }
  | { readonly name: string; readonly outcome: 'refused'; readonly reason: RefusalReason; readonly round: RoundRef | null };

export interface IncomingFile {
  readonly name: string;
  /** Size in bytes as the file system reports it. */
  readonly size: number;
  /** The file's text; null when it was too large to read. */
  readonly content: string | null;
}

export interface ImportTarget {
  readonly name: string;
  readonly closed: boolean;
  readonly groups: readonly RaterGroup[];
  /** The round's questionnaire version: an answer given with another one is refused (spec §1, §3). */
  readonly questionnaire: QuestionnaireVersion;
  /** responseIds already stored for this round. */
  readonly seen: ReadonlySet<string>;
  /** Decrypts a (schema-checked) file with the round's private key: the plaintext, or null when it cannot. */
  readonly decrypt: (file: ResponseFile) => string | null;
}

export type Judged =
  | { readonly kind: 'refused'; readonly reason: RefusalReason; readonly round: RoundRef | null }
  | { readonly kind: 'ok'; readonly round: RoundRef; readonly payload: ResponsePayload };

export interface ImportResult {
  readonly outcomes: FileOutcome[];
  /** Accepted answers per round id, in file order. */
  readonly accepted: Map<string, ResponsePayload[]>;
}

const utf8 = new TextEncoder();

/** Whether the text's UTF-8 form is too large; encoded only when it could be (at most 3 bytes per UTF-16 unit). */
function textTooLarge(text: string): boolean {
  return responseTooLarge(text.length * 3) && responseTooLarge(utf8.encode(text).length);
}

function refused(reason: RefusalReason, round: RoundRef | null = null): Judged {
  return { kind: 'refused', reason, round };
}

/** What the file's `version` says: a version we read, a newer one, or none that exists. */
function versionVerdict(version: unknown): 'known' | 'newer-version' | 'unknown-version' {
  if (typeof version !== 'number' || !Number.isInteger(version)) return 'unknown-version';
  if (RESPONSE_VERSIONS.includes(version)) return 'known';
  return version > Math.max(...RESPONSE_VERSIONS) ? 'newer-version' : 'unknown-version';
}

/** The checks that need no key: size, JSON, format, version and the file's fields (spec §2, §3). */
export function readResponseFile(file: IncomingFile): { readonly file: ResponseFile } | { readonly reason: RefusalReason } {
  if (file.content === null || responseTooLarge(file.size) || textTooLarge(file.content)) {
    return { reason: 'too-large' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(file.content);
  } catch {
    return { reason: 'not-json' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { reason: 'wrong-format' };
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== RESPONSE_FORMAT) return { reason: 'wrong-format' };
  const version = versionVerdict(head.version);
  if (version !== 'known') return { reason: version };
  const parsed = responseFileSchema.safeParse(raw);
  return parsed.success ? { file: parsed.data } : { reason: 'invalid-file' };
}

/** The payload's checks (spec §2, §3): valid JSON, the schema, a group the round asked, the round's questionnaire. */
export function checkPayload(plaintext: string, target: Pick<ImportTarget, 'groups' | 'questionnaire'>): ResponsePayload | null {
  let payload: unknown;
  try {
    payload = JSON.parse(plaintext);
  } catch {
    return null;
  }
  const checked = responsePayloadSchema.safeParse(payload);
  if (!checked.success || !target.groups.includes(checked.data.raterGroup)) return null;
  // "Wrong questionnaire" is a payload that fails validation (spec §3): a round accepts only its own version.
  return checked.data.questionnaire.version === target.questionnaire ? checked.data : null;
}

/** Judges one file against the profile's rounds as they are now. */
export function judgeFile(file: IncomingFile, targets: ReadonlyMap<string, ImportTarget>): Judged {
  const read = readResponseFile(file);
  if ('reason' in read) return refused(read.reason);
  const target = targets.get(read.file.roundId);
  if (!target) return refused('unknown-round');
  const round: RoundRef = { id: read.file.roundId, name: target.name };
  if (target.closed) return refused('round-closed', round);
  const plaintext = target.decrypt(read.file);
  if (plaintext === null) return refused('not-decryptable', round);
  const payload = checkPayload(plaintext, target);
  return payload ? { kind: 'ok', round, payload } : refused('invalid-payload', round);
}

/**
 * Turns judged files (in file order) into outcomes: a responseId seen before in the same round,
 * stored or earlier in this batch, is a duplicate (spec §3). The same id in another round is not.
 */
export function sortJudged(
  files: readonly Pick<IncomingFile, 'name'>[],
  judged: readonly Judged[],
  targets: ReadonlyMap<string, ImportTarget>,
): ImportResult {
  const outcomes: FileOutcome[] = [];
  const accepted = new Map<string, ResponsePayload[]>();
  const seenInBatch = new Map<string, Set<string>>();
  judged.forEach((result, i) => {
    const name = files[i]?.name ?? '';
    if (result.kind === 'refused') {
      outcomes.push({ name, outcome: 'refused', reason: result.reason, round: result.round });
      return;
    }
    const roundId = result.round.id;
    const id = result.payload.responseId;
    const batchSeen = seenInBatch.get(roundId) ?? new Set<string>();
    seenInBatch.set(roundId, batchSeen);
    if (targets.get(roundId)?.seen.has(id) || batchSeen.has(id)) {
      outcomes.push({ name, outcome: 'duplicate', reason: null, round: result.round });
      return;
    }
    batchSeen.add(id);
    const list = accepted.get(roundId) ?? [];
    list.push(result.payload);
    accepted.set(roundId, list);
    outcomes.push({ name, outcome: 'accepted', reason: null, round: result.round });
  });
  return { outcomes, accepted };
}

/** Judges and sorts a batch in one go. */
export function importResponseFiles(files: readonly IncomingFile[], targets: ReadonlyMap<string, ImportTarget>): ImportResult {
  return sortJudged(
    files,
    files.map((file) => judgeFile(file, targets)),
    targets,
  );
}
