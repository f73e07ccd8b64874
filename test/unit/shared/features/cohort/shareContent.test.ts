/**
 * What a member shares (spec §5), built from the member's own data: the latest meetmoment's needle
 * scores on the 0.25 grid, the ticked extras, "alle anderen" only from a closed round that met k = 3,
 * and never a group's figure. Whatever is built is written and read back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildShareContent,
  othersOf,
  periodOf,
  toScoreStep,
  type ShareInput,
} from '@shared/features/cohort/shareContent';
import { readShareFile, shareFile } from '@shared/features/cohort/shareFile';
import { onScoreStep } from '@shared/features/cohort/shareFormat';
import type { Assessment } from '@shared/features/assessment/schemas';
import type { RouteStatus } from '@shared/features/plan/schemas';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { NEEDLE_IDS, ROUTE_IDS, SCALE_VALUES, type Answer, type ItemId, type QuestionnaireVersion } from '@shared/kernel/compass/model';
import { buildReport } from '@shared/features/feedback/report';
import { K_ANONYMITY } from '@shared/features/feedback/reportModel';
import { many, needleOf, report, response } from '../feedback/builders';
import { reportInputOf, roundArb } from '../feedback/rounds';

let serial = 0;
function meetmoment(
  date: string,
  answer: (item: ItemId) => Answer,
  targets: Assessment['targets'] = {},
  version: QuestionnaireVersion = 1,
): Assessment {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}`,
    date,
    createdAt: `${date}T09:00:00.000Z`,
    questionnaire: { id: 'kompas', version },
    answers: Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, answer(id)])) as Record<ItemId, Answer>,
    targets,
    reflections: {},
  };
}

/** Item n.1 = 4 and n.2 = 3 (needle 3.5), except: needle 8 has only 8.2 = 5, needle 10 nothing. */
function answerOf(item: ItemId): Answer {
  if (item === '8.1' || item.startsWith('10.')) return null;
  if (item === '8.2') return 5;
  return item.endsWith('.1') ? 4 : 3;
}

const closedRound = (values: readonly Answer[]) => ({ closed: true, report: report(values.map((v) => response('collega', v))) });

function input(extra: Partial<ShareInput> = {}): ShareInput {
  return {
    alias: 'Merel',
    period: '2026-11',
    audience: 'group',
    assessments: [meetmoment('2026-03-01', () => 1), meetmoment('2026-11-12', answerOf, { '1': 4, '7': 5 }), meetmoment('2025-12-31', () => 2)],
    withTargets: false,
    others: null,
    routes: null,
    ...extra,
  };
}

function built(extra: Partial<ShareInput> = {}) {
  const result = buildShareContent(input(extra));
  if (!result.ok) throw new Error(result.reason);
  return result.content;
}

describe('share content: self scores of the latest meetmoment', () => {
  it('are the kernel needle scores of the latest meetmoment, with null where nothing was answered', () => {
    const content = built();
    expect(content.self).toEqual({ '1': 3.5, '2': 3.5, '3': 3.5, '4': 3.5, '5': 3.5, '6': 3.5, '7': 3.5, '8': 5, '9': 3.5, '10': null });
    expect(content).toMatchObject({ format: 'ambtelijk-kompas/profiel', version: 1, alias: 'Merel', period: '2026-11', audience: 'group' });
    expect(content.questionnaire).toEqual({ id: 'kompas', version: 1 });
  });

  it('name the questionnaire the latest meetmoment was given with', () => {
    const content = built({ assessments: [meetmoment('2026-01-05', answerOf), meetmoment('2026-06-05', () => 4, {}, 2)] });
    expect(content.questionnaire).toEqual({ id: 'kompas', version: 2 });
    expect(Object.values(content.self)).toEqual(NEEDLE_IDS.map(() => 4));
  });

  it('round to the nearest quarter point, halves up', () => {
    expect([3, 3.1, 3.125, 3.374, 3.4, 2.874, 4.875, 5].map(toScoreStep)).toEqual([3, 3, 3.25, 3.25, 3.5, 2.75, 5, 5]);
  });

  it('the period offered first is the meetmoment’s month', () => {
    expect(periodOf('2026-11-12')).toBe('2026-11');
  });
});

