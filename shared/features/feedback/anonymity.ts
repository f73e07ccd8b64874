/**
 * The anonymity rules of docs/exchange-formats.md §4 (k = 3, as revised: "alle anderen" first) as
 * pure decisions on counts.
 *
 * The rule behind all others: no figure the report shows, alone or by subtracting or combining
 * figures it shows, may describe fewer than 3 anonymous respondents. How the report keeps it:
 *
 * 1. Sets (`planSets`): with ≥ 3 anonymous others, "anderen" (all of them) is always shown and is the
 *    one set every comparison with self uses; with fewer, no 360 scores at all. Then the groups with
 *    ≥ 3 responses, largest first (ties: RATER_GROUPS order), each shown on its own only if the
 *    anonymous respondents not in a shown group stay 0 or ≥ 3 (`takeLargestFirst`). The uncovered
 *    rest, when ≥ 3 next to at least one shown group, is "overige beoordelaars", naming every group
 *    it pools. So the shown anonymous sets are "anderen" plus pairwise disjoint subsets of it that
 *    together cover it, or leave 0 or ≥ 3 uncovered.
 * 2. Item figures: a set's item figure counts only those who answered the item; < 3 → not shown.
 *    Then, per item, the same rule on answerers (`withheldByDifferenceRule`): the subset figures are
 *    taken largest first while the answerers of "anderen" they leave uncovered stay 0 or ≥ 3; a
 *    subset figure that would leave 1 or 2 is left out for that item, and "anderen" stays. Taking a
 *    figure keeps the remainder safe, and every collection of fewer taken subsets leaves the final
 *    remainder plus ≥ 3 per subset left out, so every combination of the shown figures is safe.
 *    Distributions belong to item figures (same contributors), so the same decision covers them.
 * 3. Needle figures are the mean of the set's *published* item figures of that needle, so they add
 *    no information beyond those (a respondent-weighted needle mean would: needle × n minus the two
 *    item sums isolates the few who answered only one of the two items). The same rule is applied to
 *    needle figures too, on their contributors (respondents who answered a used item). A needle
 *    where "anderen" has no figure has no comparison with self (./highlights).
 *
 * Counts per group may be small (spec: an open round shows counts); they reveal no answers, and every
 * decision here follows from them alone, so the report may say why a group is not shown on its own.
 */
import { RATER_GROUPS, type RaterGroup } from '../exchange/formats';
import { K_ANONYMITY, SET_KEYS, type GroupPlacement, type SetKey } from './reportModel';

export interface SetPlan {
  /** At least K anonymous others in all: "anderen" is shown. */
  readonly scoresShown: boolean;
  /** Groups shown on their own, largest first (the report's order). */
  readonly separate: readonly RaterGroup[];
  /** The anonymous groups with responses that are not shown on their own, largest first: "overige" names them so. */
  readonly rest: readonly RaterGroup[];
  /** The rest is published as "overige beoordelaars" (≥ K, next to at least one group of its own). */
  readonly overigeShown: boolean;
  /** Per anonymous group with responses, largest first: shown on its own, or why not (empty when scores are withheld). */
  readonly placements: readonly GroupPlacement[];
}

/** 0, or at least K: a remainder that can be shown (or derived) without describing 1 or 2 people. */
export function isSafeRemainder(count: number): boolean {
  return count === 0 || count >= K_ANONYMITY;
}

/**
 * The one rule for subsets of "anderen", for sets and per item or needle alike: candidates with ≥ K
 * members, largest first (ties: `rank`, lower first), each taken only if the members of `total` not
 * in a taken candidate stay 0 or ≥ K. `total` must be safe itself (0 or ≥ K).
 */
export function takeLargestFirst<T>(total: number, candidates: readonly T[], size: (c: T) => number, rank: (c: T) => number): T[] {
  const ordered = candidates.filter((c) => size(c) >= K_ANONYMITY).sort((a, b) => size(b) - size(a) || rank(a) - rank(b));
  const taken: T[] = [];
  let uncovered = total;
  for (const candidate of ordered) {
    if (!isSafeRemainder(uncovered - size(candidate))) continue;
    taken.push(candidate);
    uncovered -= size(candidate);
  }
  return taken;
}

const groupRank = (g: RaterGroup): number => RATER_GROUPS.indexOf(g);

export function planSets(anonymousCounts: Readonly<Record<RaterGroup, number>>): SetPlan {
  const total = RATER_GROUPS.reduce((sum, g) => sum + anonymousCounts[g], 0);
  const scoresShown = total >= K_ANONYMITY;
  if (!scoresShown) return { scoresShown, separate: [], rest: [], overigeShown: false, placements: [] };
  // The report's order of groups everywhere: largest first, ties in RATER_GROUPS order.
  const present = RATER_GROUPS.filter((g) => anonymousCounts[g] > 0).sort(
    (a, b) => anonymousCounts[b] - anonymousCounts[a] || groupRank(a) - groupRank(b),
  );
  // A group that is everyone would only repeat "anderen".
  const only = present.length === 1 ? present[0] : undefined;
  const candidates = present.filter((g) => g !== only);
  const separate = takeLargestFirst(total, candidates, (g) => anonymousCounts[g], groupRank);
  const rest = present.filter((g) => !separate.includes(g));
  const restSize = rest.reduce((sum, g) => sum + anonymousCounts[g], 0);
  const placements = present.map((group): GroupPlacement => {
    if (group === only) return { group, placement: 'only-group' };
    if (separate.includes(group)) return { group, placement: 'separate' };
    return { group, placement: anonymousCounts[group] < K_ANONYMITY ? 'too-few' : 'would-leave-few' };
  });
  // With no group of its own, the rest is everyone: it would only repeat "anderen".
  return { scoresShown, separate, rest, overigeShown: separate.length > 0 && restSize >= K_ANONYMITY, placements };
}

/** A figure that passed the minimum on its own: its set and how many respondents it describes. */
export interface Candidate {
  readonly key: SetKey;
  readonly contributors: number;
}

/**
 * The subset figures to leave out for one target (a needle or an item), so that "anderen" minus any
 * collection of the shown subset figures describes 0 or ≥ K respondents. `candidates` are the
 * anonymous figures of that target with ≥ K contributors each; all but `anderen` are pairwise
 * disjoint subsets of `anderen` (as `planSets` guarantees, and as needle and item contributors keep:
 * a subset never uses an item that "anderen" lacks). Without an "anderen" figure there is nothing to
 * subtract from (and no subset can reach K). Ties: the set order of SET_KEYS.
 */
export function withheldByDifferenceRule(candidates: readonly Candidate[]): Set<SetKey> {
  const anderen = candidates.find((c) => c.key === 'anderen');
  if (!anderen) return new Set();
  const subsets = candidates.filter((c) => c.key !== 'anderen');
  const shown = takeLargestFirst(anderen.contributors, subsets, (c) => c.contributors, (c) => SET_KEYS.indexOf(c.key));
  return new Set(subsets.filter((c) => !shown.includes(c)).map((c) => c.key));
}

/**
 * The groups whose comments carry their group label (spec §4): exactly the groups shown on their own.
 * The respondents left without a label are the plan's uncovered rest, 0 or ≥ K by construction, so
 * an unlabelled comment is never known to come from 1 or 2 people.
 */
export function labelledGroups(plan: SetPlan): RaterGroup[] {
  return RATER_GROUPS.filter((g) => plan.separate.includes(g));
}
