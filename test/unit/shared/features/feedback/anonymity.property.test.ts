/**
 * Anonymity, proven over random rounds (spec §4 as revised, k = 3): group sizes 0–8, random "kan ik
 * niet beoordelen" with a per-round probability, with and without a non-anonymous manager, random
 * comments, questionnaire version 1 or 2, with or without a self-assessment. Every published figure,
 * and every "kan ik niet beoordelen" count, is checked against contributors recomputed from the raw
 * answers; every difference and combination of published sums against the k = 3 rule; the set plan,
 * the comment labels and the comparisons with self against §4.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEEDLE_IDS, type Answer, type ItemId } from '@shared/kernel/compass/model';
import { RATER_GROUPS, type RaterGroup, type ResponsePayload } from '@shared/features/exchange/formats';
import { buildReport } from '@shared/features/feedback/report';
import { reportModelSchema, type ReportModel, type SetKey } from '@shared/features/feedback/reportModel';
import type { NeedleKey } from '@shared/kernel/primitives';
import { itemsOfNeedle, mean } from '@shared/kernel/scoring';
import {
  ITEMS,
  K,
  answeredBy,
  cannotJudgeViolation,
  differenceViolation,
  judgedRows,
  isolatesFewerThanK,
  membersOf,
  needleRows,
  raws,
  variable,
  type Raw,
  type Row,
  type Shown,
} from './oracle';
import { reportInputOf, responsesOf, roundArb } from './rounds';

const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

/** A cheap assertion for the hot loops (vitest's expect is slow at ~10⁶ calls). */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const none = (violation: string | null): void => check(violation === null, violation ?? '');

/** (a) (c) (d): every published figure recomputed from the raw answers. */
function checkFigures(model: ReportModel, all: readonly Raw[]): void {
  for (const set of model.sets) {
    const members = membersOf(set, all);
    check(set.n === members.length, `${set.key}: n`);
    if (set.anonymous) check(set.n >= K, 'set.n < k');
    for (const item of ITEMS) {
      const figure = set.items[item];
      if (!figure) continue;
      const answered = answeredBy(members, item);
      const values = answered.map((r) => r.answers[item] as number);
      if (set.anonymous) check(answered.length >= K, 'answered.length < k');
      check(figure.n === answered.length, `${set.key} ${item}: n`);
      check(close(figure.mean, mean(values) as number), `${set.key} ${item}: mean`);
      const distribution = [1, 2, 3, 4, 5].map((v) => values.filter((x) => x === v).length);
      check(same(figure.distribution, distribution), `${set.key} ${item}: distribution`);
    }
    for (const needle of NEEDLE_IDS) {
      const figure = set.needles[`${needle}`];
      const published = itemsOfNeedle(needle).filter((item) => set.items[item] !== null);
      if (!figure) continue;
      check(same(figure.items, published), `${set.key} ${needle}: items`);
      const who = new Set(figure.items.flatMap((item) => answeredBy(members, item).map((r) => r.index)));
      check(figure.n === who.size, `${set.key} ${needle}: n`);
      const itemMeans = figure.items.map((item) => mean(answeredBy(members, item).map((r) => r.answers[item])));
      check(close(figure.mean, mean(itemMeans) as number), `${set.key} ${needle}: mean`);
    }
  }
}

/** (b): the difference rule per target, sets included (their n is published too). */
function checkDifferences(model: ReportModel, all: readonly Raw[]): void {
  const anonymous = model.sets.filter((s) => s.anonymous);
  const ids = (rs: readonly Raw[]): Set<number> => new Set(rs.map((r) => r.index));
  const setLevel: Shown[] = anonymous.map((s) => ({ label: s.key, who: ids(membersOf(s, all)) }));
  none(differenceViolation(setLevel));
  for (const item of ITEMS) {
    const shown = anonymous.flatMap((s) =>
      s.items[item] ? [{ label: `${s.key} ${item}`, who: ids(answeredBy(membersOf(s, all), item)) }] : [],
    );
    // Distribution buckets describe the same contributors as their item figure.
    none(differenceViolation(shown));
  }
  for (const needle of NEEDLE_IDS) {
    const shown = anonymous.flatMap((s) => {
      const figure = s.needles[`${needle}`];
      if (!figure) return [];
      const members = membersOf(s, all);
      return [{ label: `${s.key} naald ${needle}`, who: ids(figure.items.flatMap((i) => answeredBy(members, i))) }];
    });
    none(differenceViolation(shown));
    // Across the needle's figures and its items: no combination of published sums isolates 1–2 people.
    none(isolatesFewerThanK(needleRows(model.sets, all, needle)));
  }
}

