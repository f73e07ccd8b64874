/** History: self scores and targets per meetmoment, and the published others' means per closed 360° round. */
import type { ApiHandlers, History } from '@shared/contract/api';
import { NEEDLE_IDS } from '@shared/kernel/compass/model';
import { localIsoDate } from '@shared/kernel/dates';
import { basisSet } from '@shared/features/history/history';
import { needleScores } from '@shared/kernel/scoring';
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import type { FeedbackDocument, Round } from '@shared/features/feedback/schemas';
import type { DocumentFile } from '../storage/documentFile';
import { reportOf } from './feedback';

export interface HistoryContext {
  readonly activeProfile: () => ProfileDocument;
  readonly feedbackFile: (profileId: string) => DocumentFile<FeedbackDocument>;
}

type NeedleMeans = History['assessments'][number]['needles'];

function needleMeans(values: (needle: (typeof NEEDLE_IDS)[number]) => number | null | undefined): NeedleMeans {
  return Object.fromEntries(NEEDLE_IDS.map((n) => [String(n), values(n) ?? null])) as NeedleMeans;
}

/**
 * A closed round as history shows it: the needle means of the set its report compares self with, and
 * nothing the report does not publish. A round whose report shows no figures at all is left out.
 */
function roundEntry(round: Round, profile: ProfileDocument): History['rounds'][number] | null {
  if (!round.closedAt) return null;
  const basis = basisSet(reportOf(round, profile));
  if (!basis) return null;
  return {
    id: round.id,
    name: round.name,
    date: localIsoDate(new Date(round.closedAt)),
    basis: basis.key,
    needles: needleMeans((n) => basis.needles[String(n) as keyof typeof basis.needles]?.mean),
  };
}

export function createHistoryHandlers(ctx: HistoryContext): Pick<ApiHandlers, 'getHistory'> {
  return {
    getHistory: async () => {
      const profile = ctx.activeProfile();
      const assessments = [...profile.assessments]
        .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
        .map((a) => {
          const scores = needleScores(a.answers);
          return {
            id: a.id,
            date: a.date,
            needles: needleMeans((n) => scores[n]),
            targets: needleMeans((n) => a.targets[String(n) as keyof typeof a.targets]),
          };
        });
      const rounds = (ctx.feedbackFile(profile.id).read()?.rounds ?? [])
        .filter((r) => r.closedAt !== null)
        .sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? ''))
        .flatMap((r) => roundEntry(r, profile) ?? []);
      return { assessments, rounds };
    },
  };
}
