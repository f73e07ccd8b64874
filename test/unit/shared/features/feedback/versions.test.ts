/**
 * The report and questionnaire versions (issue 8): a report says its version, compares self per item
 * only within one version, and counts "kan ik niet beoordelen" per item for "anderen" only, as spec §4
 * allows (see shared/features/feedback/cannotJudge.ts). Hand-computed examples.
 */
import { describe, expect, it } from 'vitest';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId, QuestionnaireVersion } from '@shared/kernel/compass/model';
import type { RaterGroup, ResponsePayload } from '@shared/features/exchange/formats';
import { needlesManyCouldNotJudge } from '@shared/features/feedback/cannotJudge';
import { buildReport, type ReportInput } from '@shared/features/feedback/report';
import { reportModelSchema, type ReportModel } from '@shared/features/feedback/reportModel';

const ROUND = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';

let serial = 0;
function response(group: RaterGroup, value: (item: ItemId) => Answer, version: QuestionnaireVersion = 2): ResponsePayload {
  serial += 1;
  return {
    responseId: `00000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`,
    raterGroup: group,
    questionnaire: { id: 'kompas', version },
    answers: Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, value(id)])) as Record<ItemId, Answer>,
    comments: {},
  };
}
const many = (count: number, group: RaterGroup, value: (item: ItemId) => Answer): ResponsePayload[] =>
  Array.from({ length: count }, () => response(group, value));

function report(responses: ResponsePayload[], extra: Partial<ReportInput> = {}): ReportModel {
  const model = buildReport({ roundId: ROUND, managerNonAnonymous: false, questionnaire: 2, responses, self: null, ...extra });
  expect(reportModelSchema.parse(JSON.parse(JSON.stringify(model)))).toEqual(model);
  return model;
}

/** 4 collega's and 4 bestuurlijk: everyone judges needles 1–6; the bestuurlijk raters cannot judge 7–10. */
const byGroup = (group: RaterGroup) => (item: ItemId): Answer => (group === 'bestuurlijk' || Number(item.split('.')[0]) <= 6 ? 4 : null);

describe('"kan ik niet beoordelen" per item', () => {
  it('counts for "anderen" only, exactly where "anderen" shows the item (set n − item n)', () => {
    const m = report([...many(4, 'collega', byGroup('collega')), ...many(4, 'bestuurlijk', byGroup('bestuurlijk'))]);
    expect(m.sets.map((s) => s.key)).toEqual(['anderen', 'groep-collega', 'groep-bestuurlijk']);
    const anderen = m.sets[0]!;
    expect(m.cannotJudge?.['1.1']).toEqual({ count: 0, atLeast: false });
    expect(m.cannotJudge?.['7.2']).toEqual({ count: 4, atLeast: false });
    expect(anderen.n - anderen.items['7.2']!.n).toBe(4);
    // Nothing per group: the model has one record of counts, for "anderen".
    expect(Object.keys(m.cannotJudge ?? {})).toEqual([...ALL_ITEM_IDS]);
    expect(needlesManyCouldNotJudge(m)).toEqual([7, 8, 9, 10]);
  });

  it('gives a lower bound where 1 or 2 answered, and the whole set where no one did', () => {
    const value = (i: number) => (item: ItemId): Answer => (item === '8.1' ? (i < 2 ? 3 : null) : item === '8.2' ? null : 5);
    const m = report(Array.from({ length: 6 }, (_x, i) => response('medewerker', value(i))));
    // 8.1: 2 of 6 answered → withheld; the count says "at least 4 of 6" (6 − (k − 1)), not "4".
    expect(m.sets[0]?.items['8.1']).toBeNull();
    expect(m.cannotJudge?.['8.1']).toEqual({ count: 4, atLeast: true });
    expect(m.cannotJudge?.['8.2']).toEqual({ count: 6, atLeast: false });
    expect(needlesManyCouldNotJudge(m)).toEqual([8]);
  });

  it('counts over "anderen" even where no group is shown (3 collega + 2 bestuurlijk: 5 − 3 = 2); none with too few others', () => {
    const m = report([...many(3, 'collega', () => null), ...many(2, 'bestuurlijk', () => null)]);
    expect(m.sets.map((s) => s.key)).toEqual(['anderen']);
    expect(m.cannotJudge?.['1.1']).toEqual({ count: 5, atLeast: false });
    expect(needlesManyCouldNotJudge(m)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const few = report(many(2, 'extern', () => null));
    expect([few.sets, few.cannotJudge, needlesManyCouldNotJudge(few)]).toEqual([[], null, []]);
  });

  it('leaves a non-anonymous manager out of the counts', () => {
    const manager = response('leidinggevende', () => null);
    const m = report([manager, ...many(3, 'collega', () => 4)], { managerNonAnonymous: true });
    expect(m.sets.find((s) => s.key === 'anderen')?.n).toBe(3);
    expect(m.cannotJudge?.['1.1']).toEqual({ count: 0, atLeast: false });
  });
});

/** The meetmoment a report compares with (its answers given per test). */
const SELF = { assessmentId: '00000000-0000-4000-8000-0000000000a1', takenOn: '2026-11-12' } as const;

describe('questionnaire versions in the report', () => {
  const responses = many(3, 'collega', () => 3);
  const selfAnswers = Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, 5])) as Record<ItemId, Answer>;

  it('names the round\'s version and compares self per item only with a self-assessment of that version', () => {
    const same = report(responses, { self: { ...SELF, questionnaire: 2, answers: selfAnswers } });
    expect(same.questionnaire).toEqual({ id: 'kompas', version: 2 });
    expect(same.self).toMatchObject({ questionnaire: { id: 'kompas', version: 2 }, needles: { '1': 5 } });
    expect(same.self?.items?.['1.1']).toBe(5);

    // A v1 self-assessment beside a v2 round: needles compare (gaps), items do not.
    const other = report(responses, { self: { ...SELF, questionnaire: 1, answers: selfAnswers } });
    expect(other.self?.questionnaire.version).toBe(1);
    expect(other.self?.items).toBeNull();
    expect(other.gaps.find((g) => g.needle === '1')).toMatchObject({ self: 5, others: 3, kind: 'blind-spot' });
  });

  it('a v1 round reports version 1; answers of another version are never counted (second guard)', () => {
    const v1 = [1, 2, 3].map(() => response('collega', () => 2, 1));
    const m = report([...v1, response('collega', () => 5, 2)], { questionnaire: 1 });
    expect(m.questionnaire.version).toBe(1);
    expect(m.counts.collega).toBe(3);
    expect(m.sets[0]?.items['1.1']).toEqual({ mean: 2, n: 3, distribution: [0, 3, 0, 0, 0] });
  });
});
