import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NameField } from './NameField';
import { useCheckedName } from './useCheckedName';
import { useCoachees } from './store';

/** The form that adds a coachee: a name is required and must differ from the others'. */
export function AddCoachee({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  const { id, name, setName, change, problem, check } = useCheckedName('', names);
  const busy = useCoachees((s) => s.busy);
  const add = useCoachees((s) => s.add);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!check()) return;
    if (await add(name)) setName('');
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('coachees.add.title')}</h2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <NameField
          id={`${id}-name`}
          label={t('coachees.add.label')}
          value={name}
          problem={problem}
          onChange={change}
        />
        <div className="actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {busy ? t('coachees.add.busy') : t('coachees.add.button')}
          </button>
        </div>
      </form>
    </section>
  );
}
