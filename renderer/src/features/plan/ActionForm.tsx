import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isRealIsoDate } from '@shared/kernel/dates';
import { PLAN_SHORT_MAX } from '@shared/features/plan/schemas';
import { Field, focusFirstError } from './Field';

/** The most reisgenoten an action can name (as in the plan schema). */
const COMPANIONS_MAX = 20;

export interface ActionInput {
  readonly what: string;
  readonly due: string | null;
  readonly companions: string[];
}

interface ActionFormProps {
  readonly initial?: ActionInput;
  readonly submitLabel: string;
  /** Resolves true when saved: a new-action form then empties itself. On false the input stays. */
  readonly onSubmit: (input: ActionInput) => Promise<boolean>;
  readonly onCancel?: () => void;
  readonly focusOnMount?: boolean;
}

/** "Anna, Piet ,  , Ahmed" → ["Anna", "Piet", "Ahmed"]. */
export function splitCompanions(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** What, by when, with which reisgenoten: checked here as the plan schema checks it, in Dutch. */
export function ActionForm({ initial, submitLabel, onSubmit, onCancel, focusOnMount = false }: ActionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [what, setWhat] = useState(initial?.what ?? '');
  const [due, setDue] = useState(initial?.due ?? '');
  const [companions, setCompanions] = useState(initial?.companions.join(', ') ?? '');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const dueRef = useRef<HTMLInputElement>(null);
  const ids = { what: `${id}-what`, due: `${id}-due`, companions: `${id}-companions` };

  function check(): Record<string, string | undefined> {
    const trimmed = what.trim();
    const names = splitCompanions(companions);
    // A half-typed date leaves the value empty but marks the input as bad: never drop it silently.
    const badDate = dueRef.current?.validity.badInput === true || (due !== '' && !isRealIsoDate(due));
    return {
      [ids.what]: !trimmed
        ? t('plan.actions.errorWhat')
        : trimmed.length > PLAN_SHORT_MAX
          ? t('plan.errorTooLong', { max: PLAN_SHORT_MAX })
          : undefined,
      [ids.due]: badDate ? t('plan.errorDateOptional') : undefined,
      [ids.companions]:
        names.length > COMPANIONS_MAX || names.some((name) => name.length > PLAN_SHORT_MAX)
          ? t('plan.actions.errorCompanions', { count: COMPANIONS_MAX, max: PLAN_SHORT_MAX })
          : undefined,
    };
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (focusFirstError([ids.what, ids.due, ids.companions], found) || busy) return;
    setBusy(true);
    const saved = await onSubmit({ what: what.trim(), due: due || null, companions: splitCompanions(companions) });
    setBusy(false);
    if (saved && !initial) {
      setWhat('');
      setDue('');
      setCompanions('');
    }
  }

  return (
    <form className="form plan-form" noValidate onSubmit={(e) => void submit(e)}>
      <Field id={ids.what} label={t('plan.actions.what')} hint={t('plan.actions.whatHint', { max: PLAN_SHORT_MAX })} error={errors[ids.what]}>
        {(control) => (
          <input {...control} className="input" value={what} autoFocus={focusOnMount} onChange={(e) => setWhat(e.target.value)} />
        )}
      </Field>
      <Field id={ids.due} label={t('plan.actions.due')} error={errors[ids.due]}>
        {(control) => <input {...control} ref={dueRef} type="date" className="input-date" value={due} onChange={(e) => setDue(e.target.value)} />}
      </Field>
      <Field
        id={ids.companions}
        label={t('plan.actions.companions')}
        hint={t('plan.actions.companionsHint')}
        error={errors[ids.companions]}
      >
        {(control) => <input {...control} className="input" value={companions} onChange={(e) => setCompanions(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('plan.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
