import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './Header';
import { ProblemNotice } from '../ui/ProblemNotice';
import { StorageIssues } from '../ui/StorageIssues';
import { hrefOf, parseRoute, useHash } from './router';
import { AssessmentScreen } from '../features/assessment/AssessmentScreen';
import { CompassScreen } from '../features/compass/CompassScreen';
import { ReportScreen } from '../features/feedback/report/ReportScreen';
import { RoundScreen } from '../features/feedback/RoundScreen';
import { RoundsScreen } from '../features/feedback/RoundsScreen';
import { HistoryScreen } from '../features/history/HistoryScreen';
import { BackupScreen } from '../features/backup';
import { PlanScreen } from '../features/plan/PlanScreen';
import { StartScreen } from '../features/start/StartScreen';
import { useAssessments } from '../features/assessment/assessmentsStore';
import { useDraft } from '../features/assessment/draftStore';
import { useSession } from './session';

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
            {route.name === 'files' && <BackupScreen />}
          </>
        ) : (
          !problem && <p aria-live="polite">{t('app.loading')}</p>
        )}
      </main>
      <footer className="site-footer">
        <p>
          {t('app.offline')} <a href={hrefOf({ name: 'files' })}>{t('backup.footerLink')}</a>
        </p>
      </footer>
    </>
  );
}
