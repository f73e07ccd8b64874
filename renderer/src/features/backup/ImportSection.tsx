import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '@shared/features/backup/contract';
import { api } from '../../app/api/client';
import { toProblem, type Problem } from '../../app/problem';
import { useSession } from '../../app/session';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { ApplyPreview } from './ApplyPreview';
import { useProfileName } from './Glance';
import { OpenFileForm } from './OpenFileForm';
import { forgetOutcome, useBackupOutcome } from './outcome';
import { refreshAfterChange } from './refresh';
import { IMPORT_TEXT } from './texts';

/** Brings in a profile file (`profile`) or restores a backup of everything (`all`): open, preview, apply. */
export function ImportSection({ scope, onApplied }: { readonly scope: 'profile' | 'all'; readonly onApplied: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const named = useProfileName();
  const texts = IMPORT_TEXT[scope];
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const done = useBackupOutcome((s) => (s.imported?.scope === scope ? s.imported : null));
  const [problem, setProblem] = useState<Problem | null>(null);
  // A new form after each outcome: the file chooser starts empty again.
  const [round, setRound] = useState(0);

  async function applied(profileIds: readonly string[]): Promise<void> {
    await refreshAfterChange();
    const profileId = scope === 'profile' ? (profileIds[0] ?? null) : null;
    const name = profileId ? (useSession.getState().state?.profiles.find((p) => p.id === profileId)?.name ?? '') : '';
    setPreview(null);
    setRound((n) => n + 1);
    useBackupOutcome.setState({ imported: { scope, profileId, name }, undone: false });
    onApplied();
  }

  async function open(profileId: string): Promise<void> {
    try {
      const state = await api().setActiveProfile({ profileId });
      useSession.setState({ state });
      await refreshAfterChange();
    } catch (error) {
      setProblem(toProblem(error));
    }
  }

  const active = useSession((s) => s.state?.activeProfileId);
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(texts.title)}</h2>
      <p>{t(texts.intro)}</p>
      {preview ? (
        <ApplyPreview preview={preview} onApplied={(ids) => void applied(ids)} onCancel={() => setPreview(null)} />
      ) : (
        <OpenFileForm
          key={round}
          scope={scope}
          onPreview={(p) => {
            forgetOutcome();
            setPreview(p);
          }}
        />
      )}
      <div role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done && (
          <p>{done.profileId ? t('backup.importProfile.done', { name: named(done.name) }) : t('backup.restoreAll.done')}</p>
        )}
      </div>
      {done?.profileId && done.profileId !== active && (
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={() => void open(done.profileId!)}>
            {t('backup.importProfile.switch')}
          </button>
        </div>
      )}
      {problem && <ProblemNotice problem={problem} />}
    </section>
  );
}
