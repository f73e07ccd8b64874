/**
 * Import rules of spec §3: each response file is judged on its own, in the order given. Pure apart
 * from WebCrypto; the caller stores the accepted answers (main/features/feedbackImport.ts).
 */
import type { QuestionnaireVersion } from '../../kernel/compass/model';
import { responseTooLarge } from '../exchange/formatConstants';
import { decryptResponse } from '../exchange/responseCrypto';
import {
  RESPONSE_FORMAT,
  responseFileSchema,
  responsePayloadSchema,
  type RaterGroup,
  type ResponsePayload,
} from '../exchange/formats';

export const REFUSAL_REASONS = [
  'too-large',
  'not-json',
  'wrong-format',
  'unknown-version',
  'unknown-round',
  'round-closed',
  'not-decryptable',
  'invalid-payload',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type FileOutcome =
  | { readonly name: string; readonly outcome: 'accepted' | 'duplicate'; readonly reason: null }
  | { readonly name: string; readonly outcome: 'refused'; readonly reason: RefusalReason };

export interface IncomingFile {
  readonly name: string;
  /** Size in bytes as the file system reports it. */
  readonly size: number;
  /** The file's text; null when it was too large to read. */
  readonly content: string | null;
}

export interface ImportTarget {
  readonly closed: boolean;
  readonly groups: readonly RaterGroup[];
  /** The round's questionnaire version: an answer given with another one is refused (spec §1, §3). */
  readonly questionnaire: QuestionnaireVersion;
  /** responseIds already stored for this round. */
  readonly seen: ReadonlySet<string>;
  /** The round's private key, imported once. */
  readonly key: () => Promise<CryptoKey>;
}

export interface ImportResult {
  readonly outcomes: FileOutcome[];
  /** Accepted answers per round id, in file order. */
  readonly accepted: Map<string, ResponsePayload[]>;
  /** Per outcome (same order): the round an accepted file belongs to, else null. */
  readonly roundOf: (string | null)[];
}

type Judged = { kind: 'refused'; reason: RefusalReason } | { kind: 'ok'; roundId: string; payload: ResponsePayload };

const utf8 = new TextEncoder();

async function judge(file: IncomingFile, targets: ReadonlyMap<string, ImportTarget>): Promise<Judged> {
  const refuse = (reason: RefusalReason): Judged => ({ kind: 'refused', reason });
  if (file.content === null || responseTooLarge(file.size) || responseTooLarge(utf8.encode(file.content).length)) {
    return refuse('too-large');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(file.content);
  } catch {
    return refuse('not-json');
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== RESPONSE_FORMAT) return refuse('wrong-format');
  if (head.version !== 1) return refuse('unknown-version');
  const parsed = responseFileSchema.safeParse(raw);
  if (!parsed.success) return refuse('wrong-format');
  const target = targets.get(parsed.data.roundId);
  if (!target) return refuse('unknown-round');
  if (target.closed) return refuse('round-closed');
  const plaintext = await decryptResponse(parsed.data, await target.key());
  if (plaintext === null) return refuse('not-decryptable');
  let payload: unknown;
  try {
    payload = JSON.parse(plaintext);
  } catch {
    return refuse('invalid-payload');
  }
  const checked = responsePayloadSchema.safeParse(payload);
  if (!checked.success || !target.groups.includes(checked.data.raterGroup)) return refuse('invalid-payload');
  // "Wrong questionnaire" is a payload that fails validation (spec §3): a round accepts only its own version.
  if (checked.data.questionnaire.version !== target.questionnaire) return refuse('invalid-payload');
  return { kind: 'ok', roundId: parsed.data.roundId, payload: checked.data };
}

export async function importResponseFiles(
  files: readonly IncomingFile[],
  targets: ReadonlyMap<string, ImportTarget>,
): Promise<ImportResult> {
  const judged = await Promise.all(files.map((file) => judge(file, targets)));
  const outcomes: FileOutcome[] = [];
  const accepted = new Map<string, ResponsePayload[]>();
  const roundOf: (string | null)[] = [];
  const seenInBatch = new Set<string>();
  judged.forEach((result, i) => {
    const name = files[i]?.name ?? '';
    if (result.kind === 'refused') {
      outcomes.push({ name, outcome: 'refused', reason: result.reason });
      roundOf.push(null);
      return;
    }
    const id = result.payload.responseId;
    if (targets.get(result.roundId)?.seen.has(id) || seenInBatch.has(id)) {
      outcomes.push({ name, outcome: 'duplicate', reason: null });
      roundOf.push(null);
      return;
    }
    seenInBatch.add(id);
    const list = accepted.get(result.roundId) ?? [];
    list.push(result.payload);
    accepted.set(result.roundId, list);
    outcomes.push({ name, outcome: 'accepted', reason: null });
    roundOf.push(result.roundId);
  });
  return { outcomes, accepted, roundOf };
}
