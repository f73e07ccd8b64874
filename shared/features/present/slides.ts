/**
 * The slides of the presentation view, given the coachee's data and what they chose to hide. Each
 * slide carries only the data it shows: a hidden part is not on any slide, so the screen cannot
 * show it by mistake (hidden means absent, not invisible).
 */
import { DIMENSION_IDS, NEEDLE_IDS, type DimensionId, type NeedleId, type RouteId } from '../../kernel/compass/model';
import { needleScores, type Answers } from '../../kernel/scoring';
import type { Assessment } from '../assessment/schemas';
import type { ChosenRoute, RouteStatus } from '../plan/schemas';
import type { NeedleHighlight, ReportComment, ReportModel } from '../feedback/reportModel';
import { HIDEABLE_PARTS, type HideablePart } from './parts';
import { needlePriorities, type NeedlePriority } from './priorities';

type NeedleValues = Partial<Record<NeedleId, number | null>>;

/** What the presentation can draw on: the newest meetmoment, the one before it, the plan, the latest closed round. */
export interface PresentationSource {
  readonly latest: (Pick<Assessment, 'date' | 'targets' | 'reflections'> & { readonly answers: Answers }) | null;
  readonly earlier: (Pick<Assessment, 'date'> & { readonly answers: Answers }) | null;
  readonly routes: readonly ChosenRoute[];
  readonly round: { readonly name: string; readonly report: ReportModel } | null;
}

export interface CompassSlide {
  readonly kind: 'compass';
  readonly date: string;
  readonly current: NeedleValues;
  readonly target: NeedleValues | null;
  /** "Alle anderen" of the latest closed round. */
  readonly others: { readonly roundName: string; readonly values: NeedleValues } | null;
  readonly earlier: { readonly date: string; readonly values: NeedleValues } | null;
  readonly routes: readonly { readonly route: RouteId; readonly status: RouteStatus }[];
}

export interface PrioritiesSlide {
  readonly kind: 'priorities';
  readonly date: string;
  readonly rows: readonly NeedlePriority[];
}

export interface ReflectionsSlide {
  readonly kind: 'reflections';
  readonly date: string;
  readonly reflections: readonly { readonly dimension: DimensionId; readonly text: string }[];
}

export interface PlanSlideRoute {
  readonly route: RouteId;
  readonly status: RouteStatus;
  readonly needles: readonly NeedleId[];
  readonly actions: readonly { readonly id: string; readonly what: string; readonly due: string | null; readonly doneOn: string | null }[];
}

export interface PlanSlide {
  readonly kind: 'plan';
  readonly routes: readonly PlanSlideRoute[];
}

export interface FeedbackSummarySlide {
  readonly kind: 'feedback-summary';
  readonly roundName: string;
  /** Anonymous respondents in the round. */
  readonly respondents: number;
  /** false when fewer than k others answered: the report publishes no anonymous figure. */
  readonly scoresShown: boolean;
  readonly k: number;
  readonly strengths: readonly NeedleHighlight[];
  readonly priorities: readonly NeedleHighlight[];
}

export interface FeedbackFiguresSlide {
  readonly kind: 'feedback-figures';
  readonly roundName: string;
  /** The minimum number of answers behind a published figure. */
  readonly k: number;
  /** "Alle anderen" per needle as published (null: not shown), beside the self score the report compares with. */
  readonly rows: readonly { readonly needle: NeedleId; readonly others: number | null; readonly n: number | null; readonly self: number | null }[];
}

export interface FeedbackCommentsSlide {
  readonly kind: 'feedback-comments';
  readonly roundName: string;
  readonly keepDoing: readonly ReportComment[];
  readonly startDoing: readonly ReportComment[];
  readonly needles: readonly { readonly needle: NeedleId; readonly comments: readonly ReportComment[] }[];
}

export type Slide =
  | CompassSlide
  | PrioritiesSlide
  | ReflectionsSlide
  | PlanSlide
  | FeedbackSummarySlide
  | FeedbackFiguresSlide
  | FeedbackCommentsSlide;
export type SlideKind = Slide['kind'];

function targetValues(targets: Assessment['targets']): NeedleValues {
  return Object.fromEntries(NEEDLE_IDS.map((n) => [n, targets[`${n}`] ?? null])) as NeedleValues;
}

function hasTargets(targets: Assessment['targets']): boolean {
  return Object.values(targets).some((v) => v !== undefined && v !== null);
}

/** The needle means of "alle anderen" (the one comparison set of spec §4), or null when not published. */
export function othersValues(report: ReportModel): NeedleValues | null {
  const anderen = report.sets.find((s) => s.key === 'anderen' && s.anonymous);
  if (!anderen) return null;
  return Object.fromEntries(NEEDLE_IDS.map((n) => [n, anderen.needles[`${n}`]?.mean ?? null])) as NeedleValues;
}

