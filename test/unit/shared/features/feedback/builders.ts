/** Responses and reports for the report tests: every answer given by the test, nothing random. */
import { expect } from 'vitest';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId } from '@shared/kernel/compass/model';
import type { RaterGroup, ResponsePayload } from '@shared/features/exchange/formats';
import { buildReport, type ReportInput, type SelfInput } from '@shared/features/feedback/report';
import { reportModelSchema, type PublishedSet, type ReportModel, type SetKey } from '@shared/features/feedback/reportModel';
import type { Answers } from '@shared/kernel/scoring';

export const ROUND = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';

let serial = 0;
export function response(
  group: RaterGroup,
  value: Answer | ((item: ItemId) => Answer),
  comments: ResponsePayload['comments'] = {},
): ResponsePayload {
  serial += 1;
  const answers = Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, typeof value === 'function' ? value(id) : value]));
  return {
    responseId: `00000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`,
    raterGroup: group,
    questionnaire: { id: 'kompas', version: 1 },
    answers: answers as Record<ItemId, Answer>,
    comments,
  };
}

export const many = (count: number, group: RaterGroup, value: Answer | ((item: ItemId) => Answer)): ResponsePayload[] =>
  Array.from({ length: count }, () => response(group, value));

/** A self-assessment of 12 November 2026 with these answers (questionnaire 1 unless given). */
export function selfInput(answers: Answers, questionnaire: SelfInput['questionnaire'] = 1): SelfInput {
  return { assessmentId: '00000000-0000-4000-8000-0000000000a1', takenOn: '2026-11-12', questionnaire, answers };
}

export function report(responses: ResponsePayload[], extra: Partial<ReportInput> = {}): ReportModel {
  const model = buildReport({ roundId: ROUND, managerNonAnonymous: false, questionnaire: 1, responses, self: null, ...extra });
  // Self-contained JSON that the schema accepts, as stored when the raw answers are deleted.
  expect(reportModelSchema.parse(JSON.parse(JSON.stringify(model)))).toEqual(model);
  return model;
}

export const keys = (m: ReportModel): SetKey[] => m.sets.map((s) => s.key);

export function set(m: ReportModel, key: SetKey): PublishedSet {
  const found = m.sets.find((s) => s.key === key);
  if (!found) throw new Error(`no set ${key}`);
  return found;
}

export const needlesOf = (list: readonly { needle: string }[]): string[] => list.map((h) => h.needle);
export const needleOf = (item: ItemId): number => Number(item.split('.')[0]);
