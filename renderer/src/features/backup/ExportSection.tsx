import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN_LENGTH } from '@shared/features/backup';
import { api } from '../../app/api/client';
import { activeProfileId } from '../../app/profileScope';
import { toProblem, type Problem } from '../../app/problem';
import { useSession } from '../../app/session';
import { downloadText } from '../../ui/download';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { checkNewPassphrase, PassphraseFields, type NewPassphrase, type PassphraseErrors } from './PassphraseFields';
import { EXPORT_TEXT } from './texts';

const EMPTY: NewPassphrase = { passphrase: '', repeat: '' };

/** Makes a profile file of the open profile (`profile`) or a backup of everything (`all`), with a new passphrase. */
export function ExportSection({ scope }: { readonly scope: 'profile' | 'all' }) {
  const { t } = useTranslation();
  const id = useId();
  const active = useSession((s) => s.state?.profiles.find((p) => p.id === s.state?.activeProfileId));
  const [value, setValue] = useState<NewPassphrase>(EMPTY);
  const [errors, setErrors] = useState<PassphraseErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const texts = EXPORT_TEXT[scope];
  const form = useRef<HTMLFormElement>(null);
  // Each refused attempt moves focus to the field that says why, once it says so.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const problemFound = checkNewPassphrase(value);
    const found: PassphraseErrors =
      problemFound === 'too-short'
        ? { passphrase: t('backup.passphrase.tooShort', { min: PASSPHRASE_MIN_LENGTH }) }
        : problemFound === 'mismatch'
          ? { repeat: t('backup.passphrase.mismatch') }
          : {};
    setErrors(found);
    setDone(null);
    setProblem(null);
    if (found.passphrase || found.repeat) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const file =
        scope === 'profile'
          ? await api().exportProfile({ profileId: activeProfileId(), passphrase: value.passphrase })
          : await api().exportBackup({ passphrase: value.passphrase });
      downloadText(file.fileName, file.text, 'application/json');
      setValue(EMPTY);
      setDone(file.fileName);
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(texts.title)}</h2>
      <p>{t(texts.intro)}</p>
      {scope === 'profile' && <p>{active?.name ? t('backup.exportProfile.whose', { name: active.name }) : t('backup.exportProfile.whoseUnnamed')}</p>}
      <form ref={form} className="form" noValidate onSubmit={(e) => void submit(e)}>
        <PassphraseFields value={value} onChange={setValue} errors={errors} />
        <div className="actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {t(texts.button)}
          </button>
        </div>
      </form>
      <p role="status" className={busy || done ? 'notice' : 'visually-hidden'}>
        {busy ? t('backup.busy.sealing') : done ? t(texts.done, { fileName: done }) : ''}
      </p>
      {problem && <ProblemNotice problem={problem} />}
    </section>
  );
}
