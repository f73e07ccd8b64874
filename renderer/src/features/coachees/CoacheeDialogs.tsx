import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '@shared/contract/api';
import { NameField } from './NameField';
import { useCheckedName } from './useCheckedName';
import { profileLabel } from '../../ui/profileLabel';
import { TypedNameField } from '../../ui/TypedNameField';
import { useCoachees } from './store';

/** A modal <dialog> with a form: focus is trapped, Escape cancels, focus returns to the opener. */
function FormDialog(props: { title: string; text?: ReactNode; onCancel: () => void; onSubmit: (e: FormEvent) => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      if (opener?.isConnected) opener.focus();
      else document.getElementById('coachees-title')?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={props.text ? `${id}-text` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <form className="form" noValidate onSubmit={props.onSubmit}>
        <h2 id={`${id}-title`}>{props.title}</h2>
        {props.text && <div id={`${id}-text`}>{props.text}</div>}
        {props.children}
      </form>
    </dialog>
  );
}

/** Renaming a coachee (also naming the first, unnamed profile). */
export function RenameDialog({ profile, names, onClose }: { profile: ProfileSummary; names: readonly string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { id, name, change, problem, check } = useCheckedName(profile.name, names);
  const rename = useCoachees((s) => s.rename);
  const busy = useCoachees((s) => s.busy);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!check()) return;
    await rename(profile.id, name);
    onClose(); // on failure the screen shows the problem
  }

  return (
    <FormDialog title={t('coachees.renameDialog.title')} onCancel={onClose} onSubmit={(e) => void submit(e)}>
      <NameField
        id={`${id}-name`}
        label={t('coachees.renameDialog.label')}
        value={name}
        problem={problem}
        autoFocus
        onChange={change}
      />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('coachees.renameDialog.cancel')}
        </button>
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {t('coachees.renameDialog.save')}
        </button>
      </div>
    </FormDialog>
  );
}

/** Deleting a coachee: the coach types the name (as shown) to confirm. */
export function RemoveDialog(props: { profile: ProfileSummary; other: ProfileSummary | null; isActive: boolean; onClose: () => void }) {
  const { profile, other, isActive, onClose } = props;
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const remove = useCoachees((s) => s.remove);
  const busy = useCoachees((s) => s.busy);
  const name = profileLabel(profile.name, t);
  const otherName = other ? profileLabel(other.name, t) : null;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (typed.trim() !== name) {
      setMismatch(true);
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    await remove(profile.id, { name, other: otherName }, other?.id ?? null);
    onClose(); // on failure the screen shows the problem
  }

  const text = (
    <>
      <p>{t('coachees.removeDialog.text', { name })}</p>
      {isActive && otherName && <p>{t('coachees.removeDialog.activeText', { name, other: otherName })}</p>}
    </>
  );
  return (
    <FormDialog title={t('coachees.removeDialog.title', { name })} text={text} onCancel={onClose} onSubmit={(e) => void submit(e)}>
      <TypedNameField
        id={`${id}-name`}
        label={t('coachees.removeDialog.typeName', { name })}
        value={typed}
        error={mismatch ? t('coachees.removeDialog.mismatch', { name }) : null}
        onChange={(value) => {
          setTyped(value);
          setMismatch(false);
        }}
      />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('coachees.removeDialog.cancel')}
        </button>
        <button type="submit" className="button button--danger" aria-disabled={busy || undefined}>
          {t('coachees.removeDialog.confirm')}
        </button>
      </div>
    </FormDialog>
  );
}
