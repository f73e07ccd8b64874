/** History: self scores and targets per meetmoment, and the published others' means per closed 360° round. */
import type { ApiHandlers, History } from '@shared/contract/api';
import { NEEDLE_IDS } from '@shared/kernel/compass/model';
import { basisSet } from '@shared/features/history/history';
import { needleScores } from '@shared/kernel/scoring';
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import { sortOldestFirst } from '@shared/features/assessment/latest';
import type { StoredRound } from '@shared/features/feedback/schemas';
import { roundDate } from '@shared/features/feedback/roundDates';
import { requireProfile, type Clock, type FeatureContext } from './context';
import { reportOf, roundsOf } from './feedback';

type NeedleMeans = History['assessments'][number]['needles'];

function needleMeans(values: (needle: (typeof NEEDLE_IDS)[number]) => number | null | undefined): NeedleMeans {
  return Object.fromEntries(NEEDLE_IDS.map((n) => [String(n), values(n) ?? null])) as NeedleMeans;
}

/**
 * A closed round as history shows it: the needle means of the set its report compares self with, and
 * nothing the report does not publish. A round whose report shows no figures at all is left out.
 */
function roundEntry(round: StoredRound, day: string, profile: ProfileDocument): History['rounds'][number] | null {
  const basis = basisSet(reportOf(round, profile));
  if (!basis) return null;
  return {
    id: round.id,
    name: round.name,
    date: day,
    basis: basis.key,
    needles: needleMeans((n) => basis.needles[String(n) as keyof typeof basis.needles]?.mean),
  };
}

/** The day a round closed and the moment it did so here; null while it is open. A coach's round closed on the day its file names. */
function closedOf(round: StoredRound, clock: Clock): { day: string; at: string } | null {
  if (round.origin === 'published') return { day: round.closedOn, at: round.importedAt };
  return round.closedAt ? { day: roundDate(round, clock.timeZone()), at: round.closedAt } : null;
}

export function createHistoryHandlers({ ws, clock }: FeatureContext): Pick<ApiHandlers, 'getHistory'> {
  return {
    getHistory: async ({ profileId }) => {
      const profile = requireProfile(ws, profileId);
      const assessments = sortOldestFirst(profile.assessments).map((a) => {
        const scores = needleScores(a.answers);
        return {
          id: a.id,
          date: a.date,
          questionnaireVersion: a.questionnaire.version,
          needles: needleMeans((n) => scores[n]),
          targets: needleMeans((n) => a.targets[String(n) as keyof typeof a.targets]),
        };
      });
      const rounds = roundsOf(ws, profileId)
        .flatMap((round) => {
          const closed = closedOf(round, clock);
          return closed ? [{ round, ...closed }] : [];
        })
        .sort((a, b) => a.day.localeCompare(b.day) || a.at.localeCompare(b.at))
        .flatMap(({ round, day }) => roundEntry(round, day, profile) ?? []);
      return { assessments, rounds };
    },
  };
}
