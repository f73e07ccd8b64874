import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoStatus } from '@shared/features/backup/contract';
import { api } from '../../app/api/client';
import { formatDateTime } from '../../app/i18n';
import { toProblem, type Problem } from '../../app/problem';
import { useLanguage } from '../../app/session';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useBackupOutcome } from './outcome';
import { refreshAfterChange } from './refresh';

/** Undo of the last restore or import, while its snapshot is kept (and says until when). */
export function UndoSection({ version, onUndone }: { readonly version: number; readonly onUndone: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const [status, setStatus] = useState<UndoStatus | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const done = useBackupOutcome((s) => s.undone);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    let live = true;
    api()
      .getUndoStatus({})
      .then((s) => live && setStatus(s))
      .catch((error: unknown) => live && setProblem(toProblem(error)));
    return () => {
      live = false;
    };
  }, [version]);

  async function undo(): Promise<void> {
    setAsking(false);
    setBusy(true);
    setProblem(null);
    try {
      await api().undoRestore({});
      await refreshAfterChange();
      setStatus({ available: false });
      useBackupOutcome.setState({ imported: null, undone: true });
      onUndone();
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  }

  const available = status?.available === true ? status : null;
  return (
    <>
      {available && (
        <section className="card card--accent stack" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t('backup.undo.title')}</h2>
          <p>{t('backup.undo.intro', { takenAt: formatDateTime(available.takenAt, lang), expiresAt: formatDateTime(available.expiresAt, lang) })}</p>
          <p>{t('backup.undo.warning')}</p>
          <div className="actions">
            <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => !busy && setAsking(true)}>
              {t('backup.undo.button')}
            </button>
          </div>
          {asking && (
            <ConfirmDialog
              title={t('backup.undo.confirmTitle')}
              text={t('backup.undo.confirmText')}
              confirmLabel={t('backup.undo.confirm')}
              cancelLabel={t('backup.cancel')}
              onConfirm={() => void undo()}
              onCancel={() => setAsking(false)}
            />
          )}
        </section>
      )}
      <p role="status" className={busy || done ? 'notice notice--success' : 'visually-hidden'}>
        {busy ? t('backup.busy.undoing') : done ? t('backup.undo.done') : ''}
      </p>
      {problem && <ProblemNotice problem={problem} />}
    </>
  );
}
