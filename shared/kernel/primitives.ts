import { z } from 'zod';
import { DIMENSION_IDS, LANGUAGES, NEEDLE_IDS, QUESTIONNAIRE_VERSIONS, ROUTE_IDS, SCALE_VALUES, type NeedleId } from './compass/model';
import { ALL_ITEM_IDS } from './compass/itemIds';
import { isRealIsoDate } from './dates';
import { REFLECTION_MAX } from './limits';

export { isRealIsoDate, REFLECTION_MAX };

export const uuidSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, {
  message: 'uuid',
});

/** Calendar date `YYYY-MM-DD` that really exists (no 2025-02-30). */
export const isoDateSchema = z.string().refine(isRealIsoDate, { message: 'date' });


export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const langSchema = z.enum(LANGUAGES);
export const dimensionIdSchema = z.enum(DIMENSION_IDS);
export const needleIdSchema = z.literal(NEEDLE_IDS);
/** Needle ids as JSON object keys: "1" … "10". */
export const needleKeySchema = z.enum(NEEDLE_IDS.map(String) as [NeedleKey, ...NeedleKey[]]);
export type NeedleKey = `${NeedleId}`;
export const routeIdSchema = z.enum(ROUTE_IDS);
export const itemIdSchema = z.enum(ALL_ITEM_IDS);
export const scaleValueSchema = z.literal(SCALE_VALUES);
/** 1–5, or null for the no-answer choice (cannot judge / not applicable). */
export const answerSchema = scaleValueSchema.nullable();

/** Which questionnaire answers were given with; every stored answer keeps it. */
export const questionnaireVersionSchema = z.literal(QUESTIONNAIRE_VERSIONS);
export const questionnaireRefSchema = z.strictObject({ id: z.literal('kompas'), version: questionnaireVersionSchema });

export const reflectionSchema = z.string().max(REFLECTION_MAX);
