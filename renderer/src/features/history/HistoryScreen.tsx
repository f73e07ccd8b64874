import { useTranslation } from 'react-i18next';
import { NewAssessmentLink } from '../assessment';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useLanguage } from '../../app/session';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { ChangeSection } from './ChangeSection';
import { NeedleHistory } from './NeedleHistory';
import { useHistory } from './useHistory';
import './history.css';

/** "Verloop": each needle over time, and what changed between two meetmomenten. */
export function HistoryScreen() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const state = useHistory();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const history = state.status === 'ready' ? state.history : null;
  const empty = history !== null && history.assessments.length === 0 && history.rounds.length === 0;

  return (
    <div className="stack history">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {t('history.title')}
        </h1>
        <p className="lead">{t('history.intro')}</p>
      </div>
      {state.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {state.status === 'failed' && <ProblemNotice problem={state.problem} />}
      {empty && (
        <div className="card stack" data-testid="history-empty">
          <p>{t('history.empty')}</p>
          <p>
            <NewAssessmentLink />
          </p>
        </div>
      )}
      {history && !empty && (
        <>
          {new Set(history.assessments.map((a) => a.questionnaireVersion)).size > 1 && (
            <p className="notice notice--info" data-testid="history-versions">
              {t('history.versionsMixed')}
            </p>
          )}
          <ChangeSection history={history} lang={lang} />
          <NeedleHistory history={history} lang={lang} />
        </>
      )}
    </div>
  );
}
