/**
 * The number of raters per item who chose the no-answer option (could not judge; issue 8), under
 * the anonymity rules of spec §4 (k = 3). How the counts stay within them:
 *
 * - Only for the set "anderen" (all anonymous others), and only when the report publishes that set: never
 *   per group or for "overige beoordelaars", never for the non-anonymous manager. So no count is taken of
 *   a set below k. (A shown group's own count follows anyway from its published n and its item figure's
 *   n: how many in a group of ≥ k did not judge an item says nothing about anyone's answers.)
 * - Where "anderen" has a published figure for the item (≥ k answered; "anderen" is never withheld by
 *   the difference rule), the count is exact, and it equals the set's n minus the item figure's n: both
 *   published already, so the count adds nothing.
 * - Where no one answered, the count is the whole set (exact): the answerers number 0, which §4 allows.
 * - Where 1 or 2 answered, the exact count would publish the n of an item figure §4 withholds (fewer
 *   than k answers). The count is then a lower bound, "at least n − (k − 1)", which tells no more than the
 *   withheld figure already does: fewer than k answered.
 *
 * Like a bucket of a distribution, a count says how many chose this answer, never who.
 */
import { ALL_ITEM_IDS } from '../../kernel/compass/itemIds';
import type { ItemId, NeedleId } from '../../kernel/compass/model';
import type { ResponsePayload } from '../exchange/formats';
import { K_ANONYMITY, type CannotJudgeFigure, type PublishedSet, type ReportModel } from './reportModel';

/** The counts of the published set "anderen" from its members' raw answers (they never leave this module). */
export function cannotJudgeCounts(members: readonly ResponsePayload[], anderen: PublishedSet): Record<ItemId, CannotJudgeFigure> {
  if (anderen.key !== 'anderen' || !anderen.anonymous || anderen.n !== members.length) {
    throw new Error('cannot-judge counts are only published for the set "anderen"');
  }
  const n = members.length;
  return Object.fromEntries(
    ALL_ITEM_IDS.map((item) => [item, cannotJudgeFigure(n, members.filter((m) => m.answers[item] !== null).length)]),
  ) as Record<ItemId, CannotJudgeFigure>;
}

/** The published count for one item of "anderen" (`setSize` respondents, `answered` of whom answered it). */
export function cannotJudgeFigure(setSize: number, answered: number): CannotJudgeFigure {
  return answered > 0 && answered < K_ANONYMITY
    ? { count: setSize - (K_ANONYMITY - 1), atLeast: true }
    : { count: setSize - answered, atLeast: false };
}

/** From one in this many of "anderen" on, an item counts as one that many raters could not judge. */
export const MANY_CANNOT_JUDGE_ONE_IN = 3;

/**
 * The needles with at least one item that at least a third of "anderen" could not judge (a lower bound
 * counts as its bound), in needle order. Taken from published figures only.
 */
export function needlesManyCouldNotJudge(report: Pick<ReportModel, 'cannotJudge' | 'sets'>): NeedleId[] {
  const anderen = report.sets.find((s) => s.key === 'anderen');
  if (!report.cannotJudge || !anderen) return [];
  const counts = report.cannotJudge;
  const needles = ALL_ITEM_IDS.filter((item) => {
    const figure = counts[item];
    return figure !== undefined && figure.count > 0 && figure.count * MANY_CANNOT_JUDGE_ONE_IN >= anderen.n;
  }).map((item) => Number(item.split('.')[0]) as NeedleId);
  return [...new Set(needles)];
}
