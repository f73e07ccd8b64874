import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '@shared/kernel/compass/content';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { respondedCount } from '@shared/kernel/scoring';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { formatTime } from '../../app/i18n';
import { useDraft } from './draftStore';
import { useLanguage } from '../../app/session';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { DimensionStep } from './DimensionStep';
import { ReviewStep } from './ReviewStep';

const REVIEW_STEP = DIMENSIONS.length;

export function AssessmentScreen() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { draft, loaded, status, problem, start, setStep } = useDraft();
  const step = Math.min(draft?.step ?? 0, REVIEW_STEP);
  const heading = useFocusOnMount<HTMLHeadingElement>(step);

  useEffect(() => {
    if (loaded) start();
  }, [loaded, start]);

  if (!draft) return <p aria-live="polite">{t('app.loading')}</p>;

  const answered = respondedCount(draft.answers);
  const stepTitle = (i: number) =>
    i === REVIEW_STEP ? t('assessment.reviewStep') : `${DIMENSIONS[i]?.id ?? ''}. ${DIMENSIONS[i]?.name[lang] ?? ''}`;

  return (
    <div className="stack">
      <div>
        <p className="eyebrow">{t('assessment.title')}</p>
        <h1 ref={heading} tabIndex={-1}>
          <span className="visually-hidden">{t('assessment.stepOf', { step: step + 1, total: REVIEW_STEP + 1 })}: </span>
          {stepTitle(step)}
        </h1>
      </div>

      <div className="progress-block">
        <label htmlFor="assessment-progress">
          {t('assessment.progress', { answered, total: ALL_ITEM_IDS.length })}
        </label>
        <progress id="assessment-progress" max={ALL_ITEM_IDS.length} value={answered} />
        <p className="save-status" role="status">
          {status.kind === 'saving' && t('assessment.saving')}
          {status.kind === 'saved' && t('assessment.saved', { time: formatTime(status.at, lang) })}
          {status.kind === 'failed' && t('assessment.saveFailed')}
        </p>
      </div>

      <nav aria-label={t('assessment.stepsLabel')}>
        <ol className="steps">
          {Array.from({ length: REVIEW_STEP + 1 }, (_, i) => (
            <li key={i}>
              <button
                type="button"
                className="steps__button"
                aria-current={i === step ? 'step' : undefined}
                onClick={() => setStep(i)}
              >
                <span className="steps__number" aria-hidden={i === REVIEW_STEP ? true : undefined}>
                  {i === REVIEW_STEP ? '✓' : DIMENSIONS[i]?.id}
                </span>
                <span className="steps__label">
                  {i === REVIEW_STEP ? t('assessment.reviewStep') : DIMENSIONS[i]?.name[lang]}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      {problem && <ProblemNotice problem={problem} />}

      {step < REVIEW_STEP ? (
        <DimensionStep dimension={DIMENSIONS[step]!} draft={draft} />
      ) : (
        <ReviewStep draft={draft} onGoToStep={setStep} />
      )}

      {step < REVIEW_STEP && (
        <div className="actions actions--spread">
          {step > 0 ? (
            <button type="button" className="button button--secondary" onClick={() => setStep(step - 1)}>
              {t('assessment.previous')}
            </button>
          ) : (
            <span />
          )}
          <button type="button" className="button button--primary" onClick={() => setStep(step + 1)}>
            {step + 1 === REVIEW_STEP ? t('assessment.toReview') : t('assessment.next')}
          </button>
        </div>
      )}
    </div>
  );
}
