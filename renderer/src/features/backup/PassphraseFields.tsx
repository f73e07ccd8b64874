import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN_LENGTH, passphraseLongEnough, passphraseStrength } from '@shared/features/backup';
import { STRENGTH_TEXT } from './texts';

export interface NewPassphrase {
  readonly passphrase: string;
  readonly repeat: string;
}

export interface PassphraseErrors {
  readonly passphrase?: string | undefined;
  readonly repeat?: string | undefined;
}

/** What is wrong with a new passphrase, per field (empty when it can be used). */
export function checkNewPassphrase(value: NewPassphrase): 'too-short' | 'mismatch' | null {
  if (!passphraseLongEnough(value.passphrase)) return 'too-short';
  if (value.passphrase !== value.repeat) return 'mismatch';
  return null;
}

/** A new passphrase typed twice, with a strength hint that is part of the field's description. */
export function PassphraseFields({
  value,
  onChange,
  errors,
}: {
  readonly value: NewPassphrase;
  readonly onChange: (next: NewPassphrase) => void;
  readonly errors: PassphraseErrors;
}) {
  const { t } = useTranslation();
  const id = useId();
  const strength = passphraseStrength(value.passphrase);
  const firstDescribed = [`${id}-hint`, value.passphrase ? `${id}-strength` : '', errors.passphrase ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-1`} className="field__label">
          {t('backup.passphrase.label')}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('backup.passphrase.hint', { min: PASSPHRASE_MIN_LENGTH })}
        </p>
        <input
          id={`${id}-1`}
          type="password"
          className="input"
          autoComplete="new-password"
          value={value.passphrase}
          aria-describedby={firstDescribed}
          aria-invalid={errors.passphrase ? true : undefined}
          onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
        />
        {value.passphrase && (
          <p id={`${id}-strength`} className={`field__hint passphrase-strength passphrase-strength--${strength}`}>
            {t(STRENGTH_TEXT[strength], { min: PASSPHRASE_MIN_LENGTH })}
          </p>
        )}
        {errors.passphrase && (
          <p id={`${id}-error`} className="field__error">
            {errors.passphrase}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-2`} className="field__label">
          {t('backup.passphrase.repeat')}
        </label>
        <input
          id={`${id}-2`}
          type="password"
          className="input"
          autoComplete="new-password"
          value={value.repeat}
          aria-describedby={errors.repeat ? `${id}-repeat-error` : undefined}
          aria-invalid={errors.repeat ? true : undefined}
          onChange={(e) => onChange({ ...value, repeat: e.target.value })}
        />
        {errors.repeat && (
          <p id={`${id}-repeat-error`} className="field__error">
            {errors.repeat}
          </p>
        )}
      </div>
    </>
  );
}
