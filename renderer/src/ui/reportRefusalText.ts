/** Why a coach's report file was not read in, worded (shared/features/feedback/reportImportRefusals.ts). */
import type { ReportImportRefusal } from '@shared/features/feedback/reportImportRefusals';
import type { MessageKey } from '@shared/i18n/index';

export const REPORT_REFUSAL_TEXT = {
  'too-large': 'feedback.published.refusals.tooLarge',
  'not-json': 'feedback.published.refusals.notJson',
  'not-a-report': 'feedback.published.refusals.notAReport',
  'newer-version': 'feedback.published.refusals.newerVersion',
  'unknown-version': 'feedback.published.refusals.unknownVersion',
  invalid: 'feedback.published.refusals.invalid',
  'roundid-mismatch': 'feedback.published.refusals.roundidMismatch',
  'questionnaire-mismatch': 'feedback.published.refusals.questionnaireMismatch',
  'below-k': 'feedback.published.refusals.belowK',
  'own-round': 'feedback.published.refusals.ownRound',
  'already-imported': 'feedback.published.refusals.alreadyImported',
} as const satisfies Record<ReportImportRefusal, MessageKey>;
