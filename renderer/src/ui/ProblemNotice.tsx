import { useTranslation } from 'react-i18next';
import type { Problem } from '../app/problem';
import { useLanguage } from '../app/session';
import { problemText } from './problemText';

/**
 * A failure reported by the app (a code with params), worded in the user's language. `title` says
 * what could not be done, where that is more telling than the general "Dat is niet gelukt".
 */
export function ProblemNotice({ problem, title }: { problem: Problem; title?: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message, details } = problemText(problem, { t, lang });
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title ?? t('errors.title')}</p>
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