/**
 * (g) "kan ik niet beoordelen": only for a published "anderen", each count derivable from published
 * figures or a bound no tighter than what they tell, and no combination of the published answerer
 * counts (item n's and exact counts) isolates whether one or two people could judge an item.
 */
function checkCannotJudge(model: ReportModel, all: readonly Raw[]): void {
  none(cannotJudgeViolation(model, all));
  const ids = (rs: readonly Raw[]): Set<number> => new Set(rs.map((r) => r.index));
  for (const item of ITEMS) {
    const rows = judgedRows(model, all, item);
    // Every row counts over a whole published set: the set-level difference rule covers their combinations.
    const sets = model.sets.filter((s) => s.anonymous && (s.items[item] || (s.key === 'anderen' && model.cannotJudge?.[item]?.atLeast === false)));
    none(differenceViolation(sets.map((s) => ({ label: `${s.key} ${item} beoordeeld`, who: ids(membersOf(s, all)) }))));
    if (rows.length > 1) none(isolatesFewerThanK(rows));
  }
}

/**
 * The set-level rules of §4 (as revised), checked as properties rather than re-implemented: "anderen"
 * always and first; groups of ≥ K that fit, largest first; every group left out would leave 1–2
 * uncovered; the uncovered rest is 0 or ≥ K and, next to a group of its own, "overige" naming it.
 */
function checkSetPlan(model: ReportModel, all: readonly Raw[]): void {
  const anon = all.filter((r) => r.anonymous);
  const count = (g: RaterGroup): number => anon.filter((r) => r.group === g).length;
  check(model.totalAnonymous === anon.length, 'totalAnonymous');
  check(model.scoresShown === anon.length >= K, 'scoresShown');
  for (const g of RATER_GROUPS) check(model.counts[g] === all.filter((r) => r.group === g).length, `count ${g}`);
  const keys = model.sets.map((s) => s.key);
  const manager = all.filter((r) => !r.anonymous);
  check(keys.includes('leidinggevende-niet-anoniem') === manager.length > 0, 'manager set');
  if (!model.scoresShown) {
    // (f) nothing anonymous at all.
    check(model.sets.every((s) => !s.anonymous), 'anonymous set while scores are withheld');
    check(model.gaps.length + model.strengths.length + model.priorities.length === 0, 'highlights while withheld');
    check(model.groupPlacements.length === 0, 'placements while withheld');
    return;
  }
  check(keys[0] === 'anderen', '"anderen" first');
  const rank = (g: RaterGroup): [number, number] => [-count(g), RATER_GROUPS.indexOf(g)];
  const before = (a: RaterGroup, b: RaterGroup): boolean => rank(a)[0] < rank(b)[0] || (rank(a)[0] === rank(b)[0] && rank(a)[1] < rank(b)[1]);
  // Groups are listed largest first (ties: RATER_GROUPS order) everywhere.
  const present = RATER_GROUPS.filter((g) => count(g) > 0).sort((a, b) => (before(a, b) ? -1 : 1));
  const separate = model.sets.filter((s) => s.key.startsWith('groep-')).map((s) => s.groups[0] as RaterGroup);
  const rest = present.filter((g) => !separate.includes(g));
  const uncovered = rest.reduce((sum, g) => sum + count(g), 0);
  separate.forEach((g, i) => {
    check(count(g) >= K && present.length > 1, `groep-${g} shown`);
    if (i > 0) check(before(separate[i - 1]!, g), 'groups largest first');
  });
  check(uncovered === 0 || uncovered >= K, `uncovered ${uncovered}`);
  for (const g of rest.filter((x) => count(x) >= K && present.length > 1)) {
    // Left out only because it would leave 1 or 2 uncovered, and only after every group shown.
    check(uncovered - count(g) > 0 && uncovered - count(g) < K, `groep-${g} fits`);
    check(separate.every((h) => before(h, g)), `groep-${g} skipped before a smaller group`);
  }
  const overige = model.sets.find((s) => s.key === 'overige');
  check(Boolean(overige) === (separate.length > 0 && uncovered >= K), 'overige');
  if (overige) check(same(overige.groups, rest), 'overige names the groups it pools');
  const expectedKeys = ['anderen', ...separate.map((g) => `groep-${g}`), ...(overige ? ['overige'] : []), ...(manager.length ? ['leidinggevende-niet-anoniem'] : [])];
  check(same(keys, expectedKeys), 'set order');
  const placement = (g: RaterGroup): string =>
    present.length === 1 ? 'only-group' : separate.includes(g) ? 'separate' : count(g) < K ? 'too-few' : 'would-leave-few';
  check(same(model.groupPlacements, present.map((g) => ({ group: g, placement: placement(g) }))), 'placements');
}

