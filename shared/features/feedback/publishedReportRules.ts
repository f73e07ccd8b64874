/**
 * Checks a report that arrives from outside (a coach's published-report file, spec §7) against the
 * anonymity rules of spec §4 (k = 3) that `buildReport` keeps by construction: the file is refused
 * when any figure covers fewer than 3 anonymous respondents, alone or by subtraction. Only the shape
 * of the rules is checked, on the published numbers themselves (there are no raw answers to
 * recompute from); every report `buildReport` makes passes (property-tested).
 *
 * - Every anonymous set has n ≥ k; the non-anonymous set is only the named manager.
 * - The anonymous sets other than "anderen" are pairwise disjoint subsets of "anderen" (by group),
 *   and "anderen" minus all of them is 0 or ≥ k (`isSafeRemainder`): so is "anderen" minus any
 *   collection of them, since each left out adds ≥ k.
 * - The same per item and per needle on the figures' n: each shown anonymous figure n ≥ k, no subset
 *   figure where "anderen" has none, and the answerers of "anderen" not in a shown subset figure 0 or ≥ k.
 * - A comment carries a group label only for a group with a set of its own; anonymous comments and
 *   cannot-judge counts only when "anderen" is published, the counts as ./cannotJudge gives them.
 */
import { RATER_GROUPS } from '../exchange/formats';
import { isSafeRemainder } from './anonymity';
import { cannotJudgeFigure } from './cannotJudge';
import { groupSetKey, K_ANONYMITY, NAMED_MANAGER_SET_KEY, type PublishedSet, type ReportModel } from './reportModel';

/** `below-k`: a figure or label could describe fewer than k anonymous respondents; `invalid`: figures that contradict each other. */
export type ReportViolation = 'below-k' | 'invalid';

const EPSILON = 1e-9;

interface Figure {
  readonly n: number;
}

/** One target (an item or a needle): the shown anonymous figures, "anderen" first when shown. */
function targetViolation(anderen: Figure | null, subsets: readonly Figure[]): ReportViolation | null {
  if ([anderen, ...subsets].some((f) => f !== null && f.n < K_ANONYMITY)) return 'below-k';
  if (anderen === null) return subsets.length > 0 ? 'below-k' : null;
  const uncovered = anderen.n - subsets.reduce((sum, f) => sum + f.n, 0);
  return uncovered >= 0 && isSafeRemainder(uncovered) ? null : 'below-k';
}

function setsViolation(report: ReportModel, anderen: PublishedSet | undefined, subsets: readonly PublishedSet[]): ReportViolation | null {
  const keys = report.sets.map((s) => s.key);
  if (new Set(keys).size !== keys.length) return 'invalid';
  for (const set of report.sets) {
    if (set.anonymous !== (set.key !== NAMED_MANAGER_SET_KEY)) return 'below-k';
    if (!set.anonymous && !(report.managerNonAnonymous && set.groups.length === 1 && set.groups[0] === 'leidinggevende')) return 'below-k';
    if (set.anonymous && set.n < K_ANONYMITY) return 'below-k';
    if (set.key.startsWith('groep-') && !(set.groups.length === 1 && set.key === groupSetKey(set.groups[0]!))) return 'below-k';
  }
  if (!anderen) return subsets.length > 0 ? 'below-k' : null;
  if (anderen.n !== report.totalAnonymous) return 'invalid';
  const seen = new Set<string>();
  for (const subset of subsets) {
    for (const group of subset.groups) {
      if (seen.has(group) || !anderen.groups.includes(group)) return 'below-k';
      seen.add(group);
    }
  }
  return targetViolation(anderen, subsets);
}

function figuresViolation(anderen: PublishedSet | undefined, subsets: readonly PublishedSet[]): ReportViolation | null {
  if (!anderen) return null;
  const anonymous = [anderen, ...subsets];
  type Pick = (s: PublishedSet) => Readonly<Record<string, Figure | null | undefined>>;
  const targets = (pick: Pick): Set<string> => new Set(anonymous.flatMap((s) => Object.keys(pick(s))));
  const picks: Pick[] = [(s) => s.items, (s) => s.needles];
  for (const pick of picks) {
    for (const target of targets(pick)) {
      const shown = subsets.flatMap((s) => pick(s)[target] ?? []);
      const violation = targetViolation(pick(anderen)[target] ?? null, shown);
      if (violation) return violation;
    }
  }
  for (const set of anonymous) {
    if (Object.values(set.items).some((f) => f !== null && f.n > set.n)) return 'invalid';
    if (Object.values(set.needles).some((f) => f !== null && f.n > set.n)) return 'invalid';
  }
  return null;
}

