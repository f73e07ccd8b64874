import { useTranslation } from 'react-i18next';
import { dimensionById } from '@shared/kernel/compass/content';
import type { ReflectionsSlide } from '@shared/features/present/slides';
import { useLanguage } from '../../../app/session';

/** The meetmoment's reflections, one per dimension that has one. */
export function ReflectionsSlideView({ slide }: { slide: ReflectionsSlide }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <div className="present-columns" data-testid="present-reflections">
      {slide.reflections.map((r) => (
        <section key={r.dimension} className="present-block" aria-labelledby={`present-reflection-${r.dimension}`}>
          <h2 id={`present-reflection-${r.dimension}`}>{t('plan.dimensionName', { id: r.dimension, name: dimensionById(r.dimension).name[lang] })}</h2>
          <p className="present-quote">{r.text}</p>
        </section>
      ))}
    </div>
  );
}
