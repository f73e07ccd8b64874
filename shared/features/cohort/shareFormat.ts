/**
 * The profile share file (spec §5, `ambtelijk-kompas/profiel`): what a member of a cohort hands the
 * facilitator, written only after a consent screen that shows exactly these fields. A strict schema:
 * an extra field (a name, a date, a device detail) makes a file invalid.
 *
 * - `self` and `target`: all ten needles, each 1–5 in steps of 0.25 or null (SCORE_STEP).
 * - `others`: the published "alle anderen" figure of one closed round; `n` is its number of anonymous
 *   respondents, so at least k = 3 (spec §4). Its needle values are means of many answers (the spec's
 *   own example carries 3.2): 1–5 or null, not bound to the 0.25 step; the writer rounds them to one
 *   decimal, as the report shows them (see ./shareContent).
 * - `routes`: route ids a–j, each at most once.
 */
import { z } from 'zod';
import { K_ANONYMITY } from '../feedback/reportModel';
import { PROFILE_NAME_MAX } from '../profiles/contract';
import { NEEDLE_IDS, ROUTE_IDS } from '../../kernel/compass/model';
import { needleKeySchema, questionnaireRefSchema, routeIdSchema, type NeedleKey } from '../../kernel/primitives';

export const SHARE_FORMAT = 'ambtelijk-kompas/profiel';
export const SHARE_VERSION = 1;
/** Files above this size (bytes, UTF-8) are refused before parsing (spec §5: at most 64 KiB). */
export const SHARE_MAX_BYTES = 64 * 1024;
/** Self and target values move in quarter points (spec §5). */
export const SCORE_STEP = 0.25;
/** The longest alias: as long as a profile's name, which is the alias a member is offered first. */
export const SHARE_ALIAS_MAX = PROFILE_NAME_MAX;

export const SHARE_AUDIENCES = ['facilitator', 'group'] as const;
export type ShareAudience = (typeof SHARE_AUDIENCES)[number];

/** `YYYY-MM`, month 01–12. */
export const SHARE_PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether `value` lies on the 0.25 grid (exact in binary floating point: quarters are representable). */
export const onScoreStep = (value: number): boolean => Number.isInteger(value / SCORE_STEP);

const stepScoreSchema = z.number().min(1).max(5).refine(onScoreStep, { message: 'step' });
const othersScoreSchema = z.number().min(1).max(5);

/** All ten needles as keys "1" … "10", each a value or null; a missing or extra key is invalid. */
function tenNeedles<S extends z.ZodType<number>>(value: S) {
  return z.record(needleKeySchema, value.nullable());
}

export const shareNeedlesSchema = tenNeedles(stepScoreSchema);
export type ShareNeedles = Record<NeedleKey, number | null>;

export const shareOthersSchema = z.strictObject({
  n: z.number().int().min(K_ANONYMITY),
  needles: tenNeedles(othersScoreSchema),
});
export type ShareOthers = z.infer<typeof shareOthersSchema>;

export const shareAliasSchema = z
  .string()
  .max(SHARE_ALIAS_MAX)
  .refine((alias) => alias.trim().length > 0, { message: 'alias' });

export const sharePeriodSchema = z.string().regex(SHARE_PERIOD_PATTERN, { message: 'period' });

export const shareRoutesSchema = z
  .array(routeIdSchema)
  .max(ROUTE_IDS.length)
  .refine((routes) => new Set(routes).size === routes.length, { message: 'duplicate' });

export const shareFileSchema = z.strictObject({
  format: z.literal(SHARE_FORMAT),
  version: z.literal(SHARE_VERSION),
  alias: shareAliasSchema,
  period: sharePeriodSchema,
  questionnaire: questionnaireRefSchema,
  self: shareNeedlesSchema,
  target: shareNeedlesSchema.nullable(),
  others: shareOthersSchema.nullable(),
  routes: shareRoutesSchema.nullable(),
  audience: z.enum(SHARE_AUDIENCES),
});
export type ShareFile = z.infer<typeof shareFileSchema>;

/** A needle record with every needle null: the start of one built from partial data. */
export function emptyNeedles(): ShareNeedles {
  return Object.fromEntries(NEEDLE_IDS.map((n) => [String(n), null])) as ShareNeedles;
}
