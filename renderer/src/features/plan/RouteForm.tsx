import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { needlesOfDimension, routeById } from '@shared/kernel/compass/content';
import type { NeedleId, RouteId } from '@shared/kernel/compass/model';
import { PLAN_TEXT_MAX } from '@shared/features/plan/schemas';
import { useLanguage } from '../../app/session';
import { Field, focusFirstError } from './Field';

interface RouteFormProps {
  readonly route: RouteId;
  readonly initialWhy: string;
  /** Null: the first needle of the route's dimension. */
  readonly initialNeedles: readonly NeedleId[] | null;
  readonly submitLabel: string;
  /** Saves; on failure the form stays as it is (the caller shows the problem). */
  readonly onSubmit: (why: string, needles: NeedleId[]) => Promise<unknown>;
  readonly onCancel: () => void;
  /** Put focus in the first field when the form appears. */
  readonly focusOnMount?: boolean;
  /** Repeat the route's prompt in the why field's hint (not where it already stands just above). */
  readonly promptInHint?: boolean;
}

/** Why a route, and which needle(s) of its dimension it should move (at least one). */
export function RouteForm({ route, initialWhy, initialNeedles, submitLabel, onSubmit, onCancel, focusOnMount = false, promptInHint = true }: RouteFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const needles = needlesOfDimension(routeById(route).dimension);
  const [why, setWhy] = useState(initialWhy);
  const [chosen, setChosen] = useState<NeedleId[]>(() => [...(initialNeedles ?? needles.slice(0, 1).map((n) => n.id))]);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const whyId = `${id}-why`;
  const needlesId = `${id}-needle-${needles[0]?.id ?? 0}`;

  function toggle(needle: NeedleId, on: boolean): void {
    setChosen((current) => (on ? [...current, needle] : current.filter((n) => n !== needle)));
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const found = {
      [whyId]: why.trim().length > PLAN_TEXT_MAX ? t('plan.errorTooLong', { max: PLAN_TEXT_MAX }) : undefined,
      [needlesId]: chosen.length === 0 ? t('plan.choose.errorNeedles') : undefined,
    };
    setErrors(found);
    if (focusFirstError([whyId, needlesId], found)) return;
    if (busy) return;
    setBusy(true);
    await onSubmit(why.trim(), needles.map((n) => n.id).filter((n) => chosen.includes(n)));
    setBusy(false);
  }

  const needlesError = errors[needlesId];
  return (
    <form className="form plan-form" noValidate onSubmit={(e) => void submit(e)}>
      <Field id={whyId} label={t('plan.choose.why')} hint={`${promptInHint ? `${routeById(route).prompt[lang]} ` : ''}${t('plan.choose.whyHint', { max: PLAN_TEXT_MAX })}`} error={errors[whyId]}>
        {(control) => <textarea {...control} rows={3} autoFocus={focusOnMount} value={why} onChange={(e) => setWhy(e.target.value)} />}
      </Field>
      <fieldset
        className="field choice-group"
        aria-describedby={[`${id}-needles-hint`, needlesError ? `${id}-needles-error` : ''].filter(Boolean).join(' ')}
      >
        <legend className="field__label">{t('plan.choose.needles')}</legend>
        <p id={`${id}-needles-hint`} className="field__hint">
          {t('plan.choose.needlesHint')}
        </p>
        {needles.map((needle) => (
          <div key={needle.id} className="choice">
            <input
              type="checkbox"
              id={`${id}-needle-${needle.id}`}
              checked={chosen.includes(needle.id)}
              aria-invalid={needlesError ? true : undefined}
              onChange={(e) => toggle(needle.id, e.target.checked)}
            />
            <label htmlFor={`${id}-needle-${needle.id}`}>{t('plan.needleName', { id: needle.id, name: needle.name[lang] })}</label>
          </div>
        ))}
        {needlesError && (
          <p id={`${id}-needles-error`} className="field__error">
            {needlesError}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('plan.cancel')}
        </button>
      </div>
    </form>
  );
}