/** A needle figure is the mean of the set's published item figures it names (./figures). */
function needleMeansViolation(sets: readonly PublishedSet[]): ReportViolation | null {
  for (const set of sets) {
    for (const figure of Object.values(set.needles)) {
      if (figure === null) continue;
      const items = figure.items.map((id) => set.items[id] ?? null);
      if (items.some((f) => f === null)) return 'invalid';
      const mean = items.reduce((sum, f) => sum + (f?.mean ?? 0), 0) / items.length;
      if (Math.abs(mean - figure.mean) > EPSILON) return 'invalid';
    }
  }
  return null;
}

function commentsViolation(report: ReportModel, anderen: PublishedSet | undefined): ReportViolation | null {
  const { comments } = report;
  const ownSet = (group: string): boolean =>
    report.sets.some((s) => s.anonymous && s.groups.length === 1 && s.groups[0] === group && s.key !== 'anderen');
  if (!comments.labelledGroups.every(ownSet)) return 'below-k';
  const all = [...comments.keepDoing, ...comments.startDoing, ...Object.values(comments.needles).flat()];
  const namedManager = report.sets.some((s) => s.key === NAMED_MANAGER_SET_KEY);
  for (const comment of all) {
    if (comment.nonAnonymousManager) {
      if (!namedManager) return 'below-k';
    } else if (!anderen || (comment.group !== null && !comments.labelledGroups.includes(comment.group))) {
      return 'below-k';
    }
  }
  return null;
}

function cannotJudgeViolation(report: ReportModel, anderen: PublishedSet | undefined): ReportViolation | null {
  if (report.cannotJudge === null) return null;
  if (!anderen) return 'below-k';
  const same = (a: { count: number; atLeast: boolean }, b: { count: number; atLeast: boolean }): boolean =>
    a.count === b.count && a.atLeast === b.atLeast;
  for (const [item, figure] of Object.entries(report.cannotJudge)) {
    const answered = anderen.items[item as keyof PublishedSet['items']] ?? null;
    // With the item figure withheld, 0 answerers (exact) or 1–2 (the lower bound) are what the rule can give.
    const allowed = answered ? [answered.n] : [0, 1];
    if (!allowed.some((a) => same(figure, cannotJudgeFigure(anderen.n, a)))) return 'below-k';
  }
  return null;
}

/** Highlights name a published anonymous set and quote its needle figure. */
function highlightsViolation(report: ReportModel): ReportViolation | null {
  for (const h of [...report.strengths, ...report.priorities]) {
    const basis = report.sets.find((s) => s.key === h.basis);
    const figure = basis?.anonymous ? basis.needles[h.needle] : null;
    if (!figure || Math.abs(figure.mean - h.others) > EPSILON) return 'invalid';
  }
  return null;
}

/** Why a report from outside may not be shown, or null when it keeps the rules. */
export function publishedReportViolation(report: ReportModel): ReportViolation | null {
  const anderen = report.sets.find((s) => s.key === 'anderen');
  const subsets = report.sets.filter((s) => s.anonymous && s.key !== 'anderen');
  if (report.scoresShown !== (anderen !== undefined)) return 'below-k';
  if (report.scoresShown !== report.totalAnonymous >= K_ANONYMITY) return 'invalid';
  if (RATER_GROUPS.some((g) => report.comments.labelledGroups.filter((l) => l === g).length > 1)) return 'invalid';
  return (
    setsViolation(report, anderen, subsets) ??
    figuresViolation(anderen, subsets) ??
    commentsViolation(report, anderen) ??
    cannotJudgeViolation(report, anderen) ??
    needleMeansViolation(report.sets) ??
    highlightsViolation(report)
  );
}
