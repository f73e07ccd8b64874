import { useTranslation } from 'react-i18next';
import type { Problem } from '../app/problem';
import { useLanguage } from '../app/session';
import { problemText } from './problemText';

/** A failure reported by the app (a code with params), worded in the user's language. */
export function ProblemNotice({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message, details } = problemText(problem, { t, lang });
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('errors.title')}</p>
      <p>{message}</p>
      {details.length > 0 && (
        <ul>
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
