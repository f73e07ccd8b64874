/** Meetmomenten (dated self-assessments) and the draft of the next one. */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, questionnaireRefSchema, uuidSchema } from '../../kernel/primitives';
import { ok, op, profileOnly, profileScope } from '../../contract/op';
import { assessmentSchema, completeAnswersSchema, draftContentSchema, reflectionsSchema, targetsSchema } from './schemas';

export const savedDraftSchema = z.strictObject({ updatedAt: isoDateTimeSchema, draft: draftContentSchema });
export type SavedDraft = z.infer<typeof savedDraftSchema>;

export const newAssessmentSchema = z.strictObject({
  date: isoDateSchema,
  /** The questionnaire the answers were given with (the draft's). */
  questionnaire: questionnaireRefSchema,
  answers: completeAnswersSchema,
  targets: targetsSchema,
  reflections: reflectionsSchema,
});
export type NewAssessment = z.infer<typeof newAssessmentSchema>;

const assessmentRef = z.strictObject({ ...profileScope, id: uuidSchema });

export const assessmentContract = {
  listAssessments: op(profileOnly, z.array(assessmentSchema)),
  getAssessment: op(assessmentRef, assessmentSchema),
  getDraft: op(profileOnly, savedDraftSchema.nullable()),
  saveDraft: op(z.strictObject({ ...profileScope, draft: draftContentSchema }), z.strictObject({ updatedAt: isoDateTimeSchema })),
  discardDraft: op(profileOnly, ok),
  createAssessment: op(newAssessmentSchema.extend(profileScope), assessmentSchema),
  /** Deletes the meetmoment, also from the backups. */
  deleteAssessment: op(assessmentRef, ok),
} as const;
