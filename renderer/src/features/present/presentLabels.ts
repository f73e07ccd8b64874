/** Message keys of the presentation's fixed choices, written out (see ui/labels.ts). */
import type { MessageKey } from '@shared/i18n/index';
import type { SlideKind } from '@shared/features/present/slides';

/** Each slide's title: what the counter's live region announces. */
export const SLIDE_TITLE = {
  compass: 'present.slides.compass.title',
  priorities: 'present.slides.priorities.title',
  reflections: 'present.slides.reflections.title',
  plan: 'present.slides.plan.title',
  'feedback-summary': 'present.slides.feedbackSummary.title',
  'feedback-figures': 'present.slides.feedbackFigures.title',
  'feedback-comments': 'present.slides.feedbackComments.title',
} as const satisfies Record<SlideKind, MessageKey>;