describe('share content: what goes along only when ticked', () => {
  it('targets: all ten needles, null where none was set; null when not ticked or none set', () => {
    expect(built().target).toBeNull();
    expect(built({ withTargets: true }).target).toEqual({ ...Object.fromEntries(NEEDLE_IDS.map((n) => [String(n), null])), '1': 4, '7': 5 });
    expect(built({ withTargets: true, assessments: [meetmoment('2026-11-12', answerOf)] }).target).toBeNull();
  });

  it('routes: the chosen ones except stopped, in a–j order; null when none or not ticked', () => {
    const routes = [
      { route: 'i', status: 'onderweg' },
      { route: 'a', status: 'gepland' },
      { route: 'c', status: 'gestopt' },
      { route: 'e', status: 'afgerond' },
    ] as const;
    expect(built({ routes }).routes).toEqual(['a', 'e', 'i']);
    expect(built({ routes: [{ route: 'c', status: 'gestopt' }] }).routes).toBeNull();
    expect(built({ routes: [] }).routes).toBeNull();
    expect(built().routes).toBeNull();
  });

  it('others: the "alle anderen" n and needle means of a closed round, to one decimal', () => {
    // 3, 4 and 4 on every item: every needle's mean is 11/3.
    expect(built({ others: closedRound([3, 4, 4]) }).others).toEqual({ n: 3, needles: Object.fromEntries(NEEDLE_IDS.map((n) => [String(n), 3.7])) });
    expect(built().others).toBeNull();
  });

  it('others: "alle anderen", never a group’s figure', () => {
    const model = report([...many(3, 'collega', 2), ...many(4, 'medewerker', 5)]);
    expect(model.sets.map((s) => s.key)).toContain('groep-medewerker');
    const others = built({ others: { closed: true, report: model } }).others;
    expect(others?.n).toBe(7);
    expect(others?.needles['1']).toBe(3.7); // (3·2 + 4·5) / 7 = 3.71…
  });

  it('others: null for a needle the report withholds', () => {
    // Needle 10 answered by only two of four: its figure is not published.
    const model = report([...many(2, 'collega', 4), ...many(2, 'collega', (item) => (needleOf(item) === 10 ? null : 2))]);
    const others = built({ others: { closed: true, report: model } }).others;
    expect(others?.needles['10']).toBeNull();
    expect(others?.needles['1']).toBe(3);
  });

  it('others: refused for an open round, a round under k = 3, or a report without "alle anderen"', () => {
    const open = { ...closedRound([3, 4, 4]), closed: false };
    expect(buildShareContent(input({ others: open }))).toEqual({ ok: false, reason: 'round-not-closed' });
    expect(buildShareContent(input({ others: closedRound([3, 4]) }))).toEqual({ ok: false, reason: 'others-below-k' });
    const round = closedRound([3, 4, 4]);
    const older = { closed: true, report: { ...round.report, sets: round.report.sets.filter((s) => s.key !== 'anderen') } };
    expect(othersOf(older)).toEqual({ ok: false, reason: 'others-not-published' });
  });
});

describe('share content: problems with the member’s choices', () => {
  it('no meetmoment, alias, period', () => {
    expect(buildShareContent(input({ assessments: [] }))).toEqual({ ok: false, reason: 'no-meetmoment' });
    expect(buildShareContent(input({ alias: '   ' }))).toEqual({ ok: false, reason: 'alias-missing' });
    expect(buildShareContent(input({ alias: 'a'.repeat(121) }))).toEqual({ ok: false, reason: 'alias-too-long' });
    expect(buildShareContent(input({ period: '2026-13' }))).toEqual({ ok: false, reason: 'period-invalid' });
    expect(buildShareContent(input({ period: '2026-11-12' }))).toEqual({ ok: false, reason: 'period-invalid' });
    expect(built({ alias: '  Merel  ' }).alias).toBe('Merel');
  });
});

