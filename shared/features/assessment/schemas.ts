/** zod schemas for every document the app stores. Each carries `schemaVersion`. */
import { z } from 'zod';
import { ALL_ITEM_IDS } from '../../kernel/compass/itemIds';
import {
  answerSchema,
  dimensionIdSchema,
  isoDateSchema,
  isoDateTimeSchema,
  itemIdSchema,
  needleKeySchema,
  questionnaireRefSchema,
  reflectionSchema,
  scaleValueSchema,
  uuidSchema,
} from '../../kernel/primitives';

/** Every item of the questionnaire answered: 1–5, or null for the scale's no-answer choice (scales.ts). */
export const completeAnswersSchema = z.strictObject(
  Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, answerSchema])) as Record<
    (typeof ALL_ITEM_IDS)[number],
    typeof answerSchema
  >,
);
export const partialAnswersSchema = z.partialRecord(itemIdSchema, answerSchema);
export const targetsSchema = z.partialRecord(needleKeySchema, scaleValueSchema);
export const reflectionsSchema = z.partialRecord(dimensionIdSchema, reflectionSchema);

/** A saved self-assessment: a dated snapshot ("meetmoment"). */
export const assessmentSchema = z.strictObject({
  id: uuidSchema,
  date: isoDateSchema,
  createdAt: isoDateTimeSchema,
  questionnaire: questionnaireRefSchema,
  answers: completeAnswersSchema,
  targets: targetsSchema,
  reflections: reflectionsSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const PROFILE_SCHEMA_VERSION = 1;
export const profileDocumentSchema = z.strictObject({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  id: uuidSchema,
  name: z.string().max(120),
  createdAt: isoDateTimeSchema,
  assessments: z.array(assessmentSchema),
});
export type ProfileDocument = z.infer<typeof profileDocumentSchema>;

/** Work in progress on a new meetmoment; survives closing the app. */
export const draftContentSchema = z.strictObject({
  /** The questionnaire the draft is filled in with: a draft begun with version 1 is finished with it. */
  questionnaire: questionnaireRefSchema,
  answers: partialAnswersSchema,
  targets: targetsSchema,
  reflections: reflectionsSchema,
  /** Which step of the form the leader was on (0-based). */
  step: z.number().int().min(0).max(20),
});
export type DraftContent = z.infer<typeof draftContentSchema>;

/** Version 2: the draft names its questionnaire (see migrations/). */
export const DRAFT_SCHEMA_VERSION = 2;
export const draftDocumentSchema = z.strictObject({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  profileId: uuidSchema,
  updatedAt: isoDateTimeSchema,
  draft: draftContentSchema.nullable(),
});
export type DraftDocument = z.infer<typeof draftDocumentSchema>;

/** The settings document lives with its feature; re-exported here for older imports. */
export { SETTINGS_SCHEMA_VERSION, settingsDocumentSchema, type SettingsDocument } from '../settings/schemas';

export { itemIdSchema };
