import { describe, expect, it } from 'vitest';
import { migrateDocument, stepsAreComplete, versionOf, type MigrationStep } from '@shared/kernel/migrate';
import { ROUND_MIGRATIONS, splitFeedbackV1 } from '@shared/features/feedback/migrations';
import { ROUND_SCHEMA_VERSION } from '@shared/features/feedback/schemas';

/** v1 → v2 renames `title` to `name`; v2 → v3 adds `tags`. */
const STEPS: MigrationStep[] = [
  { from: 1, up: ({ title, ...rest }) => ({ ...rest, schemaVersion: 2, name: title }) },
  { from: 2, up: (doc) => ({ ...doc, schemaVersion: 3, tags: [] }) },
];

describe('versionOf', () => {
  it.each([
    [{ schemaVersion: 1 }, 1],
    [{ schemaVersion: 12 }, 12],
    [{ schemaVersion: 0 }, null],
    [{ schemaVersion: -1 }, null],
    [{ schemaVersion: 1.5 }, null],
    [{ schemaVersion: '1' }, null],
    [{}, null],
    [[{ schemaVersion: 1 }], null],
    [null, null],
    ['{"schemaVersion":1}', null],
  ])('%j → %s', (raw, version) => {
    expect(versionOf(raw)).toBe(version);
  });
});

describe('migrateDocument', () => {
  it('current: the same document, untouched', () => {
    const doc = { schemaVersion: 3, name: 'x', tags: [] };
    const outcome = migrateDocument(doc, 3, STEPS);
    expect(outcome).toEqual({ kind: 'current', doc });
    expect(outcome.kind === 'current' && outcome.doc).toBe(doc);
  });

  it('older: every step from its version runs in order; the input is not changed', () => {
    const doc = Object.freeze({ schemaVersion: 1, title: 'Oud' });
    expect(migrateDocument(doc, 3, STEPS)).toEqual({ kind: 'upgraded', fromVersion: 1, doc: { schemaVersion: 3, name: 'Oud', tags: [] } });
    expect(migrateDocument({ schemaVersion: 2, name: 'Half' }, 3, STEPS)).toEqual({
      kind: 'upgraded',
      fromVersion: 2,
      doc: { schemaVersion: 3, name: 'Half', tags: [] },
    });
    expect(doc).toEqual({ schemaVersion: 1, title: 'Oud' });
  });

  it('steps may be listed in any order', () => {
    expect(migrateDocument({ schemaVersion: 1, title: 'x' }, 3, [...STEPS].reverse())).toMatchObject({ kind: 'upgraded', doc: { schemaVersion: 3 } });
  });

  it('newer: reported with its version, never run through steps', () => {
    let ran = false;
    const steps = STEPS.map((s) => ({ ...s, up: (d: Record<string, unknown>) => ((ran = true), s.up(d)) }));
    expect(migrateDocument({ schemaVersion: 4 }, 3, steps)).toEqual({ kind: 'newer', version: 4 });
    expect(ran).toBe(false);
  });

  it.each([null, [], 'tekst', 7, {}, { schemaVersion: 0 }, { schemaVersion: '2' }])('no valid version (%j): unreadable', (raw) => {
    expect(migrateDocument(raw, 3, STEPS)).toEqual({ kind: 'unreadable' });
  });

  it('a missing step: unreadable', () => {
    expect(migrateDocument({ schemaVersion: 1, title: 'x' }, 3, [STEPS[1] as MigrationStep])).toEqual({ kind: 'unreadable' });
    expect(migrateDocument({ schemaVersion: 2 }, 3, [STEPS[0] as MigrationStep])).toEqual({ kind: 'unreadable' });
  });

  it('a step that throws: unreadable', () => {
    const throwing: MigrationStep = {
      from: 2,
      up: () => {
        throw new TypeError('kapot');
      },
    };
    expect(migrateDocument({ schemaVersion: 1, title: 'x' }, 3, [STEPS[0] as MigrationStep, throwing])).toEqual({ kind: 'unreadable' });
  });

  it.each([
    ['stays at its version', (doc: Record<string, unknown>) => ({ ...doc })],
    ['skips a version', (doc: Record<string, unknown>) => ({ ...doc, schemaVersion: 3 })],
    ['goes back', (doc: Record<string, unknown>) => ({ ...doc, schemaVersion: 0 })],
    ['returns no object', () => null as unknown as Record<string, unknown>],
  ])('a step that %s (not the next version): unreadable', (_label, up) => {
    expect(migrateDocument({ schemaVersion: 1 }, 3, [{ from: 1, up }, STEPS[1] as MigrationStep])).toEqual({ kind: 'unreadable' });
  });
});

