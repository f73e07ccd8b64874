/**
 * The 360° report as published: everything the report shows, and nothing more. It is the API output
 * of a closed round and also what is kept as "the published figures" when the leader deletes the raw
 * answers, so it is plain, self-contained JSON (no functions, no Maps; needle keys "1".."10", item ids
 * "1.1".."10.2"). Built by `buildReport` (./report), under the anonymity rules of
 * docs/exchange-formats.md §4 (k = 3).
 */
import { z } from 'zod';
import { mayBeNamed } from '../exchange/managerRule';
import { raterGroupSchema, RATER_GROUPS, type RaterGroup } from '../exchange/formats';
import { COMMENT_MAX } from '../../kernel/limits';
import { answerSchema, isoDateSchema, itemIdSchema, needleKeySchema, questionnaireRefSchema, uuidSchema } from '../../kernel/primitives';
import { upgradeReportModel } from './reportUpgrade';

/** The minimum number of anonymous respondents any published figure may describe (spec §4). */
export const K_ANONYMITY = 3;
/** 2: "alle anderen" first (spec §4 as revised), group placements, the self-assessment's date. See ./reportUpgrade. */
export const REPORT_MODEL_VERSION = 2;

/**
 * The sets of respondents a report can show figures for (a report lists them as ./anonymity plans:
 * `anderen`, the groups largest first, `overige`, the non-anonymous manager):
 * - `anderen`: all anonymous others together, the one set every comparison with self uses;
 * - `groep-<group>`: one rater group with ≥ 3 anonymous responses that fits (see ./anonymity);
 * - `overige`: "overige beoordelaars", the anonymous respondents not in a group of their own, naming
 *   the groups it pools (only next to at least one group of its own; otherwise it would equal `anderen`);
 * - NAMED_MANAGER_SET_KEY: the manager(s) who answered non-anonymously, labelled as such.
 * The order here breaks ties between sets of equal size.
 */
/**
 * The set of the manager who answered non-anonymously. A key stored in published reports (an id the
 * renderer words), not a text: it keeps its value so that stored reports keep reading.
 */
export const NAMED_MANAGER_SET_KEY = 'leidinggevende-niet-anoniem';

export const SET_KEYS = [
  'anderen',
  'groep-leidinggevende',
  'groep-collega',
  'groep-medewerker',
  'groep-extern',
  'groep-bestuurlijk',
  'overige',
  NAMED_MANAGER_SET_KEY,
] as const;
export type SetKey = (typeof SET_KEYS)[number];
export const setKeySchema = z.enum(SET_KEYS);

export function groupSetKey(group: RaterGroup): SetKey {
  return `groep-${group}`;
}

const meanSchema = z.number().min(1).max(5);
const countSchema = z.number().int().min(1);
const bucketSchema = z.number().int().min(0);

/**
 * One item for one set: the mean of the answered values (1–5), the number of respondents who
 * answered it (n; the no-answer choice does not count) and how many gave 1, 2, 3, 4 and 5.
 */
export const itemFigureSchema = z
  .strictObject({
    mean: meanSchema,
    n: countSchema,
    distribution: z.tuple([bucketSchema, bucketSchema, bucketSchema, bucketSchema, bucketSchema]),
  })
  .refine((f) => f.distribution.reduce((a, b) => a + b, 0) === f.n, { message: 'distribution' });
export type ItemFigure = z.infer<typeof itemFigureSchema>;

/**
 * One needle for one set: the mean of the set's published item figures of that needle (`items`,
 * one or both), so it adds no information beyond those; n = respondents who answered at least one
 * of those items.
 */
export const needleFigureSchema = z.strictObject({
  mean: meanSchema,
  n: countSchema,
  items: z.array(itemIdSchema).min(1).max(2),
});
export type NeedleFigure = z.infer<typeof needleFigureSchema>;

/** A published set of respondents. A figure is null where it is not shown (too few, or could reveal). */
export const publishedSetSchema = z.strictObject({
  key: setKeySchema,
  /** The rater groups whose respondents make up this set. */
  groups: z.array(raterGroupSchema).min(1).max(RATER_GROUPS.length),
  /** false only for NAMED_MANAGER_SET_KEY. */
  anonymous: z.boolean(),
  /** Respondents in the set. */
  n: countSchema,
  needles: z.record(needleKeySchema, needleFigureSchema.nullable()),
  items: z.record(itemIdSchema, itemFigureSchema.nullable()),
});
export type PublishedSet = z.infer<typeof publishedSetSchema>;

/**
 * The leader's self-assessment (meetmoment) the report compares with. Made with its own questionnaire
 * version, which may differ from the round's: needle scores compare across versions, items only
 * within one (`items` is then null). `takenOn` and `assessmentId` name the meetmoment; null in
 * reports published before they were recorded.
 */
export const selfFiguresSchema = z.strictObject({
  questionnaire: questionnaireRefSchema,
  takenOn: isoDateSchema.nullable(),
  assessmentId: uuidSchema.nullable(),
  needles: z.record(needleKeySchema, meanSchema.nullable()),
  items: z.record(itemIdSchema, answerSchema).nullable(),
});
export type SelfFigures = z.infer<typeof selfFiguresSchema>;

