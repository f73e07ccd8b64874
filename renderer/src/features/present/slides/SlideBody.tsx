import { useTranslation } from 'react-i18next';
import type { Slide } from '@shared/features/present/slides';
import { formatDate } from '../../../app/i18n';
import { useLanguage } from '../../../app/session';
import { CompassSlideView } from './CompassSlideView';
import { FeedbackCommentsSlideView, FeedbackFiguresSlideView, FeedbackSummarySlideView } from './FeedbackSlideViews';
import { PlanSlideView } from './PlanSlideView';
import { PrioritiesSlideView } from './PrioritiesSlideView';
import { ReflectionsSlideView } from './ReflectionsSlideView';

/** The line under a slide's title: the meetmoment's date or the round's name. */
export function SlideSubtitle({ slide }: { slide: Slide }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  switch (slide.kind) {
    case 'compass':
    case 'priorities':
    case 'reflections':
      return <p className="presentation__subtitle">{t('present.slides.dateLine', { date: formatDate(slide.date, lang) })}</p>;
    case 'feedback-figures':
    case 'feedback-comments':
      return <p className="presentation__subtitle">{slide.roundName}</p>;
    case 'plan':
    case 'feedback-summary':
      return null;
  }
}

/** One slide's content; it shows only what the slide carries. */
export function SlideBody({ slide }: { slide: Slide }) {
  switch (slide.kind) {
    case 'compass':
      return <CompassSlideView slide={slide} />;
    case 'priorities':
      return <PrioritiesSlideView slide={slide} />;
    case 'reflections':
      return <ReflectionsSlideView slide={slide} />;
    case 'plan':
      return <PlanSlideView slide={slide} />;
    case 'feedback-summary':
      return <FeedbackSummarySlideView slide={slide} />;
    case 'feedback-figures':
      return <FeedbackFiguresSlideView slide={slide} />;
    case 'feedback-comments':
      return <FeedbackCommentsSlideView slide={slide} />;
  }
}
