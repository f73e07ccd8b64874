import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { routeById } from '@shared/kernel/compass/content';
import type { RouteId } from '@shared/kernel/compass/model';
import { isRealIsoDate, localIsoDate } from '@shared/kernel/dates';
import { PLAN_SHORT_MAX, PLAN_TEXT_MAX } from '@shared/features/plan/schemas';
import { useLanguage } from '../../app/session';
import { Field, focusFirstError } from './Field';

export interface ConversationInput {
  readonly date: string;
  readonly with: string;
  readonly learned: string;
  readonly route: RouteId | null;
}

interface ConversationFormProps {
  /** The chosen routes a conversation can serve. */
  readonly routes: readonly RouteId[];
  /** Resolves true when saved: the form then empties (the date stays). On false the input stays. */
  readonly onSubmit: (input: ConversationInput) => Promise<boolean>;
}

/** Logging a conversation with a reisgenoot: when, with whom, what was learned, for which route. */
export function ConversationForm({ routes, onSubmit }: ConversationFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const [date, setDate] = useState(() => localIsoDate(new Date()));
  const [withWhom, setWithWhom] = useState('');
  const [learned, setLearned] = useState('');
  const [route, setRoute] = useState<RouteId | ''>('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const ids = { date: `${id}-date`, with: `${id}-with`, learned: `${id}-learned`, route: `${id}-route` };

  /** A real date, not after today (what was written or talked about has happened). */
  function dateProblem(): string | undefined {
    if (dateRef.current?.validity.badInput || !isRealIsoDate(date)) return t('plan.errorDate');
    return date > localIsoDate(new Date()) ? t('plan.errorFuture') : undefined;
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const who = withWhom.trim();
    const what = learned.trim();
    const found = {
      [ids.date]: dateProblem(),
      [ids.with]: !who
        ? t('plan.conversations.errorWith')
        : who.length > PLAN_SHORT_MAX
          ? t('plan.errorTooLong', { max: PLAN_SHORT_MAX })
          : undefined,
      [ids.learned]: !what
        ? t('plan.conversations.errorLearned')
        : what.length > PLAN_TEXT_MAX
          ? t('plan.errorTooLong', { max: PLAN_TEXT_MAX })
          : undefined,
    };
    setErrors(found);
    if (focusFirstError([ids.date, ids.with, ids.learned], found) || busy) return;
    setBusy(true);
    const saved = await onSubmit({ date, with: who, learned: what, route: route || null });
    setBusy(false);
    if (!saved) return;
    setWithWhom('');
    setLearned('');
    setRoute('');
  }

  // A route that was removed after being picked here is no longer offered.
  const selected = route && routes.includes(route) ? route : '';

  return (
    <form className="form plan-form" noValidate onSubmit={(e) => void submit(e)}>
      <Field id={ids.date} label={t('plan.conversations.date')} error={errors[ids.date]}>
        {(control) => <input {...control} ref={dateRef} type="date" className="input-date" max={localIsoDate(new Date())} value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field id={ids.with} label={t('plan.conversations.with')} hint={t('plan.conversations.withHint', { max: PLAN_SHORT_MAX })} error={errors[ids.with]}>
        {(control) => <input {...control} className="input" value={withWhom} onChange={(e) => setWithWhom(e.target.value)} />}
      </Field>
      <Field
        id={ids.learned}
        label={t('plan.conversations.learned')}
        hint={t('plan.conversations.learnedHint', { max: PLAN_TEXT_MAX })}
        error={errors[ids.learned]}
      >
        {(control) => <textarea {...control} rows={3} value={learned} onChange={(e) => setLearned(e.target.value)} />}
      </Field>
      <Field id={ids.route} label={t('plan.conversations.route')}>
        {(control) => (
          <select {...control} className="select" value={selected} onChange={(e) => setRoute(e.target.value as RouteId | '')}>
            <option value="">{t('plan.conversations.noRoute')}</option>
            {routes.map((r) => (
              <option key={r} value={r}>
                {t('plan.routeName', { letter: r, name: routeById(r).name[lang] })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('plan.conversations.add')}
        </button>
      </div>
    </form>
  );
}
