import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteInput } from '@shared/contract/api';
import type { NeedleId, RouteId } from '@shared/kernel/compass/model';
import { isRealIsoDate, localIsoDate } from '@shared/kernel/dates';
import { NOTE_TEXT_MAX, type Note, type NoteAudience } from '@shared/features/notes/schemas';
import { formatDate } from '../../app/i18n';
import { useLanguage } from '../../app/session';
import type { Problem } from '../../app/problem';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { Field, focusFirstError } from '../plan';
import { AudienceChoice } from './AudienceChoice';
import { LinkChoices } from './LinkChoices';

interface NoteFormProps {
  /** The note being edited; null for a new one. */
  readonly note: Note | null;
  /** The refusal of the latest save, shown at the form (the input stays as typed). */
  readonly problem: Problem | null;
  /** Resolves true when saved. */
  readonly onSubmit: (input: NoteInput) => Promise<boolean>;
  readonly onCancel: () => void;
}

/** Writing or editing a session note: date, topics, agreements, links, next session and who may see it. */
export function NoteForm({ note, problem, onSubmit, onCancel }: NoteFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const [date, setDate] = useState(note?.date ?? localIsoDate(new Date()));
  const [topics, setTopics] = useState(note?.topics ?? '');
  const [agreements, setAgreements] = useState(note?.agreements ?? '');
  const [routes, setRoutes] = useState<RouteId[]>(note ? [...note.routes] : []);
  const [needles, setNeedles] = useState<NeedleId[]>(note ? [...note.needles] : []);
  const [nextSession, setNextSession] = useState(note?.nextSession ?? '');
  // A new note is for the coach only until the coach chooses to share it.
  const [audience, setAudience] = useState<NoteAudience>(note?.audience ?? 'coach');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const ids = { date: `${id}-date`, topics: `${id}-topics`, agreements: `${id}-agreements`, next: `${id}-next` };
  const titleId = `${id}-title`;
  const heading = useFocusOnMount<HTMLHeadingElement>();

  function dateProblem(): string | undefined {
    if (dateRef.current?.validity.badInput || !isRealIsoDate(date)) return t('notes.form.errorDate');
    return date > localIsoDate(new Date()) ? t('notes.form.errorFuture') : undefined;
  }

  function nextProblem(): string | undefined {
    if (nextRef.current?.validity.badInput || (nextSession !== '' && !isRealIsoDate(nextSession))) return t('notes.form.errorNextSession');
    return nextSession !== '' && isRealIsoDate(date) && nextSession < date ? t('notes.form.errorNextBefore') : undefined;
  }

  function lengthProblem(text: string): string | undefined {
    const length = text.trim().length;
    return length > NOTE_TEXT_MAX ? t('notes.form.errorTooLong', { max: NOTE_TEXT_MAX, length }) : undefined;
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const empty = topics.trim() === '' && agreements.trim() === '';
    const found = {
      [ids.date]: dateProblem(),
      [ids.topics]: empty ? t('notes.form.errorEmpty') : lengthProblem(topics),
      [ids.agreements]: lengthProblem(agreements),
      [ids.next]: nextProblem(),
    };
    setErrors(found);
    if (focusFirstError([ids.date, ids.topics, ids.agreements, ids.next], found) || busy) return;
    setBusy(true);
    const saved = await onSubmit({
      id: note?.id ?? null,
      date,
      topics,
      agreements,
      routes,
      needles,
      nextSession: nextSession === '' ? null : nextSession,
      audience,
    });
    setBusy(false);
    if (!saved) document.getElementById(`${id}-problem`)?.focus();
  }

  return (
    <form className="form card note-form" noValidate aria-labelledby={titleId} onSubmit={(e) => void submit(e)}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {note ? t('notes.form.editTitle', { date: formatDate(note.date, lang) }) : t('notes.form.newTitle')}
      </h2>
      {problem && (
        <div id={`${id}-problem`} tabIndex={-1}>
          <ProblemNotice problem={problem} />
        </div>
      )}
      <Field id={ids.date} label={t('notes.form.date')} error={errors[ids.date]}>
        {(control) => (
          <input {...control} ref={dateRef} type="date" className="input-date" max={localIsoDate(new Date())} value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </Field>
      <Field id={ids.topics} label={t('notes.form.topics')} hint={t('notes.form.topicsHint', { max: NOTE_TEXT_MAX })} error={errors[ids.topics]}>
        {(control) => <textarea {...control} rows={5} value={topics} onChange={(e) => setTopics(e.target.value)} />}
      </Field>
      <Field
        id={ids.agreements}
        label={t('notes.form.agreements')}
        hint={t('notes.form.agreementsHint', { max: NOTE_TEXT_MAX })}
        error={errors[ids.agreements]}
      >
        {(control) => <textarea {...control} rows={4} value={agreements} onChange={(e) => setAgreements(e.target.value)} />}
      </Field>
      <LinkChoices id={`${id}-routes`} kind="routes" selected={routes} onChange={setRoutes} />
      <LinkChoices id={`${id}-needles`} kind="needles" selected={needles} onChange={setNeedles} />
      <Field id={ids.next} label={t('notes.form.nextSession')} hint={t('notes.form.nextSessionHint')} error={errors[ids.next]}>
        {(control) => (
          <input
            {...control}
            ref={nextRef}
            type="date"
            className="input-date"
            min={isRealIsoDate(date) ? date : undefined}
            value={nextSession}
            onChange={(e) => setNextSession(e.target.value)}
          />
        )}
      </Field>
      <AudienceChoice id={`${id}-audience`} value={audience} onChange={setAudience} />
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('notes.form.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('notes.form.cancel')}
        </button>
      </div>
    </form>
  );
}
