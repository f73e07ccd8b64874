import { useTranslation } from 'react-i18next';
import type { Problem } from '../app/problem';
import { useLanguage } from '../app/session';

/** A failure reported by the app, in the user's language, with the Dutch details from main. */
export function ProblemNotice({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('errors.title')}</p>
      {/* The app's own message is Dutch and most specific; in English, the translated general one. */}
      <p>{lang === 'nl' ? problem.message : t(`errors.${problem.code}`)}</p>
      {problem.details.length > 0 && (
        <ul lang="nl">
          {problem.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
