/** Message keys of the import's outcomes and refusal reasons, written out (see ui/labels.ts). */
import type { MessageKey } from '@shared/i18n/index';
import type { RefusalReason } from '@shared/features/feedback/importResponses';

export const IMPORT_OUTCOME_LABEL = {
  accepted: 'feedback.import.outcome.accepted',
  duplicate: 'feedback.import.outcome.duplicate',
  refused: 'feedback.import.outcome.refused',
} as const satisfies Record<'accepted' | 'duplicate' | 'refused', MessageKey>;

export const REFUSAL_REASON_TEXT = {
  'too-large': 'feedback.import.reasons.too-large',
  'not-json': 'feedback.import.reasons.not-json',
  'wrong-format': 'feedback.import.reasons.wrong-format',
  'unknown-version': 'feedback.import.reasons.unknown-version',
  'newer-version': 'feedback.import.reasons.newer-version',
  'invalid-file': 'feedback.import.reasons.invalid-file',
  'unknown-round': 'feedback.import.reasons.unknown-round',
  'round-closed': 'feedback.import.reasons.round-closed',
  'not-decryptable': 'feedback.import.reasons.not-decryptable',
  'invalid-payload': 'feedback.import.reasons.invalid-payload',
} as const satisfies Record<RefusalReason, MessageKey>;
