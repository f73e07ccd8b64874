/**
 * The figures of the report's sets: item figures (mean, n, distribution) and needle figures, with
 * the k = 3 minimum and the difference rule applied per target (see ./anonymity for the reasoning).
 */
import { ALL_ITEM_IDS } from '../../kernel/compass/itemIds';
import { NEEDLE_IDS, type ItemId } from '../../kernel/compass/model';
import type { RaterGroup, ResponsePayload } from '../exchange/formats';
import type { NeedleKey } from '../../kernel/primitives';
import { itemsOfNeedle, mean } from '../../kernel/scoring';
import { withheldByDifferenceRule, type Candidate } from './anonymity';
import { K_ANONYMITY, type ItemFigure, type NeedleFigure, type PublishedSet, type SetKey } from './reportModel';

/** A set to publish, with its respondents (raw answers; they never leave this module). */
export interface MemberSet {
  readonly key: SetKey;
  readonly groups: readonly RaterGroup[];
  readonly anonymous: boolean;
  readonly members: readonly ResponsePayload[];
}

interface Tally {
  /** Indices (into the set's members) of those who answered the item. */
  readonly who: readonly number[];
  readonly figure: ItemFigure | null;
}

function tallyItem(members: readonly ResponsePayload[], item: ItemId): Tally {
  const who: number[] = [];
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  members.forEach((m, index) => {
    const value = m.answers[item];
    if (value === null) return;
    who.push(index);
    distribution[value - 1] = (distribution[value - 1] ?? 0) + 1;
    sum += value;
  });
  const figure = who.length === 0 ? null : { mean: sum / who.length, n: who.length, distribution };
  return { who, figure };
}

/** The smallest number of answers a figure of this set needs: k for anonymous sets, 1 otherwise. */
function minimum(set: MemberSet): number {
  return set.anonymous ? K_ANONYMITY : 1;
}

interface Shown<F> {
  readonly figure: F;
  readonly who: ReadonlySet<number>;
}

/** Keeps the figures that pass the minimum and the difference rule for one target. */
function decide<F>(sets: readonly MemberSet[], tallies: readonly (Shown<F> | null)[]): (Shown<F> | null)[] {
  const candidates: Candidate[] = [];
  sets.forEach((set, i) => {
    const t = tallies[i];
    if (set.anonymous && t && t.who.size >= K_ANONYMITY) candidates.push({ key: set.key, contributors: t.who.size });
  });
  const withheld = withheldByDifferenceRule(candidates);
  return sets.map((set, i) => {
    const t = tallies[i] ?? null;
    if (!t || t.who.size < minimum(set) || withheld.has(set.key)) return null;
    return t;
  });
}

/** Every set's published figures; `sets` holds each set once. */
export function publishSets(sets: readonly MemberSet[]): PublishedSet[] {
  const items = sets.map(() => ({}) as Record<ItemId, ItemFigure | null>);
  const needles = sets.map(() => ({}) as Record<NeedleKey, NeedleFigure | null>);

  for (const needle of NEEDLE_IDS) {
    const itemIds = itemsOfNeedle(needle);
    const shownItems = itemIds.map((item) => {
      const tallies = sets.map((set) => {
        const { who, figure } = tallyItem(set.members, item);
        return figure ? { figure, who: new Set(who) } : null;
      });
      const shown = decide(sets, tallies);
      shown.forEach((s, i) => {
        (items[i] as Record<ItemId, ItemFigure | null>)[item] = s ? s.figure : null;
      });
      return shown;
    });

    // A needle figure is the mean of the set's published item figures of that needle.
    const needleTallies = sets.map((_set, i) => {
      const used = itemIds.flatMap((item, j) => {
        const s = shownItems[j]?.[i];
        return s ? [{ item, s }] : [];
      });
      if (used.length === 0) return null;
      const who = new Set(used.flatMap(({ s }) => [...s.who]));
      const figure: NeedleFigure = {
        mean: mean(used.map(({ s }) => s.figure.mean)) as number,
        n: who.size,
        items: used.map(({ item }) => item),
      };
      return { figure, who };
    });
    decide(sets, needleTallies).forEach((s, i) => {
      (needles[i] as Record<NeedleKey, NeedleFigure | null>)[`${needle}`] = s ? s.figure : null;
    });
  }

  return sets.map((set, i) => ({
    key: set.key,
    groups: [...set.groups],
    anonymous: set.anonymous,
    n: set.members.length,
    needles: needles[i] as Record<NeedleKey, NeedleFigure | null>,
    items: Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, items[i]?.[id] ?? null])) as Record<
      ItemId,
      ItemFigure | null
    >,
  }));
}
