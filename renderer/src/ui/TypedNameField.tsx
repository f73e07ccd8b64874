/**
 * The field of a typed confirmation ("type the name to delete it"): label, input and, after a
 * mismatch, the error it is described by. The dialog owns the value and the check.
 */
export function TypedNameField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  /** The mismatch message, or null while there is none. */
  error: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        className="input"
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error !== null ? true : undefined}
        aria-describedby={error !== null ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        autoFocus
      />
      {error !== null && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