export const GAP_KINDS = ['blind-spot', 'hidden-strength'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Self versus others on one needle; `others` is the needle figure of the set named in `basis`. */
export const needleGapSchema = z.strictObject({
  needle: needleKeySchema,
  self: meanSchema,
  others: meanSchema,
  basis: setKeySchema,
  /** self − others. */
  difference: z.number().min(-4).max(4),
  /** blind spot: self ≫ others; hidden strength: others ≫ self; null: within the threshold. */
  kind: z.enum(GAP_KINDS).nullable(),
});
export type NeedleGap = z.infer<typeof needleGapSchema>;

export const HIGHLIGHT_REASONS = ['highest-others', 'lowest-others', 'blind-spot'] as const;
export type HighlightReason = (typeof HIGHLIGHT_REASONS)[number];

export const needleHighlightSchema = z.strictObject({
  needle: needleKeySchema,
  others: meanSchema,
  basis: setKeySchema,
  self: meanSchema.nullable(),
  reason: z.enum(HIGHLIGHT_REASONS),
});
export type NeedleHighlight = z.infer<typeof needleHighlightSchema>;

/**
 * A verbatim comment. `group` is set only for a group published as a set of its own (and for the
 * non-anonymous manager); otherwise null, so the comment cannot be tied to a small group.
 */
export const reportCommentSchema = z
  .strictObject({
    text: z.string().min(1).max(COMMENT_MAX),
    group: raterGroupSchema.nullable(),
    nonAnonymousManager: z.boolean(),
  })
  .refine((c) => !c.nonAnonymousManager || mayBeNamed(c.group), { message: 'manager' });
export type ReportComment = z.infer<typeof reportCommentSchema>;

const commentListSchema = z.array(reportCommentSchema);

export const reportCommentsSchema = z.strictObject({
  keepDoing: commentListSchema,
  startDoing: commentListSchema,
  needles: z.record(needleKeySchema, commentListSchema),
  /** The groups whose anonymous comments carry their group label. */
  labelledGroups: z.array(raterGroupSchema),
});
export type ReportComments = z.infer<typeof reportCommentsSchema>;

/**
 * How many of "anderen" (all anonymous others) chose the no-answer option (cannot judge) for one item. Exact
 * (`atLeast: false`) when "anderen" has a published figure for the item (then it equals n of the set
 * minus n of the item figure: nothing new) or when no one answered the item (0 answerers: a remainder
 * §4 allows). When 1 or 2 answered, the exact count would publish that item figure's n below k, so it is
 * given as a lower bound: `count` = set n − (k − 1), "at least", which says no more than the withheld
 * figure does (fewer than k answered). See ./cannotJudge.
 */
export const cannotJudgeFigureSchema = z.strictObject({
  count: z.number().int().min(0),
  atLeast: z.boolean(),
});
export type CannotJudgeFigure = z.infer<typeof cannotJudgeFigureSchema>;

/**
 * Why an anonymous rater group is, or is not, shown on its own (spec §4; decided in ./anonymity from
 * the counts per group, which the report shows anyway, so the reason reveals nothing beyond them):
 * - `separate`: shown as a set of its own;
 * - `only-group`: the only group: its figures are those of "alle anderen";
 * - `too-few`: fewer than k responses;
 * - `would-leave-few`: k or more, but shown on its own it would leave 1 or 2 others uncovered.
 * A group not shown on its own counts in "alle anderen", and in "overige" when that set is shown.
 */
export const GROUP_PLACEMENTS = ['separate', 'only-group', 'too-few', 'would-leave-few'] as const;
export type GroupPlacementCode = (typeof GROUP_PLACEMENTS)[number];
export const groupPlacementSchema = z.strictObject({
  group: raterGroupSchema,
  placement: z.enum(GROUP_PLACEMENTS),
});
export type GroupPlacement = z.infer<typeof groupPlacementSchema>;

/**
 * The set rules a report was built under: 2 = "alle anderen" first (every comparison uses `anderen`);
 * 1 = reports published before that revision (a group of ≥ k was always shown, "anderen" sometimes
 * not, and a needle's comparison could fall back to the largest shown group). Read as published.
 */
export const CURRENT_SET_RULES = 2;

/** The current report model exactly, without upgrading older versions (for files that must carry the current model). */
export const reportModelV2Schema = z.strictObject({
  version: z.literal(REPORT_MODEL_VERSION),
  setRules: z.union([z.literal(1), z.literal(2)]),
  roundId: uuidSchema,
  questionnaire: questionnaireRefSchema,
  k: z.literal(K_ANONYMITY),
  /** Responses per rater group (including a non-anonymous manager). Counts may be small. */
  counts: z.record(raterGroupSchema, z.number().int().min(0)),
  totalAnonymous: z.number().int().min(0),
  managerNonAnonymous: z.boolean(),
  /** false when all anonymous others together are fewer than k: no anonymous figure or comment. */
  scoresShown: z.boolean(),
  withheldReason: z.literal('too-few-respondents').nullable(),
  /** Per anonymous rater group with responses (largest first): shown on its own or why not; empty when scores are withheld. */
  groupPlacements: z.array(groupPlacementSchema),
  sets: z.array(publishedSetSchema),
  self: selfFiguresSchema.nullable(),
  /** The threshold the gaps were classified with (see GAP_THRESHOLD in ./highlights). */
  gapThreshold: z.number().positive(),
  gaps: z.array(needleGapSchema),
  strengths: z.array(needleHighlightSchema).max(3),
  priorities: z.array(needleHighlightSchema).max(3),
  comments: reportCommentsSchema,
  /**
   * Per item, the cannot-judge count of the set `anderen` only (never of a group or the
   * pool); null when "anderen" is not published, and in reports published before these counts existed.
   */
  cannotJudge: z.record(itemIdSchema, cannotJudgeFigureSchema).nullable(),
});

/** The report model as read from storage or the API: a version-1 report is upgraded first (never refused for its age). */
export const reportModelSchema = z.preprocess(upgradeReportModel, reportModelV2Schema);
export type ReportModel = z.infer<typeof reportModelV2Schema>;
