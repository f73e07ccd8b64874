/**
 * Scoring of questionnaire `kompas` v1. A needle's score is the mean of its answered items;
 * a dimension's score is the mean of its needles' scores. The no-answer choice (null) and
 * unanswered items are left out; with nothing to average the score is null, never 0.
 */
import { DIMENSION_IDS, NEEDLE_IDS, type Answer, type DimensionId, type ItemId, type NeedleId } from './compass/model';
import { ALL_ITEM_IDS } from './compass/itemIds';

export type Answers = Partial<Record<ItemId, Answer>>;
export type NeedleScores = Record<NeedleId, number | null>;
export type DimensionScores = Record<DimensionId, number | null>;

/** The needles of each dimension, in order (I: 1–2, II: 3–4, …). */
export const NEEDLES_OF_DIMENSION: Readonly<Record<DimensionId, readonly [NeedleId, NeedleId]>> = {
  I: [1, 2],
  II: [3, 4],
  III: [5, 6],
  IV: [7, 8],
  V: [9, 10],
};

export function mean(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  if (present.length === 0) return null;
  return present.reduce((sum, v) => sum + v, 0) / present.length;
}

export function itemsOfNeedle(needle: NeedleId): readonly [ItemId, ItemId] {
  return [`${needle}.1`, `${needle}.2`];
}

export function needleScore(answers: Answers, needle: NeedleId): number | null {
  return mean(itemsOfNeedle(needle).map((id) => answers[id]));
}

export function needleScores(answers: Answers): NeedleScores {
  return Object.fromEntries(NEEDLE_IDS.map((n) => [n, needleScore(answers, n)])) as NeedleScores;
}

export function dimensionScores(needles: NeedleScores): DimensionScores {
  return Object.fromEntries(
    DIMENSION_IDS.map((d) => [d, mean(NEEDLES_OF_DIMENSION[d].map((n) => needles[n]))]),
  ) as DimensionScores;
}

/** How many items have a response (a value or the no-answer choice). */
export function respondedCount(answers: Answers): number {
  return ALL_ITEM_IDS.filter((id) => answers[id] !== undefined).length;
}

/** Item ids still without any response, in questionnaire order. */
export function unansweredItems(answers: Answers): ItemId[] {
  return ALL_ITEM_IDS.filter((id) => answers[id] === undefined);
}
