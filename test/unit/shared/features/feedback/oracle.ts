/**
 * An independent anonymity oracle for the report model: it recomputes every published figure's
 * contributors from the raw responses (never trusting the model's own n values) and checks the
 * headline rule of spec §4 two ways: the contributor-set difference rule, and an exact
 * linear-algebra check that no combination of published sums isolates one or two respondents.
 */
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId, NeedleId } from '@shared/kernel/compass/model';
import type { RaterGroup, ResponsePayload } from '@shared/features/exchange/formats';
import type { PublishedSet, ReportModel } from '@shared/features/feedback/reportModel';
import { itemsOfNeedle } from '@shared/kernel/scoring';

export const K = 3;

export interface Raw {
  readonly index: number;
  readonly group: RaterGroup;
  readonly anonymous: boolean;
  readonly answers: Readonly<Record<ItemId, Answer>>;
}

export function raws(responses: readonly ResponsePayload[], managerNonAnonymous: boolean): Raw[] {
  return responses.map((r, index) => ({
    index,
    group: r.raterGroup,
    anonymous: !(managerNonAnonymous && r.raterGroup === 'leidinggevende'),
    answers: r.answers,
  }));
}

/** The respondents of a published set, from its declared groups and the raw responses. */
export function membersOf(set: PublishedSet, all: readonly Raw[]): Raw[] {
  return all.filter((r) => r.anonymous === set.anonymous && set.groups.includes(r.group));
}

export function answeredBy(members: readonly Raw[], item: ItemId): Raw[] {
  return members.filter((r) => r.answers[item] !== null);
}

export interface Shown {
  readonly label: string;
  readonly who: ReadonlySet<number>;
}

const isSubset = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean => [...a].every((x) => b.has(x));
const disjoint = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean => [...a].every((x) => !b.has(x));

/**
 * The difference rule for one target: every shown figure has ≥ K contributors, and for every shown
 * figure A and every collection of pairwise-disjoint shown figures B1..Bj inside A,
 * |A − ∪ Bi| is 0 or ≥ K. Returns a description of the first violation, or null.
 */
export function differenceViolation(figures: readonly Shown[]): string | null {
  for (const a of figures) {
    if (a.who.size < K) return `${a.label} describes ${a.who.size}`;
    const inside = figures.filter((b) => b !== a && isSubset(b.who, a.who));
    for (let mask = 1; mask < 1 << inside.length; mask++) {
      const chosen = inside.filter((_b, i) => (mask >> i) & 1);
      if (!chosen.every((b, i) => chosen.slice(i + 1).every((c) => disjoint(b.who, c.who)))) continue;
      const covered = new Set(chosen.flatMap((b) => [...b.who]));
      const rest = [...a.who].filter((x) => !covered.has(x)).length;
      if (rest > 0 && rest < K) return `${a.label} minus ${chosen.map((b) => b.label).join(' + ')} describes ${rest}`;
    }
  }
  return null;
}

/** A published sum as a linear functional: coefficient per (respondent, item) variable. */
export type Row = Map<string, number>;
export const variable = (respondent: number, item: ItemId): string => `${respondent}@${item}`;

const TOLERANCE = 1e-9;

/** Reduced row echelon form, in place; returns the pivot column of each nonzero row. */
function rref(m: number[][], cols: number): number[] {
  const pivots: number[] = [];
  let row = 0;
  for (let c = 0; c < cols && row < m.length; c++) {
    let best = row;
    for (let r = row + 1; r < m.length; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[best]![c]!)) best = r;
    if (Math.abs(m[best]![c]!) < TOLERANCE) continue;
    [m[row], m[best]] = [m[best]!, m[row]!];
    const p = m[row]!;
    const f = p[c]!;
    for (let k = 0; k < cols; k++) p[k] = p[k]! / f;
    for (let r = 0; r < m.length; r++) {
      if (r === row) continue;
      const g = m[r]![c]!;
      if (Math.abs(g) < TOLERANCE) continue;
      const q = m[r]!;
      for (let k = 0; k < cols; k++) q[k] = q[k]! - g * p[k]!;
    }
    pivots.push(c);
    row++;
  }
  return pivots;
}

function rank(m: number[][], cols: number): number {
  return rref(m.map((r) => [...r]), cols).length;
}

/**
 * Describes a nonzero combination of `rows` that involves only one or two respondents, or null.
 * With the row space in reduced row echelon form B (pivot columns p_i), a vector of the row space
 * is Σ y_i B_i with y_i equal to its value at p_i. So a vector supported on the columns P of one
 * or two respondents uses only the rows whose pivot lies in P, and exists iff those rows, restricted
 * to the columns outside P, are linearly dependent.
 */
