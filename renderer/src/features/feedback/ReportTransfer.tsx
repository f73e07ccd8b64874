import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { toProblem, type Problem } from '../../app/problem';
import { downloadText } from '../../ui/download';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useFeedback } from './store';

/**
 * "Rapport overdragen" (spec §7): a coach who held this round saves its report as a file for the
 * leader. Says what the file holds and what it does not, before anything is saved.
 */
export function ReportTransfer({ round }: { round: RoundSummary }) {
  const { t } = useTranslation();
  const exportReport = useFeedback((s) => s.exportReport);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(): Promise<void> {
    setBusy(true);
    try {
      const file = await exportReport(round.id);
      downloadText(file.fileName, file.text, 'application/json');
      setSaved(file.fileName);
      setProblem(null);
    } catch (error) {
      setProblem(toProblem(error));
      setSaved(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="transfer-title" data-testid="report-transfer">
      <h2 id="transfer-title">{t('feedback.published.transfer.title')}</h2>
      <p>{t('feedback.published.transfer.intro')}</p>
      <h3>{t('feedback.published.transfer.holdsTitle')}</h3>
      <p>{t('feedback.published.transfer.holds')}</p>
      <h3>{t('feedback.published.transfer.holdsNotTitle')}</h3>
      <p>{t('feedback.published.transfer.holdsNot')}</p>
      {problem && <ProblemNotice problem={problem} />}
      <p>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void save()}>
          {t('feedback.published.transfer.save')}
        </button>
      </p>
      <p role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>
        {saved ? t('feedback.published.transfer.saved', { fileName: saved }) : ''}
      </p>
    </section>
  );
}
