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
import { answerSchema, itemIdSchema, needleKeySchema, questionnaireRefSchema, uuidSchema } from '../../kernel/primitives';

/** The minimum number of anonymous respondents any published figure may describe (spec §4). */
export const K_ANONYMITY = 3;
export const REPORT_MODEL_VERSION = 1;

/**
 * The sets of respondents a report can show figures for, in display order:
 * - `anderen`: all anonymous others together;
 * - `groep-<group>`: one rater group with ≥ 3 anonymous responses;
 * - `overige`: "overige beoordelaars", the pool of the groups with 1–2 anonymous responses
 *   (only published next to at least one group of its own; otherwise it would equal `anderen`);
 * - `leidinggevende-niet-anoniem`: the manager(s) who answered non-anonymously, labelled as such.
 */
export const SET_KEYS = [
  'anderen',
  'groep-leidinggevende',
  'groep-collega',
  'groep-medewerker',
  'groep-extern',
  'groep-bestuurlijk',
  'overige',
  'leidinggevende-niet-anoniem',
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
  /** false only for `leidinggevende-niet-anoniem`. */
  anonymous: z.boolean(),
  /** Respondents in the set. */
  n: countSchema,
  needles: z.record(needleKeySchema, needleFigureSchema.nullable()),
  items: z.record(itemIdSchema, itemFigureSchema.nullable()),
});
export type PublishedSet = z.infer<typeof publishedSetSchema>;

/**
 * The leader's own latest self-assessment. Made with its own questionnaire version, which may differ
 * from the round's: needle scores compare across versions, items only within one (`items` is then null).
 */
export const selfFiguresSchema = z.strictObject({
  questionnaire: questionnaireRefSchema,
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

export const reportModelSchema = z.strictObject({
  version: z.literal(REPORT_MODEL_VERSION),
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
  /** Groups with 1–2 anonymous responses, pooled into "overige beoordelaars" (shown or not). */
  pooledGroups: z.array(raterGroupSchema),
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
export type ReportModel = z.infer<typeof reportModelSchema>;
