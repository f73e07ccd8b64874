import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '@shared/features/backup/contract';
import { BACKUP_MAX_CHARS } from '@shared/features/backup/payload';
import { api } from '../../app/api/client';
import { toProblem, type Problem } from '../../app/problem';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { IMPORT_TEXT } from './texts';

/**
 * Chooses a file and its passphrase and asks main for a preview (which changes nothing). The
 * passphrase is forgotten here as soon as the preview is there.
 */
export function OpenFileForm({ scope, onPreview }: { readonly scope: 'profile' | 'all'; readonly onPreview: (preview: BackupPreview) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const texts = IMPORT_TEXT[scope];
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState<'file' | 'passphrase' | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    if (!file) {
      setMissing('file');
      input.current?.focus();
      return;
    }
    if (passphrase === '') {
      setMissing('passphrase');
      document.getElementById(`${id}-passphrase`)?.focus();
      return;
    }
    setMissing(null);
    // Too large to be ours: refused without reading it.
    if (file.size > BACKUP_MAX_CHARS) {
      setProblem({ code: 'backup-file-refused', params: { reason: 'too-large' } });
      return;
    }
    setBusy(true);
    try {
      const preview = await api().previewBackupFile({ text: await file.text(), passphrase, scope });
      setPassphrase('');
      onPreview(preview);
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <div className="field">
        <span className="field__label" id={`${id}-file-label`}>
          {t(texts.file)}
        </span>
        <div className="file-choice">
          <input
            ref={input}
            id={`${id}-file`}
            className="file-input"
            type="file"
            accept=".json,application/json"
            aria-labelledby={`${id}-file-label ${id}-file-button`}
            aria-describedby={missing === 'file' ? `${id}-file-error` : undefined}
            aria-invalid={missing === 'file' || undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setProblem(null);
            }}
          />
          <label htmlFor={`${id}-file`} id={`${id}-file-button`} className="button button--secondary file-button">
            {t('backup.chooseFile')}
          </label>
          <span className="file-choice__name">{file ? file.name : t('backup.noFile')}</span>
        </div>
        {missing === 'file' && (
          <p id={`${id}-file-error`} className="field__error">
            {t('backup.fileMissing')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-passphrase`} className="field__label">
          {t('backup.passphrase.open')}
        </label>
        <input
          id={`${id}-passphrase`}
          type="password"
          className="input"
          autoComplete="off"
          value={passphrase}
          aria-describedby={missing === 'passphrase' ? `${id}-passphrase-error` : undefined}
          aria-invalid={missing === 'passphrase' || undefined}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        {missing === 'passphrase' && (
          <p id={`${id}-passphrase-error`} className="field__error">
            {t('backup.passphrase.missing')}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {t(texts.open)}
        </button>
      </div>
      <p role="status" className={busy ? 'notice' : 'visually-hidden'}>
        {busy ? t('backup.busy.opening') : ''}
      </p>
      {problem && <ProblemNotice problem={problem} />}
    </form>
  );
}
