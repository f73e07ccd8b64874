import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './components/Header';
import { ProblemNotice } from './components/ProblemNotice';
import { StorageIssues } from './components/StorageIssues';
import { parseRoute, useHash } from './router';
import { AssessmentScreen } from './screens/assessment/AssessmentScreen';
import { CompassScreen } from './screens/CompassScreen';
import { ReportScreen } from './screens/feedback/report/ReportScreen';
import { RoundScreen } from './screens/feedback/RoundScreen';
import { RoundsScreen } from './screens/feedback/RoundsScreen';
import { HistoryScreen } from './screens/history/HistoryScreen';
import { PlanScreen } from './screens/plan/PlanScreen';
import { StartScreen } from './screens/StartScreen';
import { useAssessments } from './stores/assessments';
import { useDraft } from './stores/draft';
import { useSession } from './stores/session';

export function App() {
  const { t } = useTranslation();
  const state = useSession((s) => s.state);
  const problem = useSession((s) => s.problem);
  const route = parseRoute(useHash());

  useEffect(() => {
    void useSession
      .getState()
      .load()
      .then(() => Promise.all([useAssessments.getState().load(), useDraft.getState().load()]));
  }, []);

  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('app.skipLink')}
      </a>
      <Header route={route} />
      <main id="inhoud" className="page" tabIndex={-1}>
        {problem && <ProblemNotice problem={problem} />}
        {state ? (
          <>
            <StorageIssues />
            {route.name === 'start' && <StartScreen />}
            {route.name === 'assess' && <AssessmentScreen />}
            {route.name === 'compass' && <CompassScreen id={route.id} />}
            {route.name === 'rounds' && <RoundsScreen />}
            {route.name === 'round' && <RoundScreen id={route.id} />}
            {route.name === 'report' && <ReportScreen id={route.id} />}
            {route.name === 'plan' && <PlanScreen />}
            {route.name === 'history' && <HistoryScreen />}
          </>
        ) : (
          !problem && <p aria-live="polite">{t('app.loading')}</p>
        )}
      </main>
      <footer className="site-footer">
        <p>{t('app.offline')}</p>
      </footer>
    </>
  );
}
