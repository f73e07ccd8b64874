/**
 * What a member's share file holds (spec §5), built from the member's own data: the object the
 * consent screen shows and `shareFile` writes unchanged.
 *
 * - `self`: the needle scores of the latest meetmoment (kernel scoring: a needle is the mean of its
 *   answered items, null when none is answered), rounded to the nearest 0.25 (`toScoreStep`; halves
 *   round up). A mean of two answers 1–5 is already a whole or half point, so today the rounding
 *   changes nothing; it is the one place the spec's step is enforced should scoring change.
 * - `target`: the latest meetmoment's targets (whole points) if ticked; null when not ticked or when
 *   that meetmoment has no target at all.
 * - `others`: if ticked, the "alle anderen" set of one closed round's published report (never a group
 *   or the pool): its n and its needle means rounded to one decimal as the report shows them (null
 *   where the report withholds a needle). Refused when the round is not closed, or when "alle anderen"
 *   number fewer than k = 3 (the report shows no 360 scores then).
 * - `routes`: if ticked, the plan's chosen routes except stopped ones, in a–j order; null when none.
 * - `questionnaire`: the latest meetmoment's, which the self scores were given with.
 */
import { latestAssessment } from '../assessment/latest';
import type { Assessment } from '../assessment/schemas';
import type { ReportModel } from '../feedback/reportModel';
import { K_ANONYMITY } from '../feedback/reportModel';
import type { ChosenRoute } from '../plan/schemas';
import { NEEDLE_IDS, ROUTE_IDS, type RouteId } from '../../kernel/compass/model';
import { needleScores } from '../../kernel/scoring';
import {
  SCORE_STEP,
  SHARE_ALIAS_MAX,
  SHARE_FORMAT,
  SHARE_PERIOD_PATTERN,
  SHARE_VERSION,
  emptyNeedles,
  type ShareAudience,
  type ShareFile,
  type ShareNeedles,
  type ShareOthers,
} from './shareFormat';

/** Decimals of an "alle anderen" needle mean in a share file: as the report shows it. */
export const OTHERS_DECIMALS = 1;

export const SHARE_CONTENT_PROBLEMS = [
  /** No meetmoment yet: there are no self scores to share. */
  'no-meetmoment',
  'alias-missing',
  'alias-too-long',
  /** Not `YYYY-MM` with a month 01–12. */
  'period-invalid',
  /** The round chosen for "alle anderen" is still open: its report is not published. */
  'round-not-closed',
  /** The round's "alle anderen" number fewer than k = 3: no figure of it may leave the machine. */
  'others-below-k',
  /** The round's report has no "alle anderen" set (a report published under the older set rules). */
  'others-not-published',
] as const;
export type ShareContentProblem = (typeof SHARE_CONTENT_PROBLEMS)[number];

/** A round offered for "alle anderen": whether it is closed, and its report as published. */
export interface OthersSource {
  readonly closed: boolean;
  readonly report: ReportModel;
}

export interface ShareInput {
  readonly alias: string;
  readonly period: string;
  readonly audience: ShareAudience;
  /** The member's meetmomenten; the latest one is shared. */
  readonly assessments: readonly Assessment[];
  /** Ticked: the latest meetmoment's targets go along. */
  readonly withTargets: boolean;
  /** Ticked: this round's "alle anderen" figures go along; null when not ticked. */
  readonly others: OthersSource | null;
  /** Ticked: the plan's chosen routes; null when not ticked. */
  readonly routes: readonly Pick<ChosenRoute, 'route' | 'status'>[] | null;
}

export type ShareContentResult =
  | { readonly ok: true; readonly content: ShareFile }
  | { readonly ok: false; readonly reason: ShareContentProblem };

/** The nearest quarter point (halves up): 3.125 → 3.25, 3.1 → 3. */
export function toScoreStep(value: number): number {
  return Math.round(value / SCORE_STEP) * SCORE_STEP;
}

function toOthersPrecision(value: number): number {
  const factor = 10 ** OTHERS_DECIMALS;
  return Math.round(value * factor) / factor;
}

/** The period a share is offered with first: the month of the meetmoment it shares (`YYYY-MM`). */
export function periodOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

function selfOf(assessment: Assessment): ShareNeedles {
  const scores = needleScores(assessment.answers);
  const needles = emptyNeedles();
  for (const n of NEEDLE_IDS) {
    const score = scores[n];
    needles[`${n}`] = score === null ? null : toScoreStep(score);
  }
  return needles;
}

function targetOf(assessment: Assessment): ShareNeedles | null {
  const needles = emptyNeedles();
  let any = false;
  for (const n of NEEDLE_IDS) {
    const target = assessment.targets[`${n}`];
    if (target === undefined) continue;
    needles[`${n}`] = toScoreStep(target);
    any = true;
  }
  return any ? needles : null;
}

/** The "alle anderen" figure of a closed round, or why it may not be shared. */
export function othersOf(source: OthersSource): { readonly ok: true; readonly others: ShareOthers } | { readonly ok: false; readonly reason: ShareContentProblem } {
  if (!source.closed) return { ok: false, reason: 'round-not-closed' };
  const { report } = source;
  if (!report.scoresShown || report.totalAnonymous < K_ANONYMITY) return { ok: false, reason: 'others-below-k' };
  const anderen = report.sets.find((set) => set.key === 'anderen');
  if (!anderen) return { ok: false, reason: 'others-not-published' };
  if (anderen.n < K_ANONYMITY) return { ok: false, reason: 'others-below-k' };
  const needles = emptyNeedles();
  for (const n of NEEDLE_IDS) {
    const figure = anderen.needles[`${n}`];
    needles[`${n}`] = figure ? toOthersPrecision(figure.mean) : null;
  }
  return { ok: true, others: { n: anderen.n, needles } };
}

/** The routes a member has chosen and not stopped, in a–j order; null when there are none. */
export function chosenRoutesOf(routes: readonly Pick<ChosenRoute, 'route' | 'status'>[]): RouteId[] | null {
  const chosen = new Set(routes.filter((r) => r.status !== 'gestopt').map((r) => r.route));
  const ordered = ROUTE_IDS.filter((id) => chosen.has(id));
  return ordered.length > 0 ? ordered : null;
}

function aliasProblem(alias: string): ShareContentProblem | null {
  if (alias.length === 0) return 'alias-missing';
  return alias.length > SHARE_ALIAS_MAX ? 'alias-too-long' : null;
}

/** The content of a member's share file, in the spec's field order, or the first problem with it. */
export function buildShareContent(input: ShareInput): ShareContentResult {
  const latest = latestAssessment(input.assessments);
  if (!latest) return { ok: false, reason: 'no-meetmoment' };
  const alias = input.alias.trim();
  const problem = aliasProblem(alias) ?? (SHARE_PERIOD_PATTERN.test(input.period) ? null : 'period-invalid');
  if (problem) return { ok: false, reason: problem };
  let others: ShareOthers | null = null;
  if (input.others) {
    const figure = othersOf(input.others);
    if (!figure.ok) return figure;
    others = figure.others;
  }
  const content: ShareFile = {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    alias,
    period: input.period,
    questionnaire: latest.questionnaire,
    self: selfOf(latest),
    target: input.withTargets ? targetOf(latest) : null,
    others,
    routes: input.routes ? chosenRoutesOf(input.routes) : null,
    audience: input.audience,
  };
  return { ok: true, content };
}
