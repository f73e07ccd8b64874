import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '@shared/contract/api';
import { useFeedback } from './store';
import { IMPORT_OUTCOME_LABEL, REFUSAL_REASON_TEXT } from './feedbackLabels';

/** Reading in answer files: drop many at once or pick them; one outcome line per file. */
export function ImportPanel() {
  const { t } = useTranslation();
  const importFiles = useFeedback((s) => s.importFiles);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  async function run(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    setBusy(true);
    setSummary(await importFiles(files));
    setBusy(false);
    if (input.current) input.current.value = '';
  }

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setDragging(false);
    void run([...event.dataTransfer.files]);
  }

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('feedback.round.importTitle')}</h2>
      <div
        className={`dropzone${dragging ? ' dropzone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('feedback.round.importIntro')}</p>
        <input
          ref={input}
          id={inputId}
          className="file-input"
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(e) => void run([...(e.target.files ?? [])])}
        />
        <label htmlFor={inputId} className="button button--primary file-button">
          {t('feedback.round.chooseFiles')}
        </label>
      </div>
      <p role="status" className="save-status">
        {busy && t('feedback.round.importing')}
        {!busy &&
          summary &&
          t('feedback.round.importSummary', { accepted: summary.accepted, duplicates: summary.duplicates, refused: summary.refused })}
      </p>
      {summary && (
        <table className="data-table outcomes">
          <caption>{t('feedback.round.resultsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feedback.round.fileColumn')}</th>
              <th scope="col">{t('feedback.round.resultColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.outcomes.map((o, i) => (
              <tr key={`${o.name}-${i}`} data-outcome={o.outcome} data-reason={o.reason ?? ''}>
                <th scope="row">{o.name}</th>
                <td>
                  <strong>{t(IMPORT_OUTCOME_LABEL[o.outcome])}</strong>
                  {o.reason && <>: {t(REFUSAL_REASON_TEXT[o.reason])}</>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
