/**
 * Builds the published 360° report of a closed round (PRODUCT.md capability 3, spec §4, k = 3).
 * Pure and deterministic: the same round gives the same report, whatever the arrival order of the
 * responses. Call it only for a closed round: while a round is open the app shows counts only.
 */
import { ALL_ITEM_IDS } from '../../kernel/compass/itemIds';
import { isNamedManager } from '../exchange/managerRule';
import { NEEDLE_IDS, type QuestionnaireVersion } from '../../kernel/compass/model';
import { RATER_GROUPS, type RaterGroup, type ResponsePayload } from '../exchange/formats';
import type { NeedleKey } from '../../kernel/primitives';
import { needleScores, type Answers } from '../../kernel/scoring';
import { labelledGroups, planSets, type SetPlan } from './anonymity';
import { cannotJudgeCounts } from './cannotJudge';
import { reportComments } from './comments';
import { publishSets, type MemberSet } from './figures';
import { GAP_THRESHOLD, needleGaps, othersView, priorities, strengths } from './highlights';
import {
  CURRENT_SET_RULES,
  groupSetKey,
  K_ANONYMITY,
  NAMED_MANAGER_SET_KEY,
  REPORT_MODEL_VERSION,
  type ReportModel,
  type SelfFigures,
} from './reportModel';

export interface ReportInput {
  readonly roundId: string;
  /** The round invited the leidinggevende group non-anonymously (spec §1). */
  readonly managerNonAnonymous: boolean;
  /** The round's questionnaire version: every response was given with it (the import refuses others). */
  readonly questionnaire: QuestionnaireVersion;
  readonly responses: readonly ResponsePayload[];
  /** The leader's self-assessment (meetmoment) to compare with, or null. */
  readonly self: SelfInput | null;
}

export interface SelfInput {
  readonly assessmentId: string;
  /** The meetmoment's date (YYYY-MM-DD), named in the report. */
  readonly takenOn: string;
  /** The questionnaire version the answers were given with. */
  readonly questionnaire: QuestionnaireVersion;
  readonly answers: Answers;
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
  if (plan.scoresShown) {
    const groups = RATER_GROUPS.filter((g) => anonymous.some((r) => r.raterGroup === g));
    sets.push({ key: 'anderen', groups, anonymous: true, members: anonymous });
  }
  for (const g of plan.separate) sets.push({ key: groupSetKey(g), groups: [g], anonymous: true, members: of([g]) });
  if (plan.overigeShown) sets.push({ key: 'overige', groups: plan.rest, anonymous: true, members: of(plan.rest) });
  if (manager.length > 0) {
    sets.push({ key: NAMED_MANAGER_SET_KEY, groups: ['leidinggevende'], anonymous: false, members: manager });
  }
  return sets;
}

/** Needle scores compare across questionnaire versions; item answers only within the round's version. */
export function selfFigures(self: SelfInput | null, round: QuestionnaireVersion): SelfFigures | null {
  if (!self) return null;
  const { answers } = self;
  const scores = needleScores(answers);
  return {
    questionnaire: { id: 'kompas', version: self.questionnaire },
    takenOn: self.takenOn,
    assessmentId: self.assessmentId,
    needles: Object.fromEntries(NEEDLE_IDS.map((n) => [`${n}`, scores[n]])) as Record<NeedleKey, number | null>,
    items:
      self.questionnaire === round
        ? (Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, answers[id] ?? null])) as NonNullable<SelfFigures['items']>)
        : null,
  };
}

export function buildReport(input: ReportInput): ReportModel {
  // Answers given with another questionnaire ask other questions; the import refuses them (second guard).
  const responses = unique(input.responses).filter((r) => r.questionnaire.version === input.questionnaire);
  const isManager = (r: ResponsePayload): boolean => isNamedManager(input.managerNonAnonymous, r.raterGroup);
  const anonymous = responses.filter((r) => !isManager(r));
  const manager = responses.filter(isManager);
  const anonymousCounts = countBy(anonymous);
  const plan = planSets(anonymousCounts);

  const members = memberSets(plan, anonymous, manager);
  const sets = publishSets(members);
  const anderen = sets.findIndex((s) => s.key === 'anderen');
  const self = selfFigures(input.self, input.questionnaire);
  const others = othersView(sets);
  const gaps = needleGaps(others, self);
  const strengthList = strengths(others, self);

  return {
    version: REPORT_MODEL_VERSION,
    setRules: CURRENT_SET_RULES,
    roundId: input.roundId,
    questionnaire: { id: 'kompas', version: input.questionnaire },
    k: K_ANONYMITY,
    counts: countBy(responses),
    totalAnonymous: anonymous.length,
    managerNonAnonymous: input.managerNonAnonymous,
    scoresShown: plan.scoresShown,
    withheldReason: plan.scoresShown ? null : 'too-few-respondents',
    groupPlacements: [...plan.placements],
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
      labelled: labelledGroups(plan),
    }),
    cannotJudge: anderen < 0 ? null : cannotJudgeCounts(members[anderen]?.members ?? [], sets[anderen]!),
  };
}
