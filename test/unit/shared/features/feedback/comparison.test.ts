import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportModelSchema } from '@shared/features/feedback/reportModel';
/** Which meetmoment a round's report compares with, and a published report without its self figures. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Assessment } from '@shared/features/assessment/schemas';
import { RATER_GROUPS, type RaterGroup, type ResponsePayload } from '@shared/features/exchange/formats';
import {
  comparisonAtClose,
  comparisonOfLegacyRound,
  fixedSelf,
  reportWithoutSelf,
  roundWithoutMeetmoment,
} from '@shared/features/feedback/comparison';
import { buildReport } from '@shared/features/feedback/report';
import type { Round } from '@shared/features/feedback/schemas';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId } from '@shared/kernel/compass/model';

const ROUND = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';

function meetmoment(n: number, date: string, createdAt: string, value: (item: ItemId) => Answer = () => 3): Assessment {
  return {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    date,
    createdAt,
    questionnaire: { id: 'kompas', version: 2 },
    answers: Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, value(id)])) as Assessment['answers'],
    targets: {},
    reflections: {},
  };
}

const A = meetmoment(1, '2025-01-10', '2025-01-10T09:00:00.000Z');
const B = meetmoment(2, '2025-03-01', '2025-03-02T09:00:00.000Z');
const B2 = meetmoment(3, '2025-03-01', '2025-03-01T09:00:00.000Z'); // same day, saved earlier
const C = meetmoment(4, '2025-05-20', '2025-05-20T09:00:00.000Z');

describe('the meetmoment fixed at closing', () => {
  it('is the latest by date, then by when it was saved; or the one picked; or none', () => {
    expect(comparisonAtClose([A, B2, C, B], null)).toEqual({ kind: 'meetmoment', assessmentId: C.id, takenOn: '2025-05-20' });
    expect(comparisonAtClose([A, B2, B], null)).toEqual({ kind: 'meetmoment', assessmentId: B.id, takenOn: '2025-03-01' });
    expect(comparisonAtClose([A, B, C], A)).toEqual({ kind: 'meetmoment', assessmentId: A.id, takenOn: '2025-01-10' });
    expect(comparisonAtClose([], null)).toEqual({ kind: 'none' });
  });

  it('for a round closed before it was recorded: the latest dated on or before the close day', () => {
    expect(comparisonOfLegacyRound([A, B, B2, C], '2025-03-01')).toMatchObject({ assessmentId: B.id });
    expect(comparisonOfLegacyRound([A, B, C], '2025-02-28')).toMatchObject({ assessmentId: A.id });
    expect(comparisonOfLegacyRound([A, B, C], '2030-01-01')).toMatchObject({ assessmentId: C.id });
    expect(comparisonOfLegacyRound([B, C], '2025-01-01')).toEqual({ kind: 'none' });
  });

  it('gives the report its answers, date and id; nothing when none, deleted, or no longer there', () => {
    expect(fixedSelf({ kind: 'meetmoment', assessmentId: B.id, takenOn: B.date }, [A, B, C])).toEqual({
      assessmentId: B.id,
      takenOn: '2025-03-01',
      questionnaire: 2,
      answers: B.answers,
    });
    expect(fixedSelf({ kind: 'meetmoment', assessmentId: B.id, takenOn: B.date }, [A, C])).toBeNull();
    expect(fixedSelf({ kind: 'none' }, [A])).toBeNull();
    expect(fixedSelf({ kind: 'deleted' }, [A])).toBeNull();
    expect(fixedSelf(null, [A])).toBeNull();
  });
});

/** `count` responses per group, each item a seeded value 1–5 or cannot-judge. */
function responses(counts: Partial<Record<RaterGroup, number>>, seed: number): ResponsePayload[] {
  let serial = 0;
  return RATER_GROUPS.flatMap((group) =>
    Array.from({ length: counts[group] ?? 0 }, () => {
      serial += 1;
      const answers = Object.fromEntries(
        ALL_ITEM_IDS.map((id, i) => [id, (seed * 13 + serial * 7 + i * 5) % 7 === 6 ? null : (((seed + serial * 3 + i) % 5) + 1)]),
      );
      return {
        responseId: `00000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`,
        raterGroup: group,
        questionnaire: { id: 'kompas', version: 2 },
        answers: answers as ResponsePayload['answers'],
        comments: {},
      } satisfies ResponsePayload;
    }),
  );
}

