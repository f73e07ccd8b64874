import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HideablePart } from '@shared/features/present/parts';
import { formatDate } from '../../app/i18n';
import { useLanguage, useSession } from '../../app/session';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { SLIDE_TITLE } from './presentLabels';
import { usePresent } from './presentStore';
import { usePresentationPlan, type PresentationPlan } from './useSlides';
import './present.css';

/** The parts shown as the series of the compass, in the order of the form. */
const SERIES_PARTS: readonly HideablePart[] = ['target', 'others', 'earlier'];
const OTHER_PARTS: readonly HideablePart[] = ['reflections', 'plan', 'comments'];

function HideChoices({ plan }: { plan: PresentationPlan }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const source = usePresent((s) => s.loaded?.source);
  const label = (part: HideablePart): string => {
    switch (part) {
      case 'target':
        return t('present.prepare.parts.target');
      case 'others':
        return t('present.prepare.parts.others', { round: source?.round?.name ?? '' });
      case 'earlier':
        return t('present.prepare.parts.earlier', { date: source?.earlier ? formatDate(source.earlier.date, lang) : '' });
      case 'reflections':
        return t('present.prepare.parts.reflections');
      case 'plan':
        return t('present.prepare.parts.plan');
      case 'comments':
        return t('present.prepare.parts.comments');
    }
  };
  const hint = (part: HideablePart): string | null =>
    part === 'target' ? t('present.prepare.parts.targetHint') : part === 'plan' ? t('present.prepare.parts.planHint') : null;

  const choice = (part: HideablePart) => {
    const inputId = `${id}-${part}`;
    const hintText = hint(part);
    return (
      <div key={part} className="choice">
        <input
          type="checkbox"
          id={inputId}
          data-testid={`hide-${part}`}
          checked={plan.hidden.includes(part)}
          aria-describedby={hintText ? `${inputId}-hint` : undefined}
          onChange={(e) => usePresent.getState().setHidden(plan.profileId, part, e.target.checked)}
        />
        <span className="choice__text">
          <label htmlFor={inputId}>{label(part)}</label>
          {hintText && (
            <span id={`${inputId}-hint`} className="field__hint">
              {hintText}
            </span>
          )}
        </span>
      </div>
    );
  };
  const series = SERIES_PARTS.filter((p) => plan.available.includes(p));
  const others = OTHER_PARTS.filter((p) => plan.available.includes(p));

  return (
    <fieldset className="field choice-group present-choices" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t('present.prepare.hideLegend')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('present.prepare.hideHint')}
      </p>
      {series.length > 0 && (
        <div role="group" aria-labelledby={`${id}-compass`} className="present-choices__group">
          <p id={`${id}-compass`} className="present-choices__title">
            {t('present.prepare.compassGroup')}
          </p>
          {series.map(choice)}
        </div>
      )}
      {others.map(choice)}
    </fieldset>
  );
}

/** Before the session: the coachee ticks what stays hidden, sees what will be shown, and starts. */
export function PresentScreen() {
  const { t } = useTranslation();
  const profileId = useSession((s) => s.state?.activeProfileId);
  const problem = usePresent((s) => s.problem);
  const returnFocus = usePresent((s) => s.returnFocus);
  const plan = usePresentationPlan();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const startButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (profileId) void usePresent.getState().load();
  }, [profileId]);

  // Back from the presentation: the keyboard continues where it left, on the start button.
  useEffect(() => {
    if (returnFocus && startButton.current) {
      startButton.current.focus();
      usePresent.getState().focusReturned();
    }
  }, [returnFocus, plan]);

  return (
    <div className="stack present-prepare">
      <div>
        <p className="eyebrow">{t('present.prepare.eyebrow')}</p>
        <h1 ref={heading} tabIndex={-1}>
          {t('present.prepare.title')}
        </h1>
        <p className="lead">{t('present.prepare.intro')}</p>
      </div>
      {problem && <ProblemNotice problem={problem} />}
      {!plan ? (
        !problem && <p aria-live="polite">{t('present.prepare.loading')}</p>
      ) : plan.available.length === 0 && plan.slides.length === 0 ? (
        <p className="notice">{t('present.prepare.nothing')}</p>
      ) : (
        <>
          {plan.available.length > 0 && <HideChoices plan={plan} />}
          <section className="card" aria-labelledby="present-shown-title">
            <h2 id="present-shown-title">
              {t('present.prepare.shownTitle')} <span className="muted">({t('present.prepare.shownCount', { count: plan.slides.length })})</span>
            </h2>
            {plan.slides.length === 0 ? (
              <p>{t('present.prepare.nothingLeft')}</p>
            ) : (
              <ol className="present-outline" data-testid="present-outline">
                {plan.slides.map((s) => (
                  <li key={s.kind}>{t(SLIDE_TITLE[s.kind])}</li>
                ))}
              </ol>
            )}
          </section>
          {plan.slides.length > 0 && (
            <div>
              <button ref={startButton} type="button" className="button button--primary" aria-describedby="present-start-hint" onClick={() => usePresent.getState().start()}>
                {t('present.prepare.start')}
              </button>
              <p id="present-start-hint" className="field__hint present-start-hint">
                {t('present.prepare.startHint')}
              </p>
            </div>
          )}
        </>
      )}
    </div>
  );
}
