import { useTranslation } from 'react-i18next';
import { PROFILE_NAME_MAX } from '@shared/features/profiles/contract';
import type { ProfileNameProblem } from '@shared/features/profiles/names';

/** The name of a coachee: a labelled input with its hint and, after a try, what is wrong with it. */
export function NameField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: ProfileNameProblem | null;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const { id, label, value, onChange, problem } = props;
  const errorText =
    problem === 'missing'
      ? t('coachees.name.missing')
      : problem === 'too-long'
        ? t('coachees.name.tooLong', { max: PROFILE_NAME_MAX })
        : problem === 'taken'
          ? t('coachees.name.taken', { name: value.trim() })
          : null;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('coachees.add.hint', { max: PROFILE_NAME_MAX })}
      </p>
      <input
        id={id}
        className="input"
        value={value}
        autoComplete="off"
        spellCheck={false}
        required
        aria-invalid={errorText ? true : undefined}
        aria-describedby={errorText ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
        autoFocus={props.autoFocus}
      />
      {errorText && (
        <p id={`${id}-error`} className="field__error">
          {errorText}
        </p>
      )}
    </div>
  );
}
