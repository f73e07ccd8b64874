/**
 * Random rounds for the property tests: group sizes 0–8, random "kan ik niet beoordelen" with a
 * per-round probability, with and without a non-anonymous manager, random comments, questionnaire
 * version 1 or 2, with or without a self-assessment.
 */
import fc from 'fast-check';
import { RATER_GROUPS, type RaterGroup, type ResponsePayload } from '@shared/features/exchange/formats';
import type { ReportInput } from '@shared/features/feedback/report';
import type { Answer, ItemId } from '@shared/kernel/compass/model';
import { ITEMS } from './oracle';

const respondentArb = fc.record({
  rolls: fc.array(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 5 })), {
    minLength: ITEMS.length,
    maxLength: ITEMS.length,
  }),
  keepDoing: fc.boolean(),
  startDoing: fc.boolean(),
  needleComment: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
});

export const roundArb = fc.record({
  roundId: fc.uuid({ version: 4 }),
  managerNonAnonymous: fc.boolean(),
  questionnaire: fc.constantFrom(1 as const, 2 as const),
  /** Probability (%) of "kan ik niet beoordelen" per answer in this round. */
  nullPercent: fc.oneof(fc.constantFrom(0, 10, 25, 40, 60), fc.integer({ min: 0, max: 100 })),
  groups: fc.tuple(...RATER_GROUPS.map(() => fc.array(respondentArb, { maxLength: 8 }))),
  /** The leader's own answers (null: "kan ik niet beoordelen"), or no self-assessment. */
  self: fc.option(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: ITEMS.length, maxLength: ITEMS.length }), {
    nil: null,
  }),
});
export type Round = typeof roundArb extends fc.Arbitrary<infer T> ? T : never;

export function responsesOf(round: Round): ResponsePayload[] {
  let serial = 0;
  return round.groups.flatMap((members, g) =>
    members.map((m) => {
      serial += 1;
      const group = RATER_GROUPS[g] as RaterGroup;
      const tag = `${group}-${serial}`;
      const answers = Object.fromEntries(
        ITEMS.map((id, i) => {
          const [roll, value] = m.rolls[i] ?? [0, 3];
          return [id, (roll < round.nullPercent ? null : value) as Answer];
        }),
      ) as Record<ItemId, Answer>;
      return {
        responseId: `00000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`,
        raterGroup: group,
        questionnaire: { id: 'kompas', version: round.questionnaire },
        answers,
        comments: {
          ...(m.keepDoing ? { keepDoing: `behouden ${tag}` } : {}),
          ...(m.startDoing ? { startDoing: `beginnen ${tag}` } : {}),
          ...(m.needleComment ? { needles: { [`${m.needleComment}`]: `naald ${tag}` } } : {}),
        },
      } as ResponsePayload;
    }),
  );
}

/** The report input of a random round (its responses and, if drawn, its self-assessment). */
export function reportInputOf(round: Round, responses: readonly ResponsePayload[] = responsesOf(round)): ReportInput {
  return {
    roundId: round.roundId,
    managerNonAnonymous: round.managerNonAnonymous,
    questionnaire: round.questionnaire,
    responses,
    self:
      round.self === null
        ? null
        : {
            assessmentId: '00000000-0000-4000-8000-00000000000a',
            takenOn: '2026-11-12',
            questionnaire: round.questionnaire,
            answers: Object.fromEntries(ITEMS.map((id, i) => [id, round.self?.[i] ?? null])) as Record<ItemId, Answer>,
          },
  };
}
