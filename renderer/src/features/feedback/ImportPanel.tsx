import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/kernel/format';
import { useLanguage } from '../../app/session';
import type { ImportRun } from './importRun';
import { ImportResults } from './ImportResults';
import { useFeedback } from './store';

/**
 * Reading in answer files: drop or pick any number at once. They travel in chunks; a progress bar
 * shows how far it got, a live region says so calmly (at the start, each quarter and the end).
 */
export function ImportPanel({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const importFiles = useFeedback((s) => s.importFiles);
  const busy = useFeedback((s) => s.busy);
  const storedRun = useFeedback((s) => s.importRun);
  const run = storedRun?.roundId === roundId ? storedRun : null;
  const inputId = useId();
  const busyId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  function start(files: readonly File[]): void {
    if (busy !== null || files.length === 0) return;
    void importFiles(roundId, files).finally(() => {
      if (input.current) input.current.value = '';
    });
  }

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setDragging(false);
    start([...event.dataTransfer.files]);
  }

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('feedback.import.title')}</h2>
      <div
        className={`dropzone${dragging ? ' dropzone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(busy === null);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('feedback.import.intro')}</p>
        <input
          ref={input}
          id={inputId}
          className="file-input"
          type="file"
          multiple
          accept=".json,application/json"
          // Not `disabled`: the control keeps its focus while an import runs, says why it waits, and opens nothing.
          aria-disabled={busy !== null || undefined}
          aria-describedby={busy !== null ? busyId : undefined}
          onClick={(e) => {
            if (busy !== null) e.preventDefault();
          }}
          onChange={(e) => start([...(e.target.files ?? [])])}
        />
        <label htmlFor={inputId} className="button button--primary file-button">
          {t('feedback.import.chooseFiles')}
        </label>
        {busy !== null && (
          <p id={busyId} className="muted import-busy">
            {t('feedback.import.busy')}
          </p>
        )}
      </div>
      {run?.state === 'running' && <Progress run={run} />}
      <ImportStatus run={run} />
      {run && run.state !== 'running' && run.summary.refused > 0 && <p>{t('feedback.import.refusedNote')}</p>}
      {run && run.state !== 'running' && <ImportResults summary={run.summary} roundId={roundId} />}
    </section>
  );
}

function Progress({ run }: { run: ImportRun }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  return (
    <div className="progress-block import-progress">
      <label htmlFor={id}>{t('feedback.import.progressLabel')}</label>
      <progress id={id} max={run.total} value={run.done} aria-describedby={`${id}-text`} />
      <p id={`${id}-text`} className="muted" data-testid="import-progress">
        {t('feedback.import.progress', { count: run.total, done: formatNumber(run.done, lang), total: formatNumber(run.total, lang) })}
      </p>
    </div>
  );
}

const QUARTER_TEXT = {
  1: 'feedback.import.quarterDone',
  2: 'feedback.import.halfDone',
  3: 'feedback.import.threeQuartersDone',
} as const;

/** The live region: the start, each quarter reached, and the outcome; never every chunk. */
function ImportStatus({ run }: { run: ImportRun | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const numbers = run && { count: run.total, done: formatNumber(run.done, lang), total: formatNumber(run.total, lang) };
  let text = '';
  if (run && numbers && run.state === 'running') {
    const quarter = Math.min(3, Math.floor((4 * run.done) / Math.max(1, run.total)));
    text = quarter === 0 ? t('feedback.import.started', numbers) : t(QUARTER_TEXT[quarter as 1 | 2 | 3]);
  } else if (run && numbers) {
    const { accepted, duplicates, refused } = run.summary;
    const counts = t('feedback.import.summary', {
      accepted: formatNumber(accepted, lang),
      duplicates: formatNumber(duplicates, lang),
      refused: formatNumber(refused, lang),
    });
    text = run.state === 'stopped' ? `${counts} ${t('feedback.import.stopped', numbers)}` : counts;
  }
  // While it runs, the progress bar's own text shows the count: the live region speaks, unseen.
  return (
    <p role="status" className={run?.state === 'running' ? 'visually-hidden' : 'import-status'} data-testid="import-status">
      {text}
    </p>
  );
}
