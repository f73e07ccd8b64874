import { useTranslation } from 'react-i18next';
import { DIMENSIONS, needleById, routeById } from '@shared/kernel/compass/content';
import type { NeedleId, RouteId } from '@shared/kernel/compass/model';
import { useLanguage } from '../../app/session';

interface LinkChoicesProps<T extends RouteId | NeedleId> {
  readonly id: string;
  readonly kind: 'routes' | 'needles';
  readonly selected: readonly T[];
  readonly onChange: (next: T[]) => void;
}

/**
 * The routes or needles a note is linked to: checkboxes grouped per dimension of the compass (each
 * dimension has two routes and two needles), with their names from the compass kernel.
 */
export function LinkChoices<T extends RouteId | NeedleId>({ id, kind, selected, onChange }: LinkChoicesProps<T>) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const toggle = (value: T, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <fieldset className="note-links" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t(kind === 'routes' ? 'notes.form.routes' : 'notes.form.needles')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t(kind === 'routes' ? 'notes.form.routesHint' : 'notes.form.needlesHint')}
      </p>
      <div className="note-links__groups">
        {DIMENSIONS.map((dimension) => (
          <fieldset key={dimension.id} className="note-links__group">
            <legend>{t('plan.dimensionName', { id: dimension.id, name: dimension.name[lang] })}</legend>
            {(kind === 'routes' ? dimension.routes : dimension.needles).map((value) => {
              const inputId = `${id}-${value}`;
              const label =
                typeof value === 'string'
                  ? t('plan.routeName', { letter: value, name: routeById(value).name[lang] })
                  : t('plan.needleName', { id: value, name: needleById(value).name[lang] });
              return (
                <div key={value} className="choice">
                  <input
                    type="checkbox"
                    id={inputId}
                    checked={selected.includes(value as T)}
                    onChange={(e) => toggle(value as T, e.target.checked)}
                  />
                  <label htmlFor={inputId}>{label}</label>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
