import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '@shared/kernel/compass/content';
import { itemOf } from '@shared/kernel/compass/questionnaires';
import { isRealIsoDate, localIsoDate } from '@shared/kernel/dates';
import type { DraftContent } from '@shared/features/assessment/schemas';
import { unansweredItems } from '@shared/kernel/scoring';
import { CompassTable } from '../../charts/compass/CompassTable';
import { assessmentSeries } from '../../charts/compass/compassSeries';
import { navigate } from '../../app/router';
import { useAssessments } from './assessmentsStore';
import { useDraft } from './draftStore';
import { useLanguage } from '../../app/session';

/** Last step: what is still open, the scores so far, the date, and saving the meetmoment. */
export function ReviewStep({ draft, onGoToStep }: { draft: DraftContent; onGoToStep: (step: number) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const submit = useDraft((s) => s.submit);
  const [date, setDate] = useState(() => localIsoDate(new Date()));
  const [busy, setBusy] = useState(false);
  const [dateError, setDateError] = useState(false);
  const dateId = useId();
  const missing = unansweredItems(draft.answers);
  const today = localIsoDate(new Date());

  async function save(): Promise<void> {
    if (!isRealIsoDate(date) || date > today) {
      setDateError(true);
      return;
    }
    setDateError(false);
    setBusy(true);
    const saved = await submit(date);
    setBusy(false);
    if (saved) {
      await useAssessments.getState().load();
      navigate({ name: 'compass', id: saved.id });
    }
  }

  return (
    <section className="stack">
      <p className="lead">{t('assessment.reviewIntro')}</p>

      {missing.length > 0 ? (
        <div className="notice notice--info">
          <h2 className="notice__title">{t('assessment.missingTitle')}</h2>
          <p>{t('assessment.missingIntro')}</p>
          <ul>
            {missing.map((id) => {
              const item = itemOf(draft.questionnaire.version, id);
              const dimensionIndex = DIMENSIONS.findIndex((d) => d.needles.includes(item.needle));
              return (
                <li key={id}>
                  {t('assessment.missingItem', { id, text: item.self[lang] })}{' '}
                  <button type="button" className="link-button" onClick={() => onGoToStep(dimensionIndex)}>
                    {t('assessment.goToStep', { dimension: DIMENSIONS[dimensionIndex]?.name[lang] ?? '' })}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <p className="notice notice--success">{t('assessment.allAnswered')}</p>
      )}

      <CompassTable
        series={assessmentSeries(draft, { current: t('compass.seriesCurrent'), target: t('compass.seriesTarget') })}
        lang={lang}
        caption={t('assessment.overviewCaption')}
      />

      <div className="field">
        <label htmlFor={dateId} className="field__label">
          {t('assessment.dateLabel')}
        </label>
        <p id={`${dateId}-hint`} className="field__hint">
          {t('assessment.dateHint')}
        </p>
        <input
          id={dateId}
          type="date"
          className="input-date"
          value={date}
          max={today}
          required
          aria-invalid={dateError || undefined}
          aria-describedby={`${dateId}-hint${dateError ? ` ${dateId}-error` : ''}`}
          onChange={(event) => setDate(event.target.value)}
        />
        {dateError && (
          <p id={`${dateId}-error`} className="field__error" role="alert">
            {t('assessment.dateHint')}
          </p>
        )}
      </div>

      <div className="actions actions--spread">
        <button type="button" className="button button--secondary" onClick={() => onGoToStep(DIMENSIONS.length - 1)}>
          {t('assessment.previous')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={missing.length > 0 || busy}
          onClick={() => void save()}
        >
          {busy ? t('assessment.saveBusy') : t('assessment.save')}
        </button>
      </div>
    </section>
  );
}
