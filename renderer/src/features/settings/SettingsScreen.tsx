import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@shared/kernel/compass/model';
import { hrefOf } from '../../app/router';
import { useCoachMode, useLanguage, useSession } from '../../app/session';
import type { Problem } from '../../app/problem';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import './settings.css';

const LANGUAGES: readonly { lang: Lang; label: 'settings.language.nl' | 'settings.language.en' }[] = [
  { lang: 'nl', label: 'settings.language.nl' },
  { lang: 'en', label: 'settings.language.en' },
];

/** The language of the app and coach mode; each change applies and is saved at once. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const language = useLanguage();
  const coachMode = useCoachMode();
  const setLanguage = useSession((s) => s.setLanguage);
  const setCoachMode = useSession((s) => s.setCoachMode);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);

  async function toggleCoachMode(on: boolean): Promise<void> {
    if (busy) return;
    setBusy(true);
    setProblem(await setCoachMode(on));
    setChanged(true);
    setBusy(false);
  }

  return (
    <div className="stack settings">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {t('settings.title')}
        </h1>
        <p>{t('settings.intro')}</p>
      </div>
      <fieldset className="card fieldset">
        <legend>{t('settings.language.legend')}</legend>
        <p id={`${id}-lang-hint`} className="field__hint">
          {t('settings.language.hint')}
        </p>
        {LANGUAGES.map(({ lang, label }) => (
          <div className="choice" key={lang}>
            <input
              type="radio"
              id={`${id}-lang-${lang}`}
              name={`${id}-lang`}
              checked={language === lang}
              aria-describedby={`${id}-lang-hint`}
              onChange={() => void setLanguage(lang)}
            />
            <label htmlFor={`${id}-lang-${lang}`} lang={lang}>
              {t(label)}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="card fieldset">
        <legend>{t('settings.coach.legend')}</legend>
        <p id={`${id}-coach-text`}>{t('settings.coach.explanation')}</p>
        <div className="choice">
          <input
            type="checkbox"
            id={`${id}-coach`}
            checked={coachMode}
            aria-describedby={`${id}-coach-text ${id}-coach-rule`}
            onChange={(e) => void toggleCoachMode(e.target.checked)}
          />
          <label htmlFor={`${id}-coach`}>{t('settings.coach.label')}</label>
        </div>
        <p id={`${id}-coach-rule`} className="field__hint">
          {t('settings.coach.offRule')}
        </p>
        <p role="status">{changed && !problem ? (coachMode ? t('settings.coach.on') : t('settings.coach.off')) : ''}</p>
        {problem && <ProblemNotice problem={problem} />}
        {coachMode && (
          <p>
            <a href={hrefOf({ name: 'coachees' })}>{t('settings.coach.toCoachees')}</a>
          </p>
        )}
      </fieldset>
    </div>
  );
}