/** Every comparison with self uses "anderen" and only "anderen": no other set stands in for a needle. */
function checkComparisons(model: ReportModel): void {
  const anderen = model.sets.find((s) => s.key === 'anderen');
  const compared = [...model.gaps, ...model.strengths, ...model.priorities];
  for (const c of compared) {
    const figure = anderen?.needles[c.needle as NeedleKey];
    check(c.basis === 'anderen' && Boolean(figure) && c.others === figure?.mean, `needle ${c.needle} compared with ${c.basis}`);
  }
  if (!anderen || !model.self) return check(model.gaps.length === 0, 'gaps without "anderen" or self');
  const expected = NEEDLE_IDS.filter((n) => anderen.needles[`${n}`] && model.self?.needles[`${n}`] !== null).map(String);
  check(same(model.gaps.map((g) => g.needle), expected), 'a gap for every needle "anderen" shows');
}

/** (e) (f): comments. */
function checkComments(model: ReportModel, responses: readonly ResponsePayload[], all: readonly Raw[]): void {
  const author = new Map<string, Raw>();
  const expected: string[] = [];
  responses.forEach((r, i) => {
    const raw = all[i] as Raw;
    const texts = [r.comments.keepDoing, r.comments.startDoing, ...Object.values(r.comments.needles ?? {})];
    for (const t of texts) {
      if (t === undefined) continue;
      author.set(t, raw);
      if (!raw.anonymous || model.scoresShown) expected.push(t);
    }
  });
  const c = model.comments;
  const published = [...c.keepDoing, ...c.startDoing, ...NEEDLE_IDS.flatMap((n) => c.needles[`${n}` as NeedleKey])];
  check(same(published.map((x) => x.text).sort(), expected.sort()), 'published comments');
  const ownSets = new Set(model.sets.map((s) => s.key));
  for (const comment of published) {
    const raw = author.get(comment.text) as Raw;
    check(comment.nonAnonymousManager === !raw.anonymous, comment.text);
    if (!raw.anonymous) {
      check(comment.group === 'leidinggevende', comment.text);
      continue;
    }
    check(model.scoresShown, comment.text);
    check(comment.group === null || comment.group === raw.group, comment.text);
    check((comment.group !== null) === c.labelledGroups.includes(raw.group), comment.text);
  }
  const separate = RATER_GROUPS.filter((g) => ownSets.has(`groep-${g}` as SetKey));
  check(same(c.labelledGroups, model.scoresShown ? separate : []), 'labels exactly for the groups shown on their own');
  // The unlabelled anonymous comments hide among 0 or ≥ K respondents.
  const unlabelled = all.filter((r) => r.anonymous && !c.labelledGroups.includes(r.group)).length;
  if (model.scoresShown) check(unlabelled === 0 || unlabelled >= K, `${unlabelled} unlabelled`);
}

