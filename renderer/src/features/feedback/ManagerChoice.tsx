import { useTranslation } from 'react-i18next';

/** How the leader asks their line manager: an active choice, none made for them. */
export type ManagerChoiceValue = 'named' | 'anonymous' | 'leave-out';

interface Props {
  readonly id: string;
  readonly value: ManagerChoiceValue | null;
  readonly error: string | undefined;
  readonly onChange: (value: ManagerChoiceValue) => void;
}

const OPTIONS = [
  { value: 'named', label: 'feedback.create.managerChoice.named', hint: 'feedback.create.managerChoice.namedHint' },
  { value: 'anonymous', label: 'feedback.create.managerChoice.anonymous', hint: 'feedback.create.managerChoice.anonymousHint' },
  { value: 'leave-out', label: 'feedback.create.managerChoice.leaveOut', hint: 'feedback.create.managerChoice.leaveOutHint' },
] as const;

/**
 * Shown as soon as the manager group is asked: one manager cannot stay anonymous, so their answers
 * are never shown on their own. The leader chooses: not anonymous, anonymous all the same, or not asked.
 */
export function ManagerChoice({ id, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const described = [`${id}-warning`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="manager-choice" aria-describedby={described} data-testid="manager-choice">
      <legend>{t('feedback.create.manager')}</legend>
      <p id={`${id}-warning`} className="notice notice--warning">
        {t('feedback.create.managerWarning')}
      </p>
      {OPTIONS.map((option, index) => (
        <div key={option.value} className="choice">
          <input
            type="radio"
            // The first option carries the fieldset's id, so an error can move focus to the choice.
            id={index === 0 ? id : `${id}-${option.value}`}
            name={id}
            checked={value === option.value}
            aria-describedby={`${id}-${option.value}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={() => onChange(option.value)}
          />
          <span className="choice__text">
            <label htmlFor={index === 0 ? id : `${id}-${option.value}`}>{t(option.label)}</label>
            <span id={`${id}-${option.value}-hint`} className="field__hint">
              {t(option.hint)}
            </span>
          </span>
        </div>
      ))}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