function compassSlide(latest: NonNullable<PresentationSource['latest']>, source: PresentationSource, hide: ReadonlySet<HideablePart>): CompassSlide {
  const others = source.round && !hide.has('others') ? othersValues(source.round.report) : null;
  return {
    kind: 'compass',
    date: latest.date,
    current: needleScores(latest.answers),
    target: hide.has('target') || !hasTargets(latest.targets) ? null : targetValues(latest.targets),
    others: others && source.round ? { roundName: source.round.name, values: others } : null,
    earlier: source.earlier && !hide.has('earlier') ? { date: source.earlier.date, values: needleScores(source.earlier.answers) } : null,
    routes: hide.has('plan') ? [] : source.routes.map((r) => ({ route: r.route, status: r.status })),
  };
}

function assessmentSlides(source: PresentationSource, hide: ReadonlySet<HideablePart>): Slide[] {
  const latest = source.latest;
  if (!latest) return [];
  const slides: Slide[] = [compassSlide(latest, source, hide)];
  if (!hide.has('target')) {
    const rows = needlePriorities(needleScores(latest.answers), targetValues(latest.targets));
    if (rows.length > 0) slides.push({ kind: 'priorities', date: latest.date, rows });
  }
  if (!hide.has('reflections')) {
    const reflections = DIMENSION_IDS.flatMap((dimension) => {
      const text = latest.reflections[dimension]?.trim() ?? '';
      return text === '' ? [] : [{ dimension, text }];
    });
    if (reflections.length > 0) slides.push({ kind: 'reflections', date: latest.date, reflections });
  }
  return slides;
}

function planSlides(source: PresentationSource, hide: ReadonlySet<HideablePart>): Slide[] {
  if (hide.has('plan') || source.routes.length === 0) return [];
  const routes = source.routes.map((r) => ({
    route: r.route,
    status: r.status,
    needles: r.needles,
    actions: r.actions.map((a) => ({ id: a.id, what: a.what, due: a.due, doneOn: a.doneOn })),
  }));
  return [{ kind: 'plan', routes }];
}

function hasComments(report: ReportModel): boolean {
  const c = report.comments;
  return c.keepDoing.length + c.startDoing.length + Object.values(c.needles).reduce((sum, list) => sum + list.length, 0) > 0;
}

function feedbackSlides(source: PresentationSource, hide: ReadonlySet<HideablePart>): Slide[] {
  if (!source.round) return [];
  const { name: roundName, report } = source.round;
  const slides: Slide[] = [
    {
      kind: 'feedback-summary',
      roundName,
      respondents: report.totalAnonymous,
      scoresShown: report.scoresShown,
      k: report.k,
      strengths: report.strengths,
      priorities: report.priorities,
    },
  ];
  const anderen = report.sets.find((s) => s.key === 'anderen' && s.anonymous);
  if (anderen) {
    const rows = NEEDLE_IDS.map((needle) => {
      const figure = anderen.needles[`${needle}`] ?? null;
      return { needle, others: figure?.mean ?? null, n: figure?.n ?? null, self: report.self?.needles[`${needle}`] ?? null };
    });
    slides.push({ kind: 'feedback-figures', roundName, k: report.k, rows });
  }
  if (!hide.has('comments') && hasComments(report)) {
    const { keepDoing, startDoing, needles } = report.comments;
    slides.push({
      kind: 'feedback-comments',
      roundName,
      keepDoing,
      startDoing,
      needles: NEEDLE_IDS.flatMap((needle) => {
        const comments = needles[`${needle}`] ?? [];
        return comments.length > 0 ? [{ needle, comments }] : [];
      }),
    });
  }
  return slides;
}

/**
 * The slides in showing order: compass, priorities, reflections, routekaart, then the 360 summary,
 * its figures and its comments. A slide without content is left out, as is every hidden part.
 */
export function presentationSlides(source: PresentationSource, hidden: readonly HideablePart[]): Slide[] {
  const hide = new Set(hidden);
  return [...assessmentSlides(source, hide), ...planSlides(source, hide), ...feedbackSlides(source, hide)];
}

/** The parts the coachee's data has, so the only parts worth offering to hide (hiding another changes nothing). */
export function availableParts(source: PresentationSource): HideablePart[] {
  const { latest, round } = source;
  const has: Record<HideablePart, boolean> = {
    target: latest !== null && hasTargets(latest.targets),
    others: latest !== null && round !== null && othersValues(round.report) !== null,
    earlier: latest !== null && source.earlier !== null,
    reflections: latest !== null && Object.values(latest.reflections).some((text) => (text ?? '').trim() !== ''),
    plan: source.routes.length > 0,
    comments: round !== null && hasComments(round.report),
  };
  return HIDEABLE_PARTS.filter((part) => has[part]);
}

/**
 * The round the presentation summarizes: the one closed last (null when none is closed). A round a
 * coach held counts from the day the coach closed it (`closedOn`, at the end of that day), not from
 * when its report was read in.
 */
export function latestClosedRound<R extends { readonly closedAt: string | null; readonly closedOn?: string | null }>(rounds: readonly R[]): R | null {
  const closedAt = (r: R): number => {
    if (r.closedOn) return Date.parse(`${r.closedOn}T23:59:59.999Z`);
    return r.closedAt === null ? Number.NEGATIVE_INFINITY : Date.parse(r.closedAt);
  };
  return rounds.reduce<R | null>((best, r) => (r.closedAt !== null && (best === null || closedAt(r) > closedAt(best)) ? r : best), null);
}
