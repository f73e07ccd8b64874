/**
 * The report's verbatim comments (spec §4): anonymous ones only when the 360 scores are shown; a
 * group label only for the groups in `labelled` (see `labelledGroups` in ./anonymity); the
 * non-anonymous manager's comments labelled as such. Order: first a canonical sort (by text), so
 * nothing of the arrival order survives, then a shuffle seeded by the round id, so the report is
 * stable. (Shuffling the arrival order with a known seed could be undone; sorting first cannot.)
 */
import { NEEDLE_IDS } from '../../kernel/compass/model';
import { RATER_GROUPS, type RaterGroup, type ResponsePayload } from '../exchange/formats';
import type { NeedleKey } from '../../kernel/primitives';
import type { ReportComment, ReportComments } from './reportModel';
import { seededShuffle } from './shuffle';

export interface CommentSources {
  readonly roundId: string;
  /** Anonymous responses whose comments may be shown (empty when the scores are withheld). */
  readonly anonymous: readonly ResponsePayload[];
  /** Responses of a non-anonymous manager. */
  readonly manager: readonly ResponsePayload[];
  readonly labelled: readonly RaterGroup[];
}

type ListKey = 'keepDoing' | 'startDoing' | `needle-${NeedleKey}`;

function textOf(response: ResponsePayload, list: ListKey): string | undefined {
  const c = response.comments;
  if (list === 'keepDoing') return c.keepDoing;
  if (list === 'startDoing') return c.startDoing;
  return c.needles?.[list.slice('needle-'.length) as NeedleKey];
}

const groupRank = (g: RaterGroup | null): number => (g === null ? -1 : RATER_GROUPS.indexOf(g));

function compareComments(a: ReportComment, b: ReportComment): number {
  if (a.text !== b.text) return a.text < b.text ? -1 : 1;
  return groupRank(a.group) - groupRank(b.group) || Number(a.nonAnonymousManager) - Number(b.nonAnonymousManager);
}

function list(sources: CommentSources, key: ListKey): ReportComment[] {
  const out: ReportComment[] = [];
  for (const r of sources.anonymous) {
    const text = textOf(r, key);
    if (text === undefined || text.trim() === '') continue;
    out.push({ text, group: sources.labelled.includes(r.raterGroup) ? r.raterGroup : null, nonAnonymousManager: false });
  }
  for (const r of sources.manager) {
    const text = textOf(r, key);
    if (text === undefined || text.trim() === '') continue;
    out.push({ text, group: r.raterGroup, nonAnonymousManager: true });
  }
  return seededShuffle(out.sort(compareComments), `${sources.roundId}/${key}`);
}

export function reportComments(sources: CommentSources): ReportComments {
  return {
    keepDoing: list(sources, 'keepDoing'),
    startDoing: list(sources, 'startDoing'),
    needles: Object.fromEntries(NEEDLE_IDS.map((n) => [`${n}`, list(sources, `needle-${n}`)])) as Record<
      NeedleKey,
      ReportComment[]
    >,
    labelledGroups: RATER_GROUPS.filter((g) => sources.labelled.includes(g)),
  };
}
