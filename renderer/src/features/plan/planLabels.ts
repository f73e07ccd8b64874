/** Message keys of the routekaart's fixed choices, written out (see ui/labels.ts). */
import type { MessageKey } from '@shared/i18n/index';
import type { REVIEW_RHYTHMS } from '@shared/features/plan/schemas';

/** What a screen reader hears after a change was stored. */
export const ANNOUNCE_TEXT = {
  saved: 'plan.announce.saved',
  removed: 'plan.announce.removed',
} as const satisfies Record<'saved' | 'removed', MessageKey>;

/** "Elke 3 maanden" for 3. */
export const RHYTHM_LABEL = {
  1: 'plan.rhythm.options.1',
  2: 'plan.rhythm.options.2',
  3: 'plan.rhythm.options.3',
  4: 'plan.rhythm.options.4',
  6: 'plan.rhythm.options.6',
  12: 'plan.rhythm.options.12',
} as const satisfies Record<(typeof REVIEW_RHYTHMS)[number], MessageKey>;
