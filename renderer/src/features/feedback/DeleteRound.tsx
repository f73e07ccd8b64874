import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { navigate } from '../../app/router';
import { TypedNameField } from '../../ui/TypedNameField';
import { useFeedback } from './store';
import './rounds.css';

/** Deleting a round: a section with the button, and a dialog in which the leader types the round's name. */
export function DeleteRound({ round }: { round: RoundSummary }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="delete-round-title">
      <h2 id="delete-round-title">{t('feedback.remove.title')}</h2>
      <p>{t('feedback.remove.intro')}</p>
      <button type="button" className="button button--danger-quiet" onClick={() => setOpen(true)}>
        {t('feedback.remove.button')}
      </button>
      {open && <DeleteRoundDialog round={round} onCancel={() => setOpen(false)} />}
    </section>
  );
}

function DeleteRoundDialog({ round, onCancel }: { round: RoundSummary; onCancel: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  const deleteRound = useFeedback((s) => s.deleteRound);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => opener?.focus?.();
  }, []);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (typed.trim() !== round.name) {
      setError(true);
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setBusy(true);
    const deleted = await deleteRound(round.id, typed.trim());
    setBusy(false);
    // On failure the dialog closes and the round screen shows the problem.
    if (deleted) navigate({ name: 'rounds' });
    else onCancel();
  }

  return (
    <dialog
      ref={ref}
      className="dialog delete-round"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-title`}>{t('feedback.remove.confirmTitle', { round: round.name })}</h2>
        <p id={`${id}-text`}>{round.origin === 'published' ? t('feedback.published.round.deleteConfirmText') : t('feedback.remove.confirmText')}</p>
        <TypedNameField
          id={`${id}-name`}
          label={t('feedback.remove.typeName', { round: round.name })}
          value={typed}
          error={error ? t('feedback.remove.mismatch', { round: round.name }) : null}
          onChange={(value) => {
            setTyped(value);
            setError(false);
          }}
        />
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('feedback.remove.cancel')}
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            {t('feedback.remove.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
