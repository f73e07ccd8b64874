/**
 * A round held by a coach (spec §7): the coach hands over the report of a closed round as a file, and
 * the leader imports that file as a closed round of their own profile.
 */
import { z } from 'zod';
import { op, profileScope } from '../../contract/op';
import { uuidSchema } from '../../kernel/primitives';
import { PUBLISHED_REPORT_MAX_BYTES } from './publishedReportFile';
import { roundSummarySchema } from './schemas';

export const publishedReportContract = {
  /** The published-report file of a closed round of this profile: its name and its text. */
  exportPublishedReport: op(
    z.strictObject({ ...profileScope, roundId: uuidSchema }),
    z.strictObject({ fileName: z.string(), text: z.string() }),
  ),
  /**
   * Imports a coach's report file as a closed round; its report compares with the meetmoment picked,
   * else the latest (as at closing). A text longer than the limit cannot be a report file at all.
   */
  importPublishedReport: op(
    z.strictObject({ ...profileScope, text: z.string().max(PUBLISHED_REPORT_MAX_BYTES), assessmentId: uuidSchema.optional() }),
    roundSummarySchema,
  ),
} as const;
