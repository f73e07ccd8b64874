/** History: self per meetmoment and others per closed 360° round, per needle. */
import { z } from 'zod';
import { isoDateSchema, needleKeySchema, questionnaireVersionSchema, uuidSchema } from '../../kernel/primitives';
import { op, profileOnly } from '../../contract/op';

const needleMeans = z.record(needleKeySchema, z.number().min(1).max(5).nullable());

export const historySchema = z.strictObject({
  assessments: z.array(
    z.strictObject({ id: uuidSchema, date: isoDateSchema, questionnaireVersion: questionnaireVersionSchema, needles: needleMeans, targets: needleMeans }),
  ),
  rounds: z.array(
    z.strictObject({ id: uuidSchema, name: z.string(), date: isoDateSchema, basis: z.string(), needles: needleMeans }),
  ),
});
export type History = z.infer<typeof historySchema>;

export const historyContract = {
  getHistory: op(profileOnly, historySchema),
} as const;
