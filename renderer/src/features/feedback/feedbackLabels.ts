/** Message keys of the import's outcomes and refusal reasons, written out (see ui/labels.ts). */
import type { MessageKey } from '@shared/i18n/index';
import type { RefusalReason } from '@shared/features/feedback/importResponses';

export const IMPORT_OUTCOME_LABEL = {
  accepted: 'feedback.round.outcome.accepted',
  duplicate: 'feedback.round.outcome.duplicate',
  refused: 'feedback.round.outcome.refused',
} as const satisfies Record<'accepted' | 'duplicate' | 'refused', MessageKey>;

export const REFUSAL_REASON_TEXT = {
  'too-large': 'feedback.reasons.too-large',
  'not-json': 'feedback.reasons.not-json',
  'wrong-format': 'feedback.reasons.wrong-format',
  'unknown-version': 'feedback.reasons.unknown-version',
  'unknown-round': 'feedback.reasons.unknown-round',
  'round-closed': 'feedback.reasons.round-closed',
  'not-decryptable': 'feedback.reasons.not-decryptable',
  'invalid-payload': 'feedback.reasons.invalid-payload',
} as const satisfies Record<RefusalReason, MessageKey>;
