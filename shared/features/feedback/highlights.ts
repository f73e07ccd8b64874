/**
 * What the report opens with: strengths, development priorities, and the gaps between the leader's
 * self-assessment and the others' view (blind spots, hidden strengths). Everything here is taken
 * from published figures only, so it reveals nothing beyond them.
 */
import { NEEDLE_IDS } from '../../kernel/compass/model';
import type { NeedleKey } from '../../kernel/primitives';
import type { GapKind, NeedleGap, NeedleHighlight, PublishedSet, SelfFigures, SetKey } from './reportModel';

/**
 * The smallest difference between self and others (on the 1–5 scale) that the report calls a blind
 * spot (self − others ≥ threshold) or a hidden strength (others − self ≥ threshold). Three quarters
 * of a scale point is a difference a group of respondents clearly perceives; smaller gaps are within
 * the noise of a handful of raters (one rater moving one step moves a mean of 3 by a third of a point).
 */
export const GAP_THRESHOLD = 0.75;

/** How many strengths and priorities the report opens with (at most). */
export const HIGHLIGHT_COUNT = 3;

/** Protects the comparison against floating-point noise in means (e.g. 3.7499999999). */
const EPSILON = 1e-9;

export function classifyGap(self: number, others: number, threshold = GAP_THRESHOLD): GapKind | null {
  if (self - others >= threshold - EPSILON) return 'blind-spot';
  if (others - self >= threshold - EPSILON) return 'hidden-strength';
  return null;
}

export interface OthersView {
  readonly needle: NeedleKey;
  readonly mean: number;
  readonly basis: SetKey;
}

/**
 * Per needle, the others' view: the needle figure of "anderen" (all anonymous others), the one
 * comparison set of spec §4. A needle where "anderen" has no figure has no others' view, and so no
 * gap, strength or priority: no other set stands in for it. The non-anonymous manager is not "the
 * others". Without "anderen" (scores withheld) the list is empty.
 */
export function othersView(sets: readonly PublishedSet[]): OthersView[] {
  const anderen = sets.find((s) => s.key === 'anderen' && s.anonymous);
  if (!anderen) return [];
  return NEEDLE_IDS.flatMap((id) => {
    const needle: NeedleKey = `${id}`;
    const figure = anderen.needles[needle];
    return figure ? [{ needle, mean: figure.mean, basis: anderen.key }] : [];
  });
}

export function needleGaps(others: readonly OthersView[], self: SelfFigures | null): NeedleGap[] {
  if (!self) return [];
  return others.flatMap((o) => {
    const own = self.needles[o.needle];
    if (own === null) return [];
    return [
      {
        needle: o.needle,
        self: own,
        others: o.mean,
        basis: o.basis,
        difference: own - o.mean,
        kind: classifyGap(own, o.mean),
      },
    ];
  });
}

const byNeedleId = (a: OthersView, b: OthersView): number => Number(a.needle) - Number(b.needle);

/** The HIGHLIGHT_COUNT needles with the highest others' mean (ties: lower needle id first). */
export function strengths(others: readonly OthersView[], self: SelfFigures | null): NeedleHighlight[] {
  return [...others]
    .sort((a, b) => b.mean - a.mean || byNeedleId(a, b))
    .slice(0, HIGHLIGHT_COUNT)
    .map((o) => highlight(o, self, 'highest-others'));
}

function highlight(o: OthersView, self: SelfFigures | null, reason: NeedleHighlight['reason']): NeedleHighlight {
  return { needle: o.needle, others: o.mean, basis: o.basis, self: self?.needles[o.needle] ?? null, reason };
}

/**
 * Up to HIGHLIGHT_COUNT development priorities among the needles that are not strengths: blind
 * spots first, then the lowest others' mean (within each: lowest others' mean, then needle id).
 */
export function priorities(
  others: readonly OthersView[],
  gaps: readonly NeedleGap[],
  strengthList: readonly NeedleHighlight[],
  self: SelfFigures | null,
): NeedleHighlight[] {
  const taken = new Set(strengthList.map((s) => s.needle));
  const blind = new Set(gaps.filter((g) => g.kind === 'blind-spot').map((g) => g.needle));
  return others
    .filter((o) => !taken.has(o.needle))
    .sort((a, b) => Number(blind.has(b.needle)) - Number(blind.has(a.needle)) || a.mean - b.mean || byNeedleId(a, b))
    .slice(0, HIGHLIGHT_COUNT)
    .map((o) => highlight(o, self, blind.has(o.needle) ? 'blind-spot' : 'lowest-others'));
}
