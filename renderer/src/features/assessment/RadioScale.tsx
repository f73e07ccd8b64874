import { useId } from 'react';

interface RadioScaleProps {
  readonly name: string;
  readonly legend: string;
  readonly legendPrefix?: string;
  readonly hint: string;
  readonly options: readonly { value: string; label: string }[];
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  readonly variant?: 'item' | 'target';
}

/** A native radio group in a fieldset: Tab enters the group, arrow keys choose. */
export function RadioScale({ name, legend, legendPrefix, hint, options, value, onChange, variant = 'item' }: RadioScaleProps) {
  const hintId = useId();
  return (
    <fieldset className={`scale scale--${variant}`} aria-describedby={hintId} data-testid={name}>
      <legend className="scale__legend">
        {legendPrefix && <span className="scale__prefix">{legendPrefix}</span>}
        {legend}
      </legend>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      <div className="scale__options">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div key={option.value} className={`scale__option${option.value === 'na' || option.value === 'none' ? ' scale__option--aside' : ''}`}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
