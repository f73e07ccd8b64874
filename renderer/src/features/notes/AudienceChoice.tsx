import { useTranslation } from 'react-i18next';
import type { NoteAudience } from '@shared/features/notes/schemas';
import type { MessageKey } from '@shared/i18n/index';

const OPTIONS = [
  { value: 'coach', label: 'notes.form.audienceCoach', hint: 'notes.form.audienceCoachHint' },
  { value: 'shared', label: 'notes.form.audienceShared', hint: 'notes.form.audienceSharedHint' },
] as const satisfies readonly { value: NoteAudience; label: MessageKey; hint: MessageKey }[];

/** Coach only or shared with the coachee: a radio choice, each option with what it means. */
export function AudienceChoice({ id, value, onChange }: { id: string; value: NoteAudience; onChange: (value: NoteAudience) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="note-audience">
      <legend className="field__label">{t('notes.form.audience')}</legend>
      {OPTIONS.map((option) => (
        <div key={option.value} className="choice">
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={id}
            checked={value === option.value}
            aria-describedby={`${id}-${option.value}-hint`}
            onChange={() => onChange(option.value)}
          />
          <span className="choice__text">
            <label htmlFor={`${id}-${option.value}`}>{t(option.label)}</label>
            <span id={`${id}-${option.value}-hint`} className="field__hint">
              {t(option.hint)}
            </span>
          </span>
        </div>
      ))}
    </fieldset>
  );
}