describe('a published report without its self figures', () => {
  it('equals the report built without a self-assessment, for any round', () => {
    const count = fc.integer({ min: 0, max: 5 });
    fc.assert(
      fc.property(fc.record({ leidinggevende: count, collega: count, medewerker: count, extern: count }), fc.integer({ min: 0, max: 50 }), (counts, seed) => {
        const input = { roundId: ROUND, managerNonAnonymous: seed % 2 === 0, questionnaire: 2 as const, responses: responses(counts, seed) };
        const own = meetmoment(4, C.date, C.createdAt, (id) => (((Number(id.split('.')[0]) + seed) % 5) + 1) as Answer);
        const self = fixedSelf({ kind: 'meetmoment', assessmentId: own.id, takenOn: own.date }, [own]);
        const withSelf = buildReport({ ...input, self });
        expect(reportWithoutSelf(withSelf)).toEqual(buildReport({ ...input, self: null }));
      }),
      { numRuns: 60 },
    );
  });
});

describe('a report kept under the earlier rules (no "alle anderen") without its self figures', () => {
  it('keeps its strengths and the priorities that did not come from the self figures, as published', () => {
    const v1 = reportModelSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../fixtures/feedback-report-v1.json'), 'utf8')));
    expect(v1.sets.some((s) => s.key === 'anderen')).toBe(false);
    const stripped = reportWithoutSelf(v1);
    expect(stripped.self).toBeNull();
    expect(stripped.gaps).toEqual([]);
    expect(stripped.strengths.map((h) => h.needle)).toEqual(v1.strengths.map((h) => h.needle));
    expect(stripped.strengths.every((h) => h.self === null)).toBe(true);
    expect(stripped.priorities.map((h) => h.needle)).toEqual(v1.priorities.filter((h) => h.reason !== 'blind-spot').map((h) => h.needle));
    expect(stripped.priorities.every((h) => h.self === null && h.reason !== 'blind-spot')).toBe(true);
  });
});

describe('a round after a meetmoment is deleted', () => {
  const base = {
    id: ROUND,
    closedAt: '2025-06-01T10:00:00.000Z',
    responses: [],
  } as unknown as Round;
  const report = buildReport({
    roundId: ROUND,
    managerNonAnonymous: false,
    questionnaire: 2,
    responses: responses({ collega: 4, medewerker: 3 }, 1),
    self: fixedSelf({ kind: 'meetmoment', assessmentId: B.id, takenOn: B.date }, [B]),
  });

  it('records the deletion and drops the published self figures when it compared with that meetmoment', () => {
    const round = { ...base, comparedWith: { kind: 'meetmoment', assessmentId: B.id, takenOn: B.date }, published: report } as Round;
    expect(report.self).not.toBeNull();
    expect(report.gaps.length).toBeGreaterThan(0);
    const next = roundWithoutMeetmoment(round, B);
    expect(next?.comparedWith).toEqual({ kind: 'deleted' });
    expect(next?.published?.self).toBeNull();
    expect(next?.published?.sets).toEqual(report.sets);
    expect(roundWithoutMeetmoment(round, A)).toBeNull();
  });

  it('matches a report published before the id was kept by its self figures', () => {
    const legacy = { ...base, comparedWith: null, published: report } as Round;
    expect(roundWithoutMeetmoment(legacy, B)?.published?.self).toBeNull();
    expect(roundWithoutMeetmoment(legacy, meetmoment(9, B.date, B.createdAt, () => 4))).toBeNull();
  });

  it('leaves a round that compares with nothing, or whose meetmoment was deleted already', () => {
    expect(roundWithoutMeetmoment({ ...base, comparedWith: { kind: 'none' }, published: null } as Round, B)).toBeNull();
    expect(roundWithoutMeetmoment({ ...base, comparedWith: { kind: 'deleted' }, published: null } as Round, B)).toBeNull();
  });
});
