/** History through the real contract, services, storage and crypto (no mocks). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { History, ImportSummary } from '@shared/contract/api';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId } from '@shared/kernel/compass/model';
import { invitationSchema, type RaterGroup } from '@shared/features/exchange/formats';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { completeAnswers } from '../../../fixtures/assessment';
import { payload, responseFileText } from '../../../fixtures/feedback';
import { changeBetween, defaultPair, needleTimelines } from '@shared/features/history/history';
import { openHarness, type Harness } from './harness';

let harness: Harness;
let clock: Date;

/** The services on the test's data folder, started afresh (a restart), with the profile the app state names. */
function restart(): Promise<Harness> {
  return harness.reopen();
}

async function call<T>(app: Harness, name: string, input: Record<string, unknown>): Promise<T> {
  return app.call<T>(name, input);
}

/** Every item the same value, with exceptions. */
function answers(value: Answer, except: Partial<Record<ItemId, Answer>> = {}): Record<ItemId, Answer> {
  return Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, id in except ? except[id] : value])) as Record<ItemId, Answer>;
}

/** A round of the given groups with answers from each, imported; closed if asked (at the clock's time). */
async function round(
  app: Harness,
  name: string,
  respondents: readonly { group: RaterGroup; answers: Record<ItemId, Answer> }[],
  close: boolean,
): Promise<RoundSummary> {
  const groups = [...new Set(respondents.map((r) => r.group))];
  const created = await call<RoundSummary>(app, 'createRound', {
    name,
    leader: '',
    groups,
    closesOn: null,
    returnTo: 'secretariaat@example.nl',
    managerNonAnonymous: false,
    language: 'nl',
  });
  const html = (await call<{ html: string }>(app, 'getInvitation', { id: created.id, group: groups[0] })).html;
  const json = /<script type="application\/json" id="kompas-uitnodiging">(.*?)<\/script>/.exec(html)?.[1];
  const { publicKey } = invitationSchema.parse(JSON.parse(json!));
  const seedBase = name.length * 100;
  const files = await Promise.all(
    respondents.map(async (r, i) => {
      const content = await responseFileText(payload(r.group, seedBase + i, { answers: r.answers }), created.id, publicKey);
      return { name: `${name}-${i}.json`, size: content.length, content };
    }),
  );
  const summary = await call<ImportSummary>(app, 'importResponses', { files });
  expect(summary.accepted).toBe(respondents.length);
  return close ? call<RoundSummary>(app, 'closeRound', { id: created.id }) : created;
}

beforeEach(async () => {
  clock = new Date('2026-06-15T10:00:00Z');
  harness = await openHarness({ now: () => clock });
});
afterEach(() => harness.cleanup());