describe('share content: written as shown, read back equal (property)', () => {
  const answer = fc.constantFrom<Answer>(...SCALE_VALUES, null);
  const member = fc.record({
    answers: fc.tuple(...ALL_ITEM_IDS.map(() => answer)),
    targets: fc.subarray([...NEEDLE_IDS]).chain((needles) => fc.tuple(...needles.map(() => fc.constantFrom(...SCALE_VALUES))).map((v) => needles.map((n, i) => [String(n), v[i]] as const))),
    withTargets: fc.boolean(),
    others: fc.option(fc.array(answer, { minLength: 3, maxLength: 9 }), { nil: null }),
    routes: fc.option(fc.array(fc.record({ route: fc.constantFrom(...ROUTE_IDS), status: fc.constantFrom<RouteStatus>('gepland', 'onderweg', 'afgerond', 'gestopt') }), { maxLength: 10 }), { nil: null }),
    alias: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
    month: fc.integer({ min: 1, max: 12 }),
    audience: fc.constantFrom('facilitator', 'group' as const),
  });

  it('every content the builder makes is written and read back equal, self and target on the 0.25 grid', () => {
    fc.assert(
      fc.property(member, (m) => {
        const answers = new Map(ALL_ITEM_IDS.map((id, i) => [id, m.answers[i] ?? null]));
        const others = m.others && m.others.filter((v) => v !== null).length >= 3 ? closedRound(m.others.filter((v) => v !== null)) : null;
        const result = buildShareContent({
          alias: m.alias,
          period: `2026-${String(m.month).padStart(2, '0')}`,
          audience: m.audience,
          assessments: [meetmoment('2026-11-12', (id) => answers.get(id) ?? null, Object.fromEntries(m.targets))],
          withTargets: m.withTargets,
          others,
          routes: m.routes,
        });
        if (!result.ok) throw new Error(result.reason);
        const { content } = result;
        for (const v of [...Object.values(content.self), ...Object.values(content.target ?? {})]) expect(v === null || onScoreStep(v)).toBe(true);
        const written = shareFile(content);
        if (!written.ok) throw new Error(written.reason);
        const file = JSON.parse(written.text) as Record<string, unknown>;
        for (const [key, value] of Object.entries(content)) expect(file[key]).toEqual(value);
        expect(readShareFile(written.text, content.questionnaire)).toEqual({ ok: true, file: content });
      }),
      { numRuns: 60 },
    );
  });
});

describe('share content: "alle anderen" of any closed round (property)', () => {
  it('is shared exactly when the report shows it, with n = the anonymous respondents (≥ 3) and the report’s needle means', () => {
    fc.assert(
      fc.property(roundArb, (round) => {
        const model = buildReport(reportInputOf(round));
        const result = othersOf({ closed: true, report: model });
        const anderen = model.sets.find((s) => s.key === 'anderen');
        if (!model.scoresShown || !anderen) {
          expect(model.totalAnonymous).toBeLessThan(K_ANONYMITY);
          expect(result).toEqual({ ok: false, reason: 'others-below-k' });
          return;
        }
        if (!result.ok) throw new Error(result.reason);
        expect(result.others.n).toBe(model.totalAnonymous);
        expect(result.others.n).toBeGreaterThanOrEqual(K_ANONYMITY);
        for (const n of NEEDLE_IDS) {
          const figure = anderen.needles[`${n}`];
          const value = result.others.needles[`${n}`];
          if (!figure) expect(value).toBeNull();
          else expect(Math.abs((value ?? Number.NaN) - figure.mean)).toBeLessThanOrEqual(0.05 + 1e-9);
        }
        expect(othersOf({ closed: false, report: model })).toEqual({ ok: false, reason: 'round-not-closed' });
      }),
      { numRuns: 80 },
    );
  });
});