export function isolatesFewerThanK(rows: readonly Row[]): string | null {
  const vars = [...new Set(rows.flatMap((r) => [...r.keys()]))];
  if (vars.length === 0) return null;
  const col = new Map(vars.map((v, i) => [v, i]));
  const m = rows.map((r) => {
    const out = new Array<number>(vars.length).fill(0);
    for (const [v, x] of r) out[col.get(v)!] = x;
    return out;
  });
  const pivots = rref(m, vars.length);
  const rowOfPivot = new Map(pivots.map((c, i) => [c, i]));
  const byRespondent = new Map<string, number[]>();
  vars.forEach((v, i) => {
    const who = v.split('@')[0]!;
    byRespondent.set(who, [...(byRespondent.get(who) ?? []), i]);
  });
  const people = [...byRespondent.entries()];
  const leaks = (cols: readonly number[]): boolean => {
    const used = cols.flatMap((c) => (rowOfPivot.has(c) ? [rowOfPivot.get(c)!] : []));
    if (used.length === 0) return false;
    const inP = new Set(cols);
    const outside = used.map((i) => m[i]!.filter((_x, c) => !inP.has(c)));
    return rank(outside, vars.length - inP.size) < used.length;
  };
  const withPivot = (cols: readonly number[]): boolean => cols.some((c) => rowOfPivot.has(c));
  for (const [r, cols] of people) if (leaks(cols)) return `respondent ${r} isolated`;
  for (let a = 0; a < people.length; a++) {
    const [ra, ca] = people[a]!;
    for (let b = a + 1; b < people.length; b++) {
      const [rb, cb] = people[b]!;
      if ((withPivot(ca) || withPivot(cb)) && leaks([...ca, ...cb])) return `respondents ${ra} and ${rb} isolated`;
    }
  }
  return null;
}

/** Every published anonymous sum of one needle (item figures and the needle figure) as rows. */
export function needleRows(sets: readonly PublishedSet[], all: readonly Raw[], needle: NeedleId): Row[] {
  const rows: Row[] = [];
  const items = itemsOfNeedle(needle);
  for (const set of sets.filter((s) => s.anonymous)) {
    const members = membersOf(set, all);
    for (const item of items) {
      if (!set.items[item]) continue;
      rows.push(new Map(answeredBy(members, item).map((r) => [variable(r.index, item), 1])));
    }
    const figure = set.needles[`${needle}`];
    if (!figure) continue;
    // mean of the used item means: Σ_i (1/(k·n_i)) Σ x_i, scaled to integers by k·Π n_i.
    const counts = figure.items.map((item) => answeredBy(members, item).length);
    const row: Row = new Map();
    figure.items.forEach((item, i) => {
      const weight = counts.reduce((p, n, j) => (j === i ? p : p * n), 1);
      for (const r of answeredBy(members, item)) row.set(variable(r.index, item), weight);
    });
    rows.push(row);
  }
  return rows;
}

export const ITEMS = ALL_ITEM_IDS;

/**
 * The "kan ik niet beoordelen" counts (`model.cannotJudge`) against the raw answers. They exist exactly
 * when "anderen" is published, and each count adds nothing that could describe fewer than K people:
 * - "anderen" shows the item (≥ K answered): the exact count equals set n − item n, both published;
 * - no one answered: the exact count is the whole set (0 answerers: a remainder §4 allows);
 * - 1 or 2 answered: only the bound n − (K − 1), "at least", which says no more than the withheld
 *   item figure already does (fewer than K answered), and is a true lower bound.
 * Returns a description of the first violation, or null.
 */
export function cannotJudgeViolation(model: ReportModel, all: readonly Raw[]): string | null {
  const anderen = model.sets.find((s) => s.key === 'anderen');
  if (!anderen) return model.cannotJudge === null ? null : 'counts without a published "anderen"';
  if (model.cannotJudge === null) return 'no counts next to a published "anderen"';
  const members = membersOf(anderen, all);
  if (anderen.n !== members.length || !anderen.anonymous) return 'anderen: n';
  for (const item of ITEMS) {
    const count = model.cannotJudge[item];
    if (!count) return `${item}: no count`;
    const answered = answeredBy(members, item).length;
    const nulls = members.length - answered;
    const figure = anderen.items[item];
    if (answered >= K) {
      if (!figure || count.atLeast || count.count !== nulls || count.count !== anderen.n - figure.n) return `${item}: count beside its figure`;
    } else if (answered === 0) {
      if (figure || count.atLeast || count.count !== anderen.n) return `${item}: count with no answers`;
    } else if (figure || !count.atLeast || count.count !== anderen.n - (K - 1) || count.count > nulls) {
      return `${item}: ${answered} answered, count ${JSON.stringify(count)}`;
    }
  }
  return null;
}

/**
 * Every published count of one item's answerers, as rows over "answered" indicators (respondent@item):
 * the n of each anonymous set's item figure, and the exact "kan ik niet beoordelen" count of "anderen"
 * (n − count). Set sizes and group counts are public, so only who answered is unknown; no combination of
 * these rows may isolate whether one or two people answered.
 */
export function judgedRows(model: ReportModel, all: readonly Raw[], item: ItemId): Row[] {
  const rows: Row[] = [];
  for (const set of model.sets.filter((s) => s.anonymous)) {
    const members = membersOf(set, all);
    const row = (): Row => new Map(members.map((r) => [variable(r.index, item), 1]));
    if (set.items[item]) rows.push(row());
    const count = set.key === 'anderen' ? model.cannotJudge?.[item] : undefined;
    if (count && !count.atLeast) rows.push(row());
  }
  return rows;
}
