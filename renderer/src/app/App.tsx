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
import { NotesScreen } from '../features/notes/NotesScreen';
import { BackupScreen } from '../features/backup';
import { PlanScreen } from '../features/plan/PlanScreen';
import { StartScreen } from '../features/start/StartScreen';
import { CoachReportChoice, PrintScreen } from '../features/print';
import { Presentation, PresentScreen, usePresent } from '../features/present';
import { CoacheesScreen } from '../features/coachees';
import { SettingsScreen } from '../features/settings';
import { useAssessments } from '../features/assessment/assessmentsStore';
import { useDraft } from '../features/assessment/draftStore';
import { useSession } from './session';

export function App() {
  const { t } = useTranslation();
  const state = useSession((s) => s.state);
  const problem = useSession((s) => s.problem);
  const switching = useSession((s) => s.switching);
  const route = parseRoute(useHash());
  const presenting = usePresent((s) => s.showing !== null);

  useEffect(() => {
    void useSession
      .getState()
      .load()
      .then(() => Promise.all([useAssessments.getState().load(), useDraft.getState().load()]));
  }, []);

  // A print route: the document alone, without the app's header, menu and footer.
  if (route.name === 'print') return <PrintScreen target={route.target} />;
  // The running presentation is the whole page: nothing else of the app is on screen or in the DOM.
  if (state && route.name === 'present' && presenting) return <Presentation />;

  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('app.skipLink')}
      </a>
      <Header route={route} />
      <main id="inhoud" className="page" tabIndex={-1}>
        {problem && <ProblemNotice problem={problem} />}
        {state && switching && <p aria-live="polite">{t('app.loading')}</p>}
        {state && !switching ? (
          // Keyed by the profile: another coachee's screens start afresh (no state of the previous one).
          <div key={state.activeProfileId} className="profile-view">
            <StorageIssues />
            {route.name === 'start' && <StartScreen />}
            {route.name === 'assess' && <AssessmentScreen />}
            {route.name === 'compass' && <CompassScreen id={route.id} />}
            {route.name === 'rounds' && <RoundsScreen />}
            {route.name === 'round' && <RoundScreen id={route.id} />}
            {route.name === 'report' && <ReportScreen id={route.id} />}
            {route.name === 'plan' && <PlanScreen />}
            {route.name === 'history' && <HistoryScreen />}
            {route.name === 'coach-report' && <CoachReportChoice />}
            {route.name === 'present' && <PresentScreen />}
            {route.name === 'notes' && <NotesScreen />}
            {route.name === 'coachees' && <CoacheesScreen />}
            {route.name === 'settings' && <SettingsScreen />}
            {route.name === 'files' && <BackupScreen />}
          </div>
        ) : (
          !state && !problem && <p aria-live="polite">{t('app.loading')}</p>
        )}
      </main>
      <footer className="site-footer">
        <p>{t('app.offline')}</p>
        <p className="site-footer__links">
          <a href={hrefOf({ name: 'settings' })}>{t('settings.link')}</a>
          <a href={hrefOf({ name: 'files' })}>{t('backup.footerLink')}</a>
        </p>
      </footer>
    </>
  );
}
