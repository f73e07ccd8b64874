import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteId } from '@shared/kernel/compass/model';
import { isRealIsoDate, localIsoDate } from '@shared/kernel/dates';
import { PLAN_TEXT_MAX, type RouteReflection } from '@shared/features/plan/schemas';
import { formatDate } from '../../app/i18n';
import { usePlan } from './store';
import { useLanguage } from '../../app/session';
import { Field, focusFirstError } from './Field';
import { addedId, focusSoon, newestFirst, planIds } from './planHelpers';

/** Dated reflections on one route: add (date defaults to today) and read them, newest first. */
export function ReflectionList({ route, reflections }: { route: RouteId; reflections: readonly RouteReflection[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const addRouteReflection = usePlan((s) => s.addRouteReflection);
  const [date, setDate] = useState(() => localIsoDate(new Date()));
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const ids = { date: `${id}-date`, text: `${id}-text` };

  /** A real date, not after today (what was written or talked about has happened). */
  function dateProblem(): string | undefined {
    if (dateRef.current?.validity.badInput || !isRealIsoDate(date)) return t('plan.errorDate');
    return date > localIsoDate(new Date()) ? t('plan.errorFuture') : undefined;
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const trimmed = text.trim();
    const found = {
      [ids.date]: dateProblem(),
      [ids.text]: !trimmed
        ? t('plan.reflections.errorText')
        : trimmed.length > PLAN_TEXT_MAX
          ? t('plan.errorTooLong', { max: PLAN_TEXT_MAX })
          : undefined,
    };
    setErrors(found);
    if (focusFirstError([ids.date, ids.text], found) || busy) return;
    setBusy(true);
    const plan = await addRouteReflection({ route, date, text: trimmed });
    setBusy(false);
    if (!plan) return;
    setText('');
    const added = addedId(reflections, plan.routes.find((r) => r.route === route)?.reflections ?? []);
    if (added) focusSoon(planIds.reflection(added));
  }

  return (
    <div className="plan-subsection">
      <h4 id={`${id}-title`}>{t('plan.reflections.title')}</h4>
      {reflections.length === 0 ? (
        <p className="muted">{t('plan.reflections.none')}</p>
      ) : (
        <ul className="plan-items">
          {newestFirst(reflections).map((reflection) => (
            <li key={reflection.id} id={planIds.reflection(reflection.id)} className="plan-item" tabIndex={-1}>
              <p className="plan-item__meta">{formatDate(reflection.date, lang)}</p>
              <p className="reflection">{reflection.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form className="form plan-form plan-add" noValidate onSubmit={(e) => void submit(e)}>
        <Field id={ids.date} label={t('plan.reflections.date')} error={errors[ids.date]}>
          {(control) => <input {...control} ref={dateRef} type="date" className="input-date" max={localIsoDate(new Date())} value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field id={ids.text} label={t('plan.reflections.text')} hint={t('plan.reflections.textHint', { max: PLAN_TEXT_MAX })} error={errors[ids.text]}>
          {(control) => <textarea {...control} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className="button button--secondary">
            {t('plan.reflections.add')}
          </button>
        </div>
      </form>
    </div>
  );
}
