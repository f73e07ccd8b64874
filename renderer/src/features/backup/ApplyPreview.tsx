import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplyMode, BackupPreview } from '@shared/features/backup/contract';
import { api } from '../../app/api/client';
import { formatDateTime } from '../../app/i18n';
import { toProblem, type Problem } from '../../app/problem';
import { useLanguage } from '../../app/session';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useGlanceText, useProfileName } from './Glance';
import { LANGUAGE_NAME } from './texts';

/**
 * What a file will do, and the choice to go on: for a profile file "add", or "replace" / "keep
 * both" when the profile is here already; for a backup of everything, per profile added or
 * replaced, the profiles that stay, and the language. Nothing changes before the button.
 */
export function ApplyPreview({
  preview,
  onApplied,
  onCancel,
}: {
  readonly preview: BackupPreview;
  readonly onApplied: (profileIds: readonly string[]) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const glance = useGlanceText();
  const named = useProfileName();
  const heading = useRef<HTMLHeadingElement>(null);
  const [mode, setMode] = useState<ApplyMode>('replace');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const isProfile = preview.scope === 'profile';
  const single = preview.profiles[0];
  const existing = isProfile && single?.current ? { incoming: single.incoming, current: single.current } : null;
  const exists = existing !== null;

  useEffect(() => heading.current?.focus(), []);

  async function apply(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const applied = await api().applyBackup({ token: preview.token, mode: isProfile && !exists ? 'replace' : mode });
      onApplied(applied.profileIds);
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setBusy(false);
    }
  }

  function cancel(): void {
    void api().discardBackupPreview({ token: preview.token }).catch(() => undefined);
    onCancel();
  }

  return (
    <div className="backup-preview card card--accent stack" aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t(isProfile ? 'backup.importProfile.previewTitle' : 'backup.restoreAll.previewTitle')}
      </h3>
      {!isProfile && <p>{t('backup.restoreAll.madeOn', { date: formatDateTime(preview.createdAt, lang) })}</p>}
      <ul className="backup-list">
        {preview.profiles.map((p) => (
          <li key={p.id}>
            <p className="backup-list__name">{named(p.incoming.name)}</p>
            <p>{glance(p.incoming)}</p>
            {!isProfile && <p className="backup-list__action">{t(p.current ? 'backup.restoreAll.replaced' : 'backup.restoreAll.added')}</p>}
            {!isProfile && p.current && <p className="muted">{t('backup.restoreAll.nowHere', { summary: `${named(p.current.name)}: ${glance(p.current)}` })}</p>}
          </li>
        ))}
      </ul>
      {!isProfile && preview.kept.length > 0 && (
        <div>
          <p>{t('backup.restoreAll.kept')}</p>
          <ul>
            {preview.kept.map((k) => (
              <li key={k.id}>{named(k.name)}</li>
            ))}
          </ul>
        </div>
      )}
      {!isProfile && preview.settings && <p>{t('backup.restoreAll.language', { language: t(LANGUAGE_NAME[preview.settings.language]) })}</p>}
      {existing && (
        <fieldset className="backup-choice">
          <legend>{t('backup.importProfile.existsTitle')}</legend>
          <p>{t('backup.importProfile.existsIntro')}</p>
          <p className="muted">{t('backup.restoreAll.nowHere', { summary: `${named(existing.current.name)}: ${glance(existing.current)}` })}</p>
          <div className="backup-choice__option">
            <input type="radio" id={`${id}-replace`} name={`${id}-mode`} checked={mode === 'replace'} onChange={() => setMode('replace')} aria-describedby={`${id}-replace-hint`} />
            <label htmlFor={`${id}-replace`}>{t('backup.importProfile.replace')}</label>
            <p id={`${id}-replace-hint`} className="field__hint">
              {t('backup.importProfile.replaceHint')}
            </p>
          </div>
          <div className="backup-choice__option">
            <input type="radio" id={`${id}-both`} name={`${id}-mode`} checked={mode === 'keep-both'} onChange={() => setMode('keep-both')} aria-describedby={`${id}-both-hint`} />
            <label htmlFor={`${id}-both`}>{t('backup.importProfile.keepBoth')}</label>
            <p id={`${id}-both-hint`} className="field__hint">
              {t('backup.importProfile.keepBothHint', { name: `${named(existing.incoming.name)} (2)` })}
            </p>
          </div>
        </fieldset>
      )}
      {!isProfile && <p>{t('backup.restoreAll.snapshot')}</p>}
      <div className="actions">
        <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void apply()}>
          {isProfile ? t(exists ? 'backup.importProfile.apply' : 'backup.importProfile.add') : t('backup.restoreAll.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={cancel}>
          {t('backup.cancel')}
        </button>
      </div>
      <p role="status" className={busy ? 'notice' : 'visually-hidden'}>
        {busy ? t('backup.busy.applying') : ''}
      </p>
      {problem && <ProblemNotice problem={problem} />}
    </div>
  );
}