describe('report anonymity (property)', () => {
  it('never publishes a figure, difference or comment label that describes fewer than 3 anonymous respondents', () => {
    fc.assert(
      fc.property(roundArb, (round) => {
        const responses = responsesOf(round);
        const all = raws(responses, round.managerNonAnonymous);
        const input = reportInputOf(round, responses);
        const model = buildReport(input);
        reportModelSchema.parse(model);
        checkSetPlan(model, all);
        checkFigures(model, all);
        checkDifferences(model, all);
        checkComments(model, responses, all);
        checkComparisons(model);
        checkCannotJudge(model, all);
        check(same(model.questionnaire, { id: 'kompas', version: round.questionnaire }), 'questionnaire');
        // Deterministic, and blind to the arrival order of the responses.
        check(same(buildReport({ ...input, responses: [...responses].reverse() }), model), 'arrival order');
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('the oracle itself catches leaks', () => {
  const row = (entries: [number, ItemId, number][]): Row => new Map(entries.map(([r, i, c]) => [variable(r, i), c]));
  const all = (ids: number[], item: ItemId, c = 1): [number, ItemId, number][] => ids.map((r) => [r, item, c]);

  it('finds "anderen" minus a subgroup that leaves two respondents', () => {
    const anderen = { label: 'anderen', who: new Set([0, 1, 2, 3, 4]) };
    const collega = { label: 'collega', who: new Set([0, 1, 2]) };
    expect(differenceViolation([anderen, collega])).toBe('anderen minus collega describes 2');
    expect(differenceViolation([anderen, { label: 'collega', who: new Set([0, 1]) }])).toMatch(/describes 2/);
    expect(differenceViolation([{ label: 'a', who: new Set([0, 1, 2, 3, 4, 5]) }, collega])).toBeNull();
  });

  it('finds that a respondent-weighted needle mean isolates the one who answered only one item', () => {
    // Respondents 0–3 answered 1.1 and 1.2, respondent 4 only 1.1.
    const items = [row(all([0, 1, 2, 3, 4], '1.1')), row(all([0, 1, 2, 3], '1.2'))];
    // 2 × Σ respondent needle scores: (x1 + x2) for 0–3, 2·x1 for respondent 4.
    const weighted = row([...all([0, 1, 2, 3], '1.1'), ...all([0, 1, 2, 3], '1.2'), [4, '1.1', 2]]);
    expect(isolatesFewerThanK([...items, weighted])).toBe('respondent 4 isolated');
    expect(isolatesFewerThanK(items)).toBeNull();
    // The mean of the two item means adds nothing: n2·Σx1 + n1·Σx2.
    const itemMeans = row([...all([0, 1, 2, 3, 4], '1.1', 4), ...all([0, 1, 2, 3], '1.2', 5)]);
    expect(isolatesFewerThanK([...items, itemMeans])).toBeNull();
  });

  it('finds a "kan ik niet beoordelen" count that says more than the published figures', () => {
    // 4 collega's; 1.1 answered by one of them only, 1.2 by nobody, 2.1 by everyone.
    const answers = (i: number): Record<ItemId, Answer> =>
      Object.fromEntries(ITEMS.map((id) => [id, id === '1.2' || (id === '1.1' && i > 0) ? null : 4])) as Record<ItemId, Answer>;
    const responses = [0, 1, 2, 3].map(
      (i) =>
        ({
          responseId: `00000000-0000-4000-8000-00000000000${i}`,
          raterGroup: 'collega',
          questionnaire: { id: 'kompas', version: 2 },
          answers: answers(i),
          comments: {},
        }) as ResponsePayload,
    );
    const raw = raws(responses, false);
    const model = buildReport({ roundId: '00000000-0000-4000-8000-0000000000aa', managerNonAnonymous: false, questionnaire: 2, responses, self: null });
    expect(model.cannotJudge?.['1.1']).toEqual({ count: 2, atLeast: true });
    expect(model.cannotJudge?.['1.2']).toEqual({ count: 4, atLeast: false });
    expect(model.cannotJudge?.['2.1']).toEqual({ count: 0, atLeast: false });
    expect(cannotJudgeViolation(model, raw)).toBeNull();
    // The exact count of 1.1 (3 of 4) would publish that one person answered.
    const exact = { ...model, cannotJudge: { ...model.cannotJudge!, '1.1': { count: 3, atLeast: false } } };
    expect(cannotJudgeViolation(exact, raw)).toMatch(/^1\.1/);
    // Counts next to a withheld "anderen" are refused as such.
    expect(cannotJudgeViolation({ ...model, sets: [] }, raw)).toMatch(/without a published "anderen"/);
    // Per-group counts would be subtracted: anderen (5) − collega (3) leaves two medewerkers' answers.
    const anderen = row(all([0, 1, 2, 3, 4], '3.1'));
    expect(isolatesFewerThanK([anderen, row(all([0, 1, 2], '3.1'))])).toBe('respondents 3 and 4 isolated');
  });

  it('finds a pair isolated by two overlapping figures', () => {
    const a = row(all([0, 1, 2, 3, 4], '2.1'));
    const b = row(all([0, 1, 2], '2.1'));
    expect(isolatesFewerThanK([a, b])).toBe('respondents 3 and 4 isolated');
  });
});
