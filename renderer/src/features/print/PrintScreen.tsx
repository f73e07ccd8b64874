import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintTarget } from '@shared/features/print/printTargets';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { READY_ATTRIBUTE } from '../../ui/print/PrintLayout';
import { useSession } from '../../app/session';
import { ReportPrint } from '../feedback';
import { AssessmentPrint } from './AssessmentPrint';
import { CoachReportPrint } from './CoachReportPrint';
import { useProfileName } from './whose';

/** A print route: one document, without the app's header, menu and footer. */
export function PrintScreen({ target }: { target: PrintTarget }) {
  const { t } = useTranslation();
  const state = useSession((s) => s.state);
  const problem = useSession((s) => s.problem);
  const whose = useProfileName();
  // Without the app state there is no document: say so at once to whoever waits to print it.
  const failed = !state && problem !== null;
  useEffect(() => {
    if (!failed) return;
    document.documentElement.setAttribute(READY_ATTRIBUTE, 'failed');
    return () => document.documentElement.removeAttribute(READY_ATTRIBUTE);
  }, [failed]);
  return (
    <main id="inhoud" className="print-main">
      {!state ? (
        problem ? <ProblemNotice problem={problem} /> : <p aria-live="polite">{t('app.loading')}</p>
      ) : target.kind === 'meetmoment' ? (
        <AssessmentPrint id={target.id} />
      ) : target.kind === 'rapport' ? (
        <ReportPrint id={target.roundId} whose={whose} />
      ) : (
        <CoachReportPrint choice={target} />
      )}
    </main>
  );
}
