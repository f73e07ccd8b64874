import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { profileNameProblem, type ProfileNameProblem } from '@shared/features/profiles/names';
import { NameField } from './NameField';
import { useCoachees } from './store';

/** The form that adds a coachee: a name is required and must differ from the others'. */
export function AddCoachee({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<ProfileNameProblem | null>(null);
  const busy = useCoachees((s) => s.busy);
  const add = useCoachees((s) => s.add);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const found = profileNameProblem(name, names);
    setProblem(found);
    if (found) {
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
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
          onChange={(value) => {
            setName(value);
            setProblem(null);
          }}
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
