import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension } from '@shared/kernel/compass/model';
import { needleById } from '@shared/kernel/compass/content';
import { REFLECTION_MAX } from '@shared/kernel/limits';
import type { DraftContent } from '@shared/features/assessment/schemas';
import { useDraft } from './draftStore';
import { useLanguage } from '../../app/session';
import { NeedleQuestions } from './NeedleQuestions';

/** One dimension: its two needles (two items and a target each) and a reflection. */
export function DimensionStep({ dimension, draft }: { dimension: Dimension; draft: DraftContent }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const setReflection = useDraft((s) => s.setReflection);
  const reflectionId = useId();
  const reflection = draft.reflections[dimension.id] ?? '';

  return (
    <section className="stack" aria-label={dimension.name[lang]}>
      <p className="lead">{dimension.summary[lang]}</p>
      <p>{t('assessment.intro')}</p>
      {dimension.needles.map((id) => (
        <NeedleQuestions key={id} needle={needleById(id)} draft={draft} />
      ))}
      <div className="field">
        <label htmlFor={reflectionId} className="field__label">
          {t('assessment.reflectionLabel')}
        </label>
        <p id={`${reflectionId}-hint`} className="field__hint">
          {t('assessment.reflectionHint', { max: REFLECTION_MAX })}
        </p>
        <textarea
          id={reflectionId}
          rows={4}
          maxLength={REFLECTION_MAX}
          value={reflection}
          aria-describedby={`${reflectionId}-hint ${reflectionId}-count`}
          onChange={(event) => setReflection(dimension.id, event.target.value)}
        />
        <p id={`${reflectionId}-count`} className="field__hint">
          {t('assessment.reflectionCount', { count: reflection.length, max: REFLECTION_MAX })}
        </p>
      </div>
    </section>
  );
}
