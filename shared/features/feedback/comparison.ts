/**
 * Which self-assessment (meetmoment) a round's report compares with. It is fixed when the round
 * closes and kept with the round, so the report does not change when a newer meetmoment is saved.
 * Deleting that meetmoment later removes its figures from the round: the report then has no self
 * column (it never switches to another meetmoment). The one rule for all of this.
 */
import { latestAssessment } from '../assessment/latest';
import type { Assessment } from '../assessment/schemas';
import { NEEDLE_IDS } from '../../kernel/compass/model';
import { needleScores } from '../../kernel/scoring';
import { needleGaps, othersView, priorities, strengths } from './highlights';
import { selfFigures, type SelfInput } from './report';
import type { ReportModel } from './reportModel';
import type { ComparedWith, Round, StoredRound } from './schemas';

type Meetmoment = Pick<Assessment, 'id' | 'date' | 'createdAt' | 'questionnaire' | 'answers'>;

/** The report's self input: the fixed meetmoment's answers, named by its id and date. */
export type FixedSelf = SelfInput & { readonly assessmentId: string; readonly takenOn: string };

function pin(meetmoment: Meetmoment | null): ComparedWith {
  return meetmoment ? { kind: 'meetmoment', assessmentId: meetmoment.id, takenOn: meetmoment.date } : { kind: 'none' };
}

/**
 * What a round fixes when it closes: the meetmoment the leader picked, else the latest one (by date,
 * then by when it was saved); `none` when there is no meetmoment.
 */
export function comparisonAtClose(meetmomenten: readonly Meetmoment[], picked: Meetmoment | null): ComparedWith {
  return pin(picked ?? latestAssessment(meetmomenten));
}

/**
 * For a round closed before the comparison was recorded: the latest meetmoment dated on or before the
 * day it closed (`closedOn`, a calendar date in the leader's time zone).
 */
export function comparisonOfLegacyRound(meetmomenten: readonly Meetmoment[], closedOn: string): ComparedWith {
  return pin(latestAssessment(meetmomenten.filter((m) => m.date <= closedOn)));
}

/** The self input for the report: null when there is no meetmoment to compare with, or it was deleted. */
export function fixedSelf(comparedWith: ComparedWith | null, meetmomenten: readonly Meetmoment[]): FixedSelf | null {
  if (comparedWith?.kind !== 'meetmoment') return null;
  const found = meetmomenten.find((m) => m.id === comparedWith.assessmentId);
  if (!found) return null;
  return { assessmentId: found.id, takenOn: found.date, questionnaire: found.questionnaire.version, answers: found.answers };
}

/**
 * A published report without its self figures: no self column, no gaps, and the strengths and
 * priorities as the report ranks them without a self-assessment. Equal to building the report with
 * `self: null` (tested), from the published figures alone.
 */
export function reportWithoutSelf(report: ReportModel): ReportModel {
  if (!report.sets.some((s) => s.key === 'anderen')) {
    // Kept under the earlier rules (no "alle anderen"): its rankings cannot be recomputed from one set,
    // so keep them as published, without the self figures and without the rankings that came from them.
    const withoutSelf = <T extends { self: number | null }>(h: T): T => ({ ...h, self: null });
    return {
      ...report,
      self: null,
      gaps: [],
      strengths: report.strengths.map(withoutSelf),
      priorities: report.priorities.filter((p) => p.reason !== 'blind-spot').map(withoutSelf),
    };
  }
  const others = othersView(report.sets);
  const strengthList = strengths(others, null);
  return { ...report, self: null, gaps: [], strengths: strengthList, priorities: priorities(others, [], strengthList, null) };
}

/**
 * A published report (under the current set rules, with "alle anderen") compared with `self`: the
 * self column, the gaps and the rankings as `buildReport` makes them with that self-assessment
 * (tested), from the published figures alone. How a leader's app adds its own meetmoment to a report
 * file the coach handed over (which carries no self figures; see ./publishedReportFile).
 */
export function reportWithSelf(report: ReportModel, self: SelfInput | null): ReportModel {
  const selfModel = selfFigures(self, report.questionnaire.version);
  const others = othersView(report.sets);
  const gaps = needleGaps(others, selfModel);
  const strengthList = strengths(others, selfModel);
  return { ...report, self: selfModel, gaps, strengths: strengthList, priorities: priorities(others, gaps, strengthList, selfModel) };
}

/** Whether published self figures are this meetmoment's (for reports published before the id was kept). */
function sameFigures(self: NonNullable<ReportModel['self']>, meetmoment: Meetmoment): boolean {
  if (self.questionnaire.version !== meetmoment.questionnaire.version) return false;
  const scores = needleScores(meetmoment.answers);
  return NEEDLE_IDS.every((n) => self.needles[`${n}`] === scores[n]);
}

/**
 * The round after `meetmoment` is deleted, or null when the round does not hold anything of it.
 * A round that compared with it records that it was deleted and loses the self figures of its
 * published report. A round closed before comparisons were recorded and published then is matched
 * by its published self figures (the only trace of which meetmoment it used).
 */
export function roundWithoutMeetmoment(round: Round, meetmoment: Meetmoment): Round | null;
export function roundWithoutMeetmoment(round: StoredRound, meetmoment: Meetmoment): StoredRound | null;
export function roundWithoutMeetmoment(round: StoredRound, meetmoment: Meetmoment): StoredRound | null {
  if (round.origin === 'published') {
    // Its report holds no self figures (the file carries none): only the reference goes.
    const pinned = round.comparedWith.kind === 'meetmoment' && round.comparedWith.assessmentId === meetmoment.id;
    return pinned ? { ...round, comparedWith: { kind: 'deleted' } } : null;
  }
  const { comparedWith, published } = round;
  const pinnedToIt = comparedWith?.kind === 'meetmoment' && comparedWith.assessmentId === meetmoment.id;
  const publishedWithIt = comparedWith === null && published !== null && published.self !== null && sameFigures(published.self, meetmoment);
  if (!pinnedToIt && !publishedWithIt) return null;
  return { ...round, comparedWith: { kind: 'deleted' }, published: published ? reportWithoutSelf(published) : null };
}
