/**
 * The response payload of spec §2, built from the respondent's answers: every item id with 1–5 or null
 * ("kan ik niet beoordelen"), comments trimmed and left out when empty. Nothing else: no timestamp,
 * no name, no device or browser information.
 */
import type { Answer, ItemId, NeedleId, QuestionnaireVersion } from '@shared/kernel/compass/model';
import type { RaterGroup } from '@shared/features/exchange/formatConstants';
import type { ResponsePayload } from '@shared/features/exchange/formats';
import { COMMENT_MAX } from '@shared/kernel/limits';

export interface PayloadInput {
  readonly responseId: string;
  readonly raterGroup: RaterGroup;
  /** The invitation's questionnaire version: the answer names it (spec §2), and the round accepts only that one. */
  readonly questionnaire: QuestionnaireVersion;
  readonly itemIds: readonly ItemId[];
  /** An item that is absent has not been answered yet. */
  readonly answers: ReadonlyMap<ItemId, Answer>;
  readonly keepDoing: string;
  readonly startDoing: string;
  readonly needleComments: ReadonlyMap<NeedleId, string>;
}

// Invisible control characters (all but tab and newline): JSON would write each as a 6-byte escape.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
// Half of a character (from pasting, or from cutting at the limit): JSON would escape it too.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Trimmed and within the limit, or undefined when nothing is left. Line breaks become `\n`, other
 * control characters go and a broken character becomes U+FFFD, so every character takes at most 3
 * bytes in the JSON and the largest answer fits the largest padding bucket (spec §2).
 */
export function cleanComment(text: string): string | undefined {
  const plain = text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  const trimmed = plain.trim().slice(0, COMMENT_MAX).trim().replace(LONE_SURROGATE, '\ufffd');
  return trimmed === '' ? undefined : trimmed;
}

export function unansweredItems(itemIds: readonly ItemId[], answers: ReadonlyMap<ItemId, Answer>): ItemId[] {
  return itemIds.filter((id) => !answers.has(id));
}

/** Throws when an item is unanswered: the form only calls this once everything is answered. */
export function buildPayload(input: PayloadInput): ResponsePayload {
  const missing = unansweredItems(input.itemIds, input.answers);
  if (missing.length > 0) throw new Error(`unanswered items: ${missing.join(', ')}`);
  const answers = Object.fromEntries(input.itemIds.map((id) => [id, input.answers.get(id) ?? null])) as ResponsePayload['answers'];

  const comments: ResponsePayload['comments'] = {};
  const keepDoing = cleanComment(input.keepDoing);
  const startDoing = cleanComment(input.startDoing);
  if (keepDoing !== undefined) comments.keepDoing = keepDoing;
  if (startDoing !== undefined) comments.startDoing = startDoing;
  const needles: NonNullable<ResponsePayload['comments']['needles']> = {};
  for (const needle of [...input.needleComments.keys()].sort((a, b) => a - b)) {
    const text = cleanComment(input.needleComments.get(needle) ?? '');
    if (text !== undefined) needles[`${needle}`] = text;
  }
  if (Object.keys(needles).length > 0) comments.needles = needles;

  return {
    responseId: input.responseId,
    raterGroup: input.raterGroup,
    questionnaire: { id: 'kompas', version: input.questionnaire },
    answers,
    comments,
  };
}
