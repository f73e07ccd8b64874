/**
 * The anonymity rules of docs/exchange-formats.md §4 (k = 3) as pure decisions on counts.
 *
 * The rule behind all others: no figure the report shows, alone or by subtracting or combining
 * figures it shows, may describe fewer than 3 anonymous respondents. How the report keeps it:
 *
 * 1. Sets (`planSets`, literally §4): a group with ≥ 3 anonymous responses is shown on its own; the
 *    groups with 1–2 are pooled into "overige beoordelaars", shown if the pool has ≥ 3; "anderen"
 *    (all anonymous others) is shown only when the respondents beyond the separately shown sets
 *    number 0 or ≥ 3; with < 3 anonymous others in all, no 360 scores at all. The shown anonymous
 *    sets are therefore "anderen" plus pairwise disjoint subsets of it.
 * 2. Item figures: a set's item figure counts only those who answered the item; < 3 → not shown.
 *    Then, per item, the difference rule (`withheldByDifferenceRule`): "anderen" minus the shown
 *    subsets' figures of that item must describe 0 or ≥ 3 respondents. Policy when it would describe
 *    1 or 2: keep "anderen" and withhold the shown subset figure with the fewest answers. "Anderen"
 *    is the headline figure (the compass overlay, strengths, priorities, blind spots), while a
 *    group's figure is detail; withholding one subset adds its ≥ 3 answers to the remainder, so the
 *    remainder becomes ≥ 4 and every combination of the remaining figures is safe.
 *    Distributions belong to item figures (same contributors), so the same decision covers them.
 * 3. Needle figures are the mean of the set's *published* item figures of that needle, so they add
 *    no information beyond those (a respondent-weighted needle mean would: needle × n minus the two
 *    item sums isolates the few who answered only one of the two items). The difference rule is
 *    applied to needle figures too, on their contributors (respondents who answered a used item).
 *
 * Counts per group may be small (spec: an open round shows counts); they reveal no answers.
 */
import { RATER_GROUPS, type RaterGroup } from '../exchange/formats';
import { K_ANONYMITY, SET_KEYS, type SetKey } from './reportModel';

export interface SetPlan {
  /** At least K anonymous others in all. */
  readonly scoresShown: boolean;
  /** Groups with ≥ K anonymous responses, shown on their own. */
  readonly separate: readonly RaterGroup[];
  /** Groups with 1 … K−1 anonymous responses, pooled into "overige beoordelaars". */
  readonly pooled: readonly RaterGroup[];
  /** The pool is published as a set (≥ K, next to at least one group of its own). */
  readonly overigeShown: boolean;
  readonly anderenShown: boolean;
}

/** 0, or at least K: a remainder that can be shown (or derived) without describing 1 or 2 people. */
export function isSafeRemainder(count: number): boolean {
  return count === 0 || count >= K_ANONYMITY;
}

export function planSets(anonymousCounts: Readonly<Record<RaterGroup, number>>): SetPlan {
  const total = RATER_GROUPS.reduce((sum, g) => sum + anonymousCounts[g], 0);
  const scoresShown = total >= K_ANONYMITY;
  if (!scoresShown) return { scoresShown, separate: [], pooled: [], overigeShown: false, anderenShown: false };
  const separate = RATER_GROUPS.filter((g) => anonymousCounts[g] >= K_ANONYMITY);
  const pooled = RATER_GROUPS.filter((g) => anonymousCounts[g] > 0 && anonymousCounts[g] < K_ANONYMITY);
  const poolSize = pooled.reduce((sum, g) => sum + anonymousCounts[g], 0);
  const poolReachesK = poolSize >= K_ANONYMITY;
  // With no group of its own, the pool is everyone: it would only repeat "anderen".
  const overigeShown = poolReachesK && separate.length > 0;
  const beyondShown = poolReachesK ? 0 : poolSize;
  return { scoresShown, separate, pooled, overigeShown, anderenShown: isSafeRemainder(beyondShown) };
}

/** A figure that passed the minimum on its own: its set and how many respondents it describes. */
export interface Candidate {
  readonly key: SetKey;
  readonly contributors: number;
}

const setOrder = (key: SetKey): number => SET_KEYS.indexOf(key);

/**
 * The subset figures to withhold for one target (a needle or an item) so that "anderen" minus any
 * collection of the shown subset figures describes 0 or ≥ K respondents. `candidates` are the
 * anonymous figures of that target with ≥ K contributors each; all but `anderen` are pairwise
 * disjoint subsets of `anderen` (as `planSets` guarantees, and as needle and item contributors
 * keep: a subset never uses an item that "anderen" lacks). The remainder after removing every shown
 * subset is the smallest; removing fewer adds ≥ K each, so only that remainder needs checking.
 * Policy: keep `anderen`; withhold the subset with the fewest contributors (ties: the later set).
 */
export function withheldByDifferenceRule(candidates: readonly Candidate[]): Set<SetKey> {
  const withheld = new Set<SetKey>();
  const anderen = candidates.find((c) => c.key === 'anderen');
  if (!anderen) return withheld;
  const subsets = candidates
    .filter((c) => c.key !== 'anderen')
    .sort((a, b) => a.contributors - b.contributors || setOrder(b.key) - setOrder(a.key));
  let remainder = anderen.contributors - subsets.reduce((sum, c) => sum + c.contributors, 0);
  for (const subset of subsets) {
    if (isSafeRemainder(remainder)) break;
    withheld.add(subset.key);
    remainder += subset.contributors;
  }
  return withheld;
}

/**
 * The groups whose comments carry their group label. Spec §4: only groups shown on their own
 * (≥ K anonymous responses). In addition, the respondents left without a label must number 0 or
 * ≥ K: with 3 collega's labelled and 2 medewerkers unlabelled, the unlabelled comments would be known
 * to come from those 2. Policy as for figures: drop the label of the smallest labelled group
 * (ties: the later group), which adds ≥ K to the unlabelled pool.
 */
export function labelledGroups(anonymousCounts: Readonly<Record<RaterGroup, number>>, plan: SetPlan): RaterGroup[] {
  if (!plan.scoresShown) return [];
  const labelled = [...plan.separate];
  const total = RATER_GROUPS.reduce((sum, g) => sum + anonymousCounts[g], 0);
  let unlabelled = total - labelled.reduce((sum, g) => sum + anonymousCounts[g], 0);
  const bySize = [...labelled].sort(
    (a, b) => anonymousCounts[a] - anonymousCounts[b] || RATER_GROUPS.indexOf(b) - RATER_GROUPS.indexOf(a),
  );
  for (const group of bySize) {
    if (isSafeRemainder(unlabelled)) break;
    labelled.splice(labelled.indexOf(group), 1);
    unlabelled += anonymousCounts[group];
  }
  return labelled;
}