describe('stepsAreComplete', () => {
  it.each([
    [[], 1, true],
    [STEPS, 3, true],
    [[...STEPS].reverse(), 3, true],
    [STEPS, 2, false], // one step too many
    [STEPS, 4, false], // 3 → 4 missing
    [[STEPS[1]], 3, false], // 1 → 2 missing
    [[STEPS[0], STEPS[0]], 3, false], // 1 → 2 twice, 2 → 3 missing
    [[], 2, false],
  ] as [MigrationStep[], number, boolean][])('%#: %j up to version %i → %s', (steps, current, complete) => {
    expect(stepsAreComplete(steps, current)).toBe(complete);
  });

  it('the round document has a complete list of steps up to its version', () => {
    expect(ROUND_SCHEMA_VERSION).toBe(6);
    expect(stepsAreComplete(ROUND_MIGRATIONS, ROUND_SCHEMA_VERSION)).toBe(true);
  });
});

describe('the round migrations (v1: all rounds of a profile in one document)', () => {
  const profileId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  const r1 = { id: '9f1702e7-5644-4418-8c3d-dc619d57936a', name: 'Najaar' };
  const r2 = { id: 'a890277d-4e08-4a24-90d2-a350ea3c9cd1', name: 'Winter' };

  it('split: one v1 document per round, keyed by round id', () => {
    const split = splitFeedbackV1({ schemaVersion: 1, profileId, rounds: [r1, r2] });
    expect([...split.entries()]).toEqual([
      [r1.id, { schemaVersion: 1, profileId, rounds: [r1] }],
      [r2.id, { schemaVersion: 1, profileId, rounds: [r2] }],
    ]);
    expect(splitFeedbackV1({ schemaVersion: 1, profileId, rounds: [] }).size).toBe(0);
  });

  it.each([{ schemaVersion: 1, profileId }, { schemaVersion: 1, profileId, rounds: [null] }, { schemaVersion: 1, profileId, rounds: [{ name: 'zonder id' }] }])(
    'split refuses a document that is not a v1 feedback document (%j)',
    (doc) => {
      expect(() => splitFeedbackV1(doc)).toThrow();
    },
  );

  it('step 1 → 2: one round becomes { schemaVersion: 2, profileId, round }', () => {
    expect(migrateDocument({ schemaVersion: 1, profileId, rounds: [r1] }, 2, ROUND_MIGRATIONS)).toEqual({
      kind: 'upgraded',
      fromVersion: 1,
      doc: { schemaVersion: 2, profileId, round: r1 },
    });
  });

  it.each([[[]], [[r1, r2]]])('step 1 → 2 refuses a v1 document that does not hold exactly one round (%j)', (rounds) => {
    expect(migrateDocument({ schemaVersion: 1, profileId, rounds }, 2, ROUND_MIGRATIONS)).toEqual({ kind: 'unreadable' });
  });

  it('step 2 → 3: a published report counts the new group bestuurlijk as 0; an unpublished round only changes version', () => {
    const published = { counts: { leidinggevende: 0, collega: 3, medewerker: 3, extern: 0 }, k: 3 };
    expect(migrateDocument({ schemaVersion: 2, profileId, round: { ...r1, published } }, 3, ROUND_MIGRATIONS)).toEqual({
      kind: 'upgraded',
      fromVersion: 2,
      doc: { schemaVersion: 3, profileId, round: { ...r1, published: { ...published, counts: { ...published.counts, bestuurlijk: 0 } } } },
    });
    expect(migrateDocument({ schemaVersion: 2, profileId, round: { ...r1, published: null } }, 3, ROUND_MIGRATIONS)).toEqual({
      kind: 'upgraded',
      fromVersion: 2,
      doc: { schemaVersion: 3, profileId, round: { ...r1, published: null } },
    });
    expect(migrateDocument({ schemaVersion: 2, profileId, round: { ...r1, published: { counts: null } } }, 3, ROUND_MIGRATIONS)).toEqual({ kind: 'unreadable' });
  });

  it('step 3 → 4: every earlier round asked questionnaire 1; a published report says so, without "kan ik niet beoordelen" counts', () => {
    const v1 = { id: 'kompas', version: 1 };
    expect(migrateDocument({ schemaVersion: 3, profileId, round: { ...r1, published: null } }, 4, ROUND_MIGRATIONS)).toEqual({
      kind: 'upgraded',
      fromVersion: 3,
      doc: { schemaVersion: 4, profileId, round: { ...r1, questionnaire: v1, published: null } },
    });
    const self = { needles: { '1': 4 }, items: { '1.1': 4 } };
    const published = { questionnaire: v1, counts: { collega: 3 }, self };
    expect(migrateDocument({ schemaVersion: 3, profileId, round: { ...r1, published } }, 4, ROUND_MIGRATIONS)).toEqual({
      kind: 'upgraded',
      fromVersion: 3,
      doc: {
        schemaVersion: 4,
        profileId,
        round: { ...r1, questionnaire: v1, published: { ...published, self: { questionnaire: v1, ...self }, cannotJudge: null } },
      },
    });
    // Without a self-assessment the report's self stays null.
    const noSelf = migrateDocument({ schemaVersion: 3, profileId, round: { ...r1, published: { ...published, self: null } } }, 4, ROUND_MIGRATIONS);
    expect(noSelf).toMatchObject({ kind: 'upgraded', doc: { round: { published: { self: null, cannotJudge: null } } } });
    // A v1 document goes through every step to the current version.
    expect(migrateDocument({ schemaVersion: 1, profileId, rounds: [{ ...r1, published: null }] }, ROUND_SCHEMA_VERSION, ROUND_MIGRATIONS)).toEqual({
      kind: 'upgraded',
      fromVersion: 1,
      doc: { schemaVersion: 6, profileId, round: { origin: 'own', heldByCoach: false, ...r1, questionnaire: v1, published: null, returnTo: null, comparedWith: null } },
    });
    for (const round of [null, 'rond', { ...r1, published: 'x' }, { ...r1, published: { ...published, self: 7 } }]) {
      expect(migrateDocument({ schemaVersion: 3, profileId, round }, 4, ROUND_MIGRATIONS)).toEqual({ kind: 'unreadable' });
    }
  });

  it('step 4 → 5: a round made before `returnTo` keeps its invitations (null), and its report has no fixed meetmoment yet', () => {
    const round = { ...r1, questionnaire: { id: 'kompas', version: 2 }, published: null };
    expect(migrateDocument({ schemaVersion: 4, profileId, round }, 5, ROUND_MIGRATIONS)).toEqual({
      kind: 'upgraded',
      fromVersion: 4,
      doc: { schemaVersion: 5, profileId, round: { ...round, returnTo: null, comparedWith: null } },
    });
    expect(migrateDocument({ schemaVersion: 4, profileId, round: null }, 5, ROUND_MIGRATIONS)).toEqual({ kind: 'unreadable' });
  });

  it('step 5 → 6: every earlier round is the leader\'s own, with all its fields as they were', () => {
    const round = { ...r1, questionnaire: { id: 'kompas', version: 2 }, published: null, returnTo: 'secretariaat@example.nl', comparedWith: { kind: 'none' } };
    const upgraded = migrateDocument({ schemaVersion: 5, profileId, round }, 6, ROUND_MIGRATIONS);
    expect(upgraded).toEqual({ kind: 'upgraded', fromVersion: 5, doc: { schemaVersion: 6, profileId, round: { origin: 'own', heldByCoach: false, ...round } } });
    for (const bad of [null, 'rond']) {
      expect(migrateDocument({ schemaVersion: 5, profileId, round: bad }, 6, ROUND_MIGRATIONS)).toEqual({ kind: 'unreadable' });
    }
  });
});
