import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PUBLISHED_REPORT_MAX_BYTES } from '@shared/features/feedback/publishedReportFile';
import { toProblem, type Problem } from '../../app/problem';
import { navigate } from '../../app/router';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { ComparisonChoice, useChosen } from './Comparison';
import { useFeedback } from './store';

/**
 * "Rapport van uw coach inlezen" (spec §7): the leader reads in the report file of a round the
 * coach held. It becomes a closed round, compared with the meetmoment chosen here (the latest by
 * default, as at closing); the app then opens its report. A refused file is said plainly, and
 * nothing is stored.
 */
export function ReportImportPanel() {
  const { t } = useTranslation();
  const importReport = useFeedback((s) => s.importReport);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const chosen = useChosen(compareWith);
  const [refused, setRefused] = useState<{ fileName: string; problem: Problem } | null>(null);
  const [busy, setBusy] = useState(false);

  async function read(file: File | undefined): Promise<void> {
    if (!file || busy) return;
    setBusy(true);
    try {
      // A larger file cannot be a report file: not read at all.
      if (file.size > PUBLISHED_REPORT_MAX_BYTES) {
        setRefused({ fileName: file.name, problem: { code: 'report-file-refused', params: { reason: 'too-large' } } });
        return;
      }
      const round = await importReport(await file.text(), chosen?.id);
      setRefused(null);
      navigate({ name: 'report', id: round.id });
    } catch (error) {
      setRefused({ fileName: file.name, problem: toProblem(error) });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <section className="card stack" aria-labelledby="report-import-title" data-testid="report-import">
      <h2 id="report-import-title">{t('feedback.published.import.title')}</h2>
      <p>{t('feedback.published.import.intro')}</p>
      <p className="muted">{t('feedback.published.import.privacy')}</p>
      <ComparisonChoice value={compareWith} onChange={setCompareWith} />
      <div>
        <input
          ref={input}
          id={inputId}
          className="file-input"
          type="file"
          accept=".json,application/json"
          aria-disabled={busy || undefined}
          onChange={(e) => void read(e.target.files?.[0])}
        />
        <label htmlFor={inputId} className="button button--primary file-button">
          {t('feedback.published.import.choose')}
        </label>
      </div>
      <p role="status" className={busy ? 'muted' : 'visually-hidden'}>
        {busy ? t('feedback.published.import.busy') : ''}
      </p>
      {refused && <ProblemNotice problem={refused.problem} title={t('feedback.published.import.refusedTitle', { fileName: refused.fileName })} />}
    </section>
  );
}