describe('getHistory', () => {
  it('is empty for a new profile', async () => {
    expect(await call<History>(harness, 'getHistory', {})).toEqual({ assessments: [], rounds: [] });
    expect(await call<History>(await restart(), 'getHistory', {})).toEqual({ assessments: [], rounds: [] });
  });

  it('lists the meetmomenten oldest first with their needle scores and targets', async () => {
    const app = harness;
    // A version-2 meetmoment after a version-1 one: history keeps each one's version.
    const later = await call<{ id: string }>(app, 'createAssessment', {
      questionnaire: { id: 'kompas', version: 2 },
      date: '2026-05-20',
      answers: answers(4, { '1.1': 5, '2.2': null }),
      targets: { '1': 5, '10': 4 },
      reflections: {},
    });
    const earlier = await call<{ id: string }>(app, 'createAssessment', {
      questionnaire: { id: 'kompas', version: 1 },
      date: '2026-01-10',
      answers: completeAnswers(),
      targets: { '1': 4 },
      reflections: {},
    });
    const history = await call<History>(app, 'getHistory', {});
    expect(history.assessments.map((a) => a.id)).toEqual([earlier.id, later.id]);
    // completeAnswers: items 1.1 … 10.2 cycle 1, 2, 3, 4, 5 with 4.2 "kan ik niet beoordelen".
    expect(history.assessments[0]).toEqual({
      id: earlier.id,
      date: '2026-01-10',
      questionnaireVersion: 1,
      needles: { '1': 1.5, '2': 3.5, '3': 3, '4': 2, '5': 4.5, '6': 1.5, '7': 3.5, '8': 3, '9': 2.5, '10': 4.5 },
      targets: { '1': 4, '2': null, '3': null, '4': null, '5': null, '6': null, '7': null, '8': null, '9': null, '10': null },
    });
    expect(history.assessments[1]?.questionnaireVersion).toBe(2);
    expect(history.assessments[1]?.needles).toEqual({ '1': 4.5, '2': 4, '3': 4, '4': 4, '5': 4, '6': 4, '7': 4, '8': 4, '9': 4, '10': 4 });
    expect(history.assessments[1]?.targets).toMatchObject({ '1': 5, '2': null, '10': 4 });
    expect(history.rounds).toEqual([]);
  });

  it('adds closed rounds only, with the published means of the report basis, dated by their closing', async () => {
    const app = harness;
    clock = new Date('2026-03-02T09:00:00Z');
    const spring = await round(
      app,
      'Voorjaar',
      [
        { group: 'collega', answers: answers(4) },
        { group: 'collega', answers: answers(3) },
        // 2.1 unanswered: only 2 answers, so that item is not published and needle 2 rests on 2.2 alone.
        { group: 'collega', answers: answers(5, { '2.1': null, '3.1': 2 }) },
      ],
      true,
    );
    clock = new Date('2026-04-20T09:00:00Z');
    await round(app, 'Te klein', [{ group: 'collega', answers: answers(2) }, { group: 'collega', answers: answers(2) }], true);
    await round(app, 'Nog open', [1, 2, 3].map(() => ({ group: 'medewerker' as const, answers: answers(1) })), false);

    const history = await call<History>(app, 'getHistory', {});
    expect(history.rounds).toEqual([
      {
        id: spring.id,
        name: 'Voorjaar',
        date: '2026-03-02',
        basis: 'anderen',
        // (4 + 3 + 5) / 3 = 4; needle 2 = item 2.2 = 4; needle 3 = mean((4 + 3 + 2) / 3, 4) = 3.5.
        needles: { '1': 4, '2': 4, '3': 3.5, '4': 4, '5': 4, '6': 4, '7': 4, '8': 4, '9': 4, '10': 4 },
      },
    ]);

    // The same figures as the report publishes, also after the raw answers are deleted.
    const { report } = await call<{ report: ReportModel }>(app, 'getReport', { id: spring.id });
    const anderen = report.sets.find((s) => s.key === 'anderen');
    expect(anderen?.needles['2']).toMatchObject({ mean: 4, items: ['2.2'] });
    await call(app, 'deleteRawResponses', { id: spring.id });
    expect((await call<History>(await restart(), 'getHistory', {})).rounds).toEqual(history.rounds);
  });

  it('shows only what a report publishes: no round without figures, no withheld needle', async () => {
    const app = harness;
    const everyoneSkips = answers(3, { '5.1': null, '5.2': null });
    const r = await round(
      app,
      'Gedeeltelijk',
      [
        { group: 'collega', answers: everyoneSkips },
        { group: 'collega', answers: everyoneSkips },
        { group: 'collega', answers: answers(3) },
      ],
      true,
    );
    const history = await call<History>(app, 'getHistory', {});
    expect(history.rounds).toHaveLength(1);
    expect(history.rounds[0]).toMatchObject({ id: r.id, basis: 'anderen' });
    // Needle 5 had one answer: the report withholds it, and so does history.
    expect(history.rounds[0]?.needles['5']).toBeNull();
    expect(history.rounds[0]?.needles['4']).toBe(3);
  });
});

describe('three version-1 and two version-2 meetmomenten', () => {
  it('give one timeline per needle over all five, and a change table across the version change by needle score', async () => {
    const app = harness;
    const made: { id: string; date: string; version: 1 | 2; value: Answer }[] = [
      { id: '', date: '2025-01-10', version: 1, value: 2 },
      { id: '', date: '2025-04-10', version: 1, value: 3 },
      { id: '', date: '2025-08-10', version: 1, value: 3 },
      { id: '', date: '2025-12-10', version: 2, value: 4 },
      { id: '', date: '2026-03-10', version: 2, value: 5 },
    ];
    // Entered out of order: history sorts by date.
    for (const m of [made[3]!, made[0]!, made[4]!, made[2]!, made[1]!]) {
      m.id = (
        await call<{ id: string }>(app, 'createAssessment', {
          questionnaire: { id: 'kompas', version: m.version },
          date: m.date,
          answers: answers(m.value),
          targets: { '1': 5 },
          reflections: {},
        })
      ).id;
    }
    const history = await call<History>(await restart(), 'getHistory', {});
    expect(history.assessments.map((a) => [a.date, a.questionnaireVersion])).toEqual(made.map((m) => [m.date, m.version]));

    // The timeline of a needle has all five points, across the version change.
    const needle1 = needleTimelines(history).find((t) => t.needle === 1)!;
    expect(needle1.points.map((p) => (p.kind === 'assessment' ? [p.date, p.self, p.target] : null))).toEqual(made.map((m) => [m.date, m.value, 5]));

    // The default comparison is the two newest (both version 2); across the change it compares needle scores.
    expect(defaultPair(history)).toEqual({ from: made[3]!.id, to: made[4]!.id });
    const across = changeBetween(history.assessments[2]!, history.assessments[3]!);
    expect(across.needles.every((c) => c.from === 3 && c.to === 4 && c.change === 1)).toBe(true);
    expect(across.dimensions.every((c) => c.change === 1)).toBe(true);
  });
});
