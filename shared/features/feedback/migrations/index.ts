/**
 * Migrations of the round document. Version 1 (app 0.1) kept all rounds of a profile in one
 * document `{ schemaVersion: 1, profileId, rounds: [...] }`. The workspace layout splits that
 * document into one v1-shaped document per round (`splitFeedbackV1`), and step 1 → 2 turns each
 * into `{ schemaVersion: 2, profileId, round }`. Step 2 → 3 adds the rater group `bestuurlijk`
 * (the political-administrative environment, app 0.2) to the counts of a published report: no one
 * was asked in that group before, so its count is 0. Step 3 → 4 records the questionnaire a round
 * asks (app 0.2 has `kompas` 1 and 2): every earlier round asked version 1. A published report says so
 * too; its self figures name version 1 (the only one then), and it has no cannot-judge
 * counts (`cannotJudge: null`: the raw answers they would come from are gone). Step 4 → 5 adds where
 * respondents send their answers (`returnTo`; null: the round's invitations were made without it and
 * keep working) and the meetmoment the report compares with (`comparedWith`; null: not fixed yet).
 * Step 5 → 6 names where a round comes from (`origin`): every earlier round is the leader's own
 * (`own`), held by the leader (`heldByCoach: false`); a round a coach held and handed over as a
 * report file (`published`) exists only from 6.
 */
import type { MigrationStep } from '../../../kernel/migrate';

type Raw = Readonly<Record<string, unknown>>;

const ROUND_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function roundsOf(doc: Raw): Raw[] {
  const rounds = doc.rounds;
  if (!Array.isArray(rounds) || !rounds.every((r) => r !== null && typeof r === 'object')) {
    throw new TypeError('rounds');
  }
  return rounds as Raw[];
}

/** The only questionnaire before app 0.2. */
const V1 = { id: 'kompas', version: 1 } as const;

export const ROUND_MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 1,
    up: (doc) => {
      const rounds = roundsOf(doc);
      if (rounds.length !== 1) throw new TypeError('rounds');
      return { schemaVersion: 2, profileId: doc.profileId, round: rounds[0] };
    },
  },
  {
    from: 2,
    up: (doc) => {
      const round = doc.round as Raw | null;
      if (round === null || typeof round !== 'object') throw new TypeError('round');
      const published = round.published as Raw | null;
      if (published === null) return { ...doc, schemaVersion: 3 };
      const counts = published.counts as Raw | null;
      if (counts === null || typeof counts !== 'object') throw new TypeError('counts');
      return { ...doc, schemaVersion: 3, round: { ...round, published: { ...published, counts: { ...counts, bestuurlijk: counts.bestuurlijk ?? 0 } } } };
    },
  },
  {
    from: 3,
    up: (doc) => {
      const round = doc.round as Raw | null;
      if (round === null || typeof round !== 'object') throw new TypeError('round');
      const published = round.published as Raw | null;
      const upgraded: Raw = { ...round, questionnaire: round.questionnaire ?? V1 };
      if (published === null || published === undefined) return { ...doc, schemaVersion: 4, round: upgraded };
      if (typeof published !== 'object') throw new TypeError('published');
      const self = published.self as Raw | null;
      if (self !== null && typeof self !== 'object') throw new TypeError('self');
      return {
        ...doc,
        schemaVersion: 4,
        round: {
          ...upgraded,
          published: {
            ...published,
            self: self === null ? null : { questionnaire: self.questionnaire ?? V1, ...self },
            cannotJudge: published.cannotJudge ?? null,
          },
        },
      };
    },
  },
  {
    from: 4,
    up: (doc) => {
      const round = doc.round as Raw | null;
      if (round === null || typeof round !== 'object') throw new TypeError('round');
      return { ...doc, schemaVersion: 5, round: { ...round, returnTo: round.returnTo ?? null, comparedWith: round.comparedWith ?? null } };
    },
  },
  {
    from: 5,
    up: (doc) => {
      const round = doc.round as Raw | null;
      if (round === null || typeof round !== 'object') throw new TypeError('round');
      return { ...doc, schemaVersion: 6, round: { origin: 'own', heldByCoach: false, ...round } };
    },
  },
];

/** A v1 feedback document as one v1 document per round, keyed by the round's id. */
export function splitFeedbackV1(doc: Raw): Map<string, Record<string, unknown>> {
  const byRound = new Map<string, Record<string, unknown>>();
  for (const round of roundsOf(doc)) {
    // The id becomes a file name: only a real round id (a UUID) is accepted, never a path.
    if (typeof round.id !== 'string' || !ROUND_ID.test(round.id)) throw new TypeError('round id');
    byRound.set(round.id, { schemaVersion: 1, profileId: doc.profileId, rounds: [round] });
  }
  return byRound;
}
