/**
 * Builds the published 360° report of a closed round (PRODUCT.md capability 3, spec §4, k = 3).
 * Pure and deterministic: the same round gives the same report, whatever the arrival order of the
 * responses. Call it only for a closed round: while a round is open the app shows counts only.
 */
import { ALL_ITEM_IDS } from '../../kernel/compass/itemIds';
import { isNamedManager } from '../exchange/managerRule';
import { NEEDLE_IDS } from '../../kernel/compass/model';
import { RATER_GROUPS, type RaterGroup, type ResponsePayload } from '../exchange/formats';
import type { NeedleKey } from '../../kernel/primitives';
import { needleScores, type Answers } from '../../kernel/scoring';
import { labelledGroups, planSets, type SetPlan } from './anonymity';
import { reportComments } from './comments';
import { publishSets, type MemberSet } from './figures';
import { GAP_THRESHOLD, needleGaps, othersView, priorities, strengths } from './highlights';
import { groupSetKey, K_ANONYMITY, REPORT_MODEL_VERSION, type ReportModel, type SelfFigures } from './reportModel';

export interface ReportInput {
  readonly roundId: string;
  /** The round invited the leidinggevende group non-anonymously (spec §1). */
  readonly managerNonAnonymous: boolean;
  readonly responses: readonly ResponsePayload[];
  /** The leader's latest self-assessment answers, or null. */
  readonly self: Answers | null;
}

/** One response per responseId (the import already refuses duplicates; this is a second guard). */
function unique(responses: readonly ResponsePayload[]): ResponsePayload[] {
  const seen = new Set<string>();
  return [...responses]
    .sort((a, b) => (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0))
    .filter((r) => (seen.has(r.responseId) ? false : (seen.add(r.responseId), true)));
}

function countBy(responses: readonly ResponsePayload[]): Record<RaterGroup, number> {
  const counts = Object.fromEntries(RATER_GROUPS.map((g) => [g, 0])) as Record<RaterGroup, number>;
  for (const r of responses) counts[r.raterGroup] += 1;
  return counts;
}

function memberSets(
  plan: SetPlan,
  anonymous: readonly ResponsePayload[],
  manager: readonly ResponsePayload[],
): MemberSet[] {
  const of = (groups: readonly RaterGroup[]): ResponsePayload[] =>
    anonymous.filter((r) => groups.includes(r.raterGroup));
  const sets: MemberSet[] = [];
  if (plan.anderenShown) {
    const groups = RATER_GROUPS.filter((g) => anonymous.some((r) => r.raterGroup === g));
    sets.push({ key: 'anderen', groups, anonymous: true, members: anonymous });
  }
  for (const g of plan.separate) sets.push({ key: groupSetKey(g), groups: [g], anonymous: true, members: of([g]) });
  if (plan.overigeShown) sets.push({ key: 'overige', groups: plan.pooled, anonymous: true, members: of(plan.pooled) });
  if (manager.length > 0) {
    sets.push({ key: 'leidinggevende-niet-anoniem', groups: ['leidinggevende'], anonymous: false, members: manager });
  }
  return sets;
}

function selfFigures(answers: Answers | null): SelfFigures | null {
  if (!answers) return null;
  const scores = needleScores(answers);
  return {
    needles: Object.fromEntries(NEEDLE_IDS.map((n) => [`${n}`, scores[n]])) as Record<NeedleKey, number | null>,
    items: Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, answers[id] ?? null])) as SelfFigures['items'],
  };
}

export function buildReport(input: ReportInput): ReportModel {
  const responses = unique(input.responses);
  const isManager = (r: ResponsePayload): boolean => isNamedManager(input.managerNonAnonymous, r.raterGroup);
  const anonymous = responses.filter((r) => !isManager(r));
  const manager = responses.filter(isManager);
  const anonymousCounts = countBy(anonymous);
  const plan = planSets(anonymousCounts);

  const sets = publishSets(memberSets(plan, anonymous, manager));
  const self = selfFigures(input.self);
  const others = othersView(sets);
  const gaps = needleGaps(others, self);
  const strengthList = strengths(others, self);

  return {
    version: REPORT_MODEL_VERSION,
    roundId: input.roundId,
    questionnaire: { id: 'kompas', version: 1 },
    k: K_ANONYMITY,
    counts: countBy(responses),
    totalAnonymous: anonymous.length,
    managerNonAnonymous: input.managerNonAnonymous,
    scoresShown: plan.scoresShown,
    withheldReason: plan.scoresShown ? null : 'too-few-respondents',
    pooledGroups: plan.scoresShown ? [...plan.pooled] : [],
    sets,
    self,
    gapThreshold: GAP_THRESHOLD,
    gaps,
    strengths: strengthList,
    priorities: priorities(others, gaps, strengthList, self),
    comments: reportComments({
      roundId: input.roundId,
      anonymous: plan.scoresShown ? anonymous : [],
      manager,
      labelled: labelledGroups(anonymousCounts, plan),
    }),
  };
}
