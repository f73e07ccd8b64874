/** The report model by example, with hand computations (spec §4, k = 3; PRODUCT.md capability 3). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId } from '@shared/kernel/compass/model';
import { responsePayloadSchema, type RaterGroup, type ResponsePayload } from '@shared/features/exchange/formats';
import { withheldByDifferenceRule } from '@shared/features/feedback/anonymity';
import { GAP_THRESHOLD, classifyGap } from '@shared/features/feedback/highlights';
import { buildReport, type ReportInput } from '@shared/features/feedback/report';
import { reportModelSchema, type PublishedSet, type ReportModel, type SetKey } from '@shared/features/feedback/reportModel';
import { seededShuffle } from '@shared/features/feedback/shuffle';
import type { Answers } from '@shared/kernel/scoring';
import { VECTORS_DIR } from '../../../../fixtures/feedback';

const ROUND = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';
const VECTORS = VECTORS_DIR;

let serial = 0;
function response(
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
const many = (count: number, group: RaterGroup, value: Answer | ((item: ItemId) => Answer)): ResponsePayload[] =>
  Array.from({ length: count }, () => response(group, value));

function report(responses: ResponsePayload[], extra: Partial<ReportInput> = {}): ReportModel {
  const model = buildReport({ roundId: ROUND, managerNonAnonymous: false, questionnaire: 1, responses, self: null, ...extra });
  // Self-contained JSON that the schema accepts, as stored when the raw answers are deleted.
  expect(reportModelSchema.parse(JSON.parse(JSON.stringify(model)))).toEqual(model);
  return model;
}
const keys = (m: ReportModel): SetKey[] => m.sets.map((s) => s.key);
const set = (m: ReportModel, key: SetKey): PublishedSet => {
  const found = m.sets.find((s) => s.key === key);
  if (!found) throw new Error(`no set ${key}`);
  return found;
};
const needlesOf = (list: { needle: string }[]): string[] => list.map((h) => h.needle);

describe('the spec vectors: 2 collega + 1 medewerker', () => {
  const plaintexts = JSON.parse(readFileSync(resolve(VECTORS, 'plaintexts.json'), 'utf8')) as Record<string, unknown>;
  // The three unpadded vectors; the padded ones (valid-padded-*) are for the import's tests.
  const responses = Object.entries(plaintexts).filter(([name]) => !name.startsWith('valid-padded-')).map(([, p]) => responsePayloadSchema.parse(p));
  const roundId = (JSON.parse(readFileSync(resolve(VECTORS, 'round.json'), 'utf8')) as { roundId: string }).roundId;
  const m = report(responses, { roundId });

  it('pools both groups (< 3 each); the pool of 3 is everyone, so it is shown once, as "anderen"', () => {
    expect(m.counts).toEqual({ leidinggevende: 0, collega: 2, medewerker: 1, extern: 0, bestuurlijk: 0 });
    expect([m.totalAnonymous, m.scoresShown, m.withheldReason]).toEqual([3, true, null]);
    expect(m.pooledGroups).toEqual(['collega', 'medewerker']);
    expect(keys(m)).toEqual(['anderen']);
    expect(set(m, 'anderen')).toMatchObject({ groups: ['collega', 'medewerker'], anonymous: true, n: 3 });
  });

  it('shows the x.1 items (3 answers) and withholds the x.2 items (collega 2 could not judge: 2 answers)', () => {
    const anderen = set(m, 'anderen');
    // 1.1: collega 1 and 4, medewerker 3 → 8/3; one each of 1, 3 and 4.
    expect(anderen.items['1.1']).toEqual({ mean: 8 / 3, n: 3, distribution: [1, 0, 1, 1, 0] });
    expect(anderen.items['3.1']).toEqual({ mean: 4, n: 3, distribution: [0, 0, 1, 1, 1] });
    expect(anderen.items['1.2']).toBeNull();
    expect(anderen.items['10.2']).toBeNull();
    // The needle is the mean of its published item figures: here 1.1 only.
    expect(anderen.needles['1']).toEqual({ mean: 8 / 3, n: 3, items: ['1.1'] });
    expect(anderen.needles['8']).toEqual({ mean: 4, n: 3, items: ['8.1'] });
  });

  it('opens with strengths and priorities from the "anderen" needle means', () => {
    // Needle means (c1 + 4 + 3)/3 with c1 = 1,3,5,2,4,1,3,5,2,4: 2.67 3.33 4 3 3.67 2.67 3.33 4 3 3.67.
    expect(needlesOf(m.strengths)).toEqual(['3', '8', '5']);
    expect(needlesOf(m.priorities)).toEqual(['1', '6', '4']);
    expect(m.priorities.every((p) => p.reason === 'lowest-others' && p.basis === 'anderen' && p.self === null)).toBe(true);
    expect(m.gaps).toEqual([]);
  });

  it('shows the comments without a group label', () => {
    const texts = m.comments.keepDoing.map((c) => c.text).sort();
    expect(texts).toEqual(['Blijf de lange lijn bewaken.', 'Zichtbaar in onrustige tijden — ook "op de werkvloer".']);
    expect(m.comments.startDoing).toEqual([{ text: 'Vaker tegenspraak organiseren.', group: null, nonAnonymousManager: false }]);
    expect(m.comments.needles['8']).toEqual([{ text: 'Geeft ruimte.', group: null, nonAnonymousManager: false }]);
    expect(m.comments.keepDoing.every((c) => c.group === null)).toBe(true);
    expect(m.comments.labelledGroups).toEqual([]);
  });
});

describe('rater groups and "anderen"', () => {
  it('3 collega + 2 medewerker: collega on its own; the 2 medewerkers are not shown, nor is "anderen" (5 − 3 = 2)', () => {
    const m = report([...many(3, 'collega', (i) => (i === '1.1' ? 5 : 4)), ...many(2, 'medewerker', 1)]);
    expect(keys(m)).toEqual(['groep-collega']);
    expect(m.pooledGroups).toEqual(['medewerker']);
    expect(set(m, 'groep-collega').items['1.1']).toEqual({ mean: 5, n: 3, distribution: [0, 0, 0, 0, 3] });
    expect(set(m, 'groep-collega').needles['1']).toEqual({ mean: 4.5, n: 3, items: ['1.1', '1.2'] });
    // The opening falls back to the broadest published set.
    expect(m.strengths[0]).toMatchObject({ needle: '1', others: 4.5, basis: 'groep-collega' });
  });

  it('3 collega + 3 medewerker: both groups and "anderen"', () => {
    const m = report([...many(3, 'collega', 2), ...many(3, 'medewerker', 4)]);
    expect(keys(m)).toEqual(['anderen', 'groep-collega', 'groep-medewerker']);
    expect(set(m, 'anderen')).toMatchObject({ n: 6, groups: ['collega', 'medewerker'] });
    expect(set(m, 'anderen').items['5.2']).toEqual({ mean: 3, n: 6, distribution: [0, 3, 0, 3, 0] });
    expect(set(m, 'groep-collega').needles['5']).toEqual({ mean: 2, n: 3, items: ['5.1', '5.2'] });
    expect(set(m, 'groep-medewerker').needles['5']).toEqual({ mean: 4, n: 3, items: ['5.1', '5.2'] });
  });

  it('keeps "anderen" and withholds the subgroup figure when their difference would describe 2', () => {
    // One collega cannot judge 1.1: collega 1.1 has 2 answers (withheld); medewerker 1.1 has 3,
    // "anderen" 1.1 has 5, and 5 − 3 = 2 would reveal the two collega's → medewerker 1.1 is withheld.
    const m = report([
      response('collega', (i) => (i === '1.1' ? null : 2)),
      ...many(2, 'collega', 2),
      ...many(3, 'medewerker', 4),
    ]);
    expect(set(m, 'groep-collega').items['1.1']).toBeNull();
    expect(set(m, 'groep-medewerker').items['1.1']).toBeNull();
    expect(set(m, 'anderen').items['1.1']).toEqual({ mean: 16 / 5, n: 5, distribution: [0, 2, 0, 3, 0] });
    // Needles from the published items: groups on 1.2 only; "anderen" (3.2 + 3) / 2 = 3.1 over 6.
    expect(set(m, 'groep-collega').needles['1']).toEqual({ mean: 2, n: 3, items: ['1.2'] });
    expect(set(m, 'groep-medewerker').needles['1']).toEqual({ mean: 4, n: 3, items: ['1.2'] });
    expect(set(m, 'anderen').needles['1']?.mean).toBeCloseTo(3.1, 12);
    expect(set(m, 'anderen').needles['1']).toMatchObject({ n: 6, items: ['1.1', '1.2'] });
  });

  it('"overige beoordelaars" pools the small groups when they reach 3, next to a group of its own', () => {
    const m = report([...many(3, 'collega', 3), ...many(2, 'medewerker', 4), response('extern', 5)]);
    expect(keys(m)).toEqual(['anderen', 'groep-collega', 'overige']);
    expect(set(m, 'overige')).toMatchObject({ groups: ['medewerker', 'extern'], n: 3 });
    expect(set(m, 'overige').items['4.1']).toEqual({ mean: 13 / 3, n: 3, distribution: [0, 0, 0, 2, 1] });
  });

  it('"kan ik niet beoordelen" below 3 answers withholds that item for every set', () => {
    const m = report([
      ...many(2, 'collega', (i) => (i === '2.2' ? null : 3)),
      ...many(2, 'collega', 5),
    ]);
    expect(keys(m)).toEqual(['anderen', 'groep-collega']);
    expect(set(m, 'anderen').items['2.2']).toBeNull();
    expect(set(m, 'groep-collega').items['2.2']).toBeNull();
    expect(set(m, 'anderen').needles['2']).toEqual({ mean: 4, n: 4, items: ['2.1'] });
  });

  it('fewer than 3 anonymous others: no 360 scores at all, only counts', () => {
    const m = report(many(2, 'collega', 4).map((r) => ({ ...r, comments: { keepDoing: 'geheim' } })));
    expect([m.scoresShown, m.withheldReason, m.sets, m.strengths, m.comments.keepDoing]).toEqual([
      false,
      'too-few-respondents',
      [],
      [],
      [],
    ]);
    expect(m.counts.collega).toBe(2);
  });
});

describe('a non-anonymous manager', () => {
  const manager = response('leidinggevende', 5, { keepDoing: 'Manager zegt' });

  it('is shown on its own, labelled, even alone, and left out of "anderen"', () => {
    const m = report([manager, ...many(3, 'collega', 3)], { managerNonAnonymous: true });
    expect(keys(m)).toEqual(['anderen', 'groep-collega', 'leidinggevende-niet-anoniem']);
    expect(set(m, 'leidinggevende-niet-anoniem')).toMatchObject({ anonymous: false, n: 1, groups: ['leidinggevende'] });
    expect(set(m, 'leidinggevende-niet-anoniem').items['1.1']).toEqual({ mean: 5, n: 1, distribution: [0, 0, 0, 0, 1] });
    expect(set(m, 'anderen')).toMatchObject({ n: 3, groups: ['collega'] });
    expect(set(m, 'anderen').needles['1']?.mean).toBe(3);
    expect([m.counts.leidinggevende, m.totalAnonymous]).toEqual([1, 3]);
    expect(m.comments.keepDoing).toEqual([{ text: 'Manager zegt', group: 'leidinggevende', nonAnonymousManager: true }]);
  });

  it('is shown even when the anonymous others are too few; their comments are not', () => {
    const others = many(2, 'collega', 3).map((r) => ({ ...r, comments: { keepDoing: 'anoniem' } }));
    const m = report([manager, ...others], { managerNonAnonymous: true });
    expect(m.scoresShown).toBe(false);
    expect(keys(m)).toEqual(['leidinggevende-niet-anoniem']);
    expect(m.comments.keepDoing.map((c) => c.text)).toEqual(['Manager zegt']);
    expect([m.strengths, m.priorities]).toEqual([[], []]);
  });

  it('when the round is anonymous for managers, a manager is one more anonymous respondent', () => {
    const m = report([manager, ...many(3, 'collega', 3)]);
    // 1 leidinggevende is pooled alone (not shown), and "anderen" − collega would describe 1.
    expect(keys(m)).toEqual(['groep-collega']);
    expect(m.pooledGroups).toEqual(['leidinggevende']);
    expect(m.comments.keepDoing).toEqual([{ text: 'Manager zegt', group: null, nonAnonymousManager: false }]);
  });
});

describe('comment labels and order', () => {
  const said = (group: RaterGroup, text: string): ResponsePayload => response(group, 3, { startDoing: text });

  it('labels only groups shown on their own, and never leaves 1–2 respondents as "the unlabelled ones"', () => {
    const from = (group: RaterGroup, texts: string[]): ResponsePayload[] => texts.map((t) => said(group, t));
    const big = report([
      ...from('collega', ['a', 'b', 'c']),
      ...from('medewerker', ['d', 'e', 'f', 'g']),
      ...from('extern', ['h', 'i', 'j']),
    ]);
    expect(big.comments.labelledGroups).toEqual(['collega', 'medewerker', 'extern']);
    expect(big.comments.startDoing.find((c) => c.text === 'd')?.group).toBe('medewerker');

    // 3 collega, 3 medewerker, 1 extern: labelling both groups would tie the one unlabelled comment
    // to the extern; the smaller (here: later) labelled group loses its label, leaving 4 unlabelled.
    const m = report([...from('collega', ['a', 'b', 'c']), ...from('medewerker', ['d', 'e', 'f']), said('extern', 'x')]);
    expect(m.comments.labelledGroups).toEqual(['collega']);
    const groupOf = Object.fromEntries(m.comments.startDoing.map((c) => [c.text, c.group]));
    expect(groupOf).toEqual({ a: 'collega', b: 'collega', c: 'collega', d: null, e: null, f: null, x: null });
  });

  it('shuffles deterministically by round id, as a permutation, whatever the arrival order', () => {
    const texts = ['één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht'];
    const responses = texts.map((t) => said('collega', t));
    const order = (roundId: string, rs = responses): string[] =>
      report(rs, { roundId }).comments.startDoing.map((c) => c.text);
    const first = order(ROUND);
    expect([...first].sort()).toEqual([...texts].sort());
    expect(order(ROUND)).toEqual(first);
    expect(order(ROUND, [...responses].reverse())).toEqual(first);
    const others = [1, 2, 3].map((d) => `${String(d).repeat(8)}-${String(d).repeat(4)}-4111-8111-${String(d).repeat(12)}`);
    expect(others.some((id) => order(id).join() !== first.join())).toBe(true);
  });

  it('seededShuffle is a deterministic permutation', () => {
    const items = Array.from({ length: 20 }, (_x, i) => i);
    const a = seededShuffle(items, 'x');
    expect(seededShuffle(items, 'x')).toEqual(a);
    expect([...a].sort((p, q) => p - q)).toEqual(items);
    expect(seededShuffle(items, 'y')).not.toEqual(a);
    expect(items).toEqual(Array.from({ length: 20 }, (_x, i) => i));
  });
});

describe('gaps, strengths and priorities', () => {
  // Others (3 collega, both items of a needle alike): needle 1 … 10 = 5 4 4 3 3 2 2 3 4 1.
  const othersByNeedle = [5, 4, 4, 3, 3, 2, 2, 3, 4, 1] as const;
  const needleOf = (item: ItemId): number => Number(item.split('.')[0]);
  const responses = many(3, 'collega', (i) => othersByNeedle[needleOf(i) - 1] as Answer);
  // Self: needle 4 → 5 (blind spot, +2), 5 → 4 (blind spot, +1), 9 → 3 (hidden strength, −1),
  // 10 → 1 and 2 = 1.5 (+0.5, within the threshold); the rest as the others see it.
  const selfValue: Record<number, [Answer, Answer]> = { 4: [5, 5], 5: [4, 4], 9: [3, 3], 10: [1, 2] };
  const self = Object.fromEntries(
    ALL_ITEM_IDS.map((id) => {
      const n = needleOf(id);
      const pair = selfValue[n];
      return [id, pair ? pair[Number(id.split('.')[1]) - 1] : othersByNeedle[n - 1]];
    }),
  ) as Answers;

  it('classifies blind spots and hidden strengths at GAP_THRESHOLD', () => {
    expect(GAP_THRESHOLD).toBe(0.75);
    expect(classifyGap(3.5, 2.75)).toBe('blind-spot');
    expect(classifyGap(3.5, 2.76)).toBeNull();
    expect(classifyGap(2, 2.75)).toBe('hidden-strength');
    expect(classifyGap(3, 3)).toBeNull();
  });

  it('compares self and others per needle', () => {
    const m = report(responses, { self: { questionnaire: 1, answers: self } });
    expect(m.self?.needles['10']).toBe(1.5);
    expect(m.self?.items?.['10.2']).toBe(2);
    expect(m.gaps).toHaveLength(10);
    const kinds = Object.fromEntries(m.gaps.map((g) => [g.needle, g.kind]));
    expect(kinds).toEqual({
      ...{ 1: null, 2: null, 3: null, 4: 'blind-spot', 5: 'blind-spot' },
      ...{ 6: null, 7: null, 8: null, 9: 'hidden-strength', 10: null },
    });
    const four = { needle: '4', self: 5, others: 3, basis: 'anderen', difference: 2, kind: 'blind-spot' };
    expect(m.gaps.find((g) => g.needle === '4')).toEqual(four);
  });

  it('opens with the 3 highest needles and up to 3 priorities, blind spots first', () => {
    const m = report(responses, { self: { questionnaire: 1, answers: self } });
    expect(needlesOf(m.strengths)).toEqual(['1', '2', '3']); // 5, 4, 4 (9 also 4: ties by needle id)
    expect(m.strengths[0]).toEqual({ needle: '1', others: 5, basis: 'anderen', self: 5, reason: 'highest-others' });
    expect(m.priorities.map((p) => [p.needle, p.reason])).toEqual([
      ['4', 'blind-spot'],
      ['5', 'blind-spot'],
      ['10', 'lowest-others'],
    ]);
  });

  it('without a self-assessment: no gaps, priorities by the lowest others\' mean', () => {
    const m = report(responses);
    expect([m.self, m.gaps]).toEqual([null, []]);
    expect(needlesOf(m.priorities)).toEqual(['10', '6', '7']);
  });
});

describe('the difference rule policy', () => {
  it('keeps "anderen" and withholds the smallest subset figure (ties: the later set)', () => {
    const five = [{ key: 'anderen', contributors: 5 }, { key: 'groep-collega', contributors: 3 }] as const;
    expect(withheldByDifferenceRule(five)).toEqual(new Set(['groep-collega']));
    const tie = [
      { key: 'anderen', contributors: 8 },
      { key: 'groep-collega', contributors: 3 },
      { key: 'groep-medewerker', contributors: 3 },
    ] as const;
    expect(withheldByDifferenceRule(tie)).toEqual(new Set(['groep-medewerker']));
    expect(withheldByDifferenceRule([{ key: 'anderen', contributors: 6 }, ...tie.slice(1)])).toEqual(new Set());
    expect(withheldByDifferenceRule([{ key: 'groep-collega', contributors: 3 }])).toEqual(new Set());
  });
});
