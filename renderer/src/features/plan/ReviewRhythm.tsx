import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_RHYTHMS } from '@shared/features/plan/schemas';
import type { PlanView } from '@shared/contract/api';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { usePlan, usePlanProblem } from './store';
import { RHYTHM_LABEL } from './planLabels';

type Rhythm = PlanView['reviewEveryMonths'];
const NONE = 'none';

/** How often the start screen reminds the user to look back (counted from the latest meetmoment). */
export function ReviewRhythm({ months }: { months: Rhythm }) {
  const { t } = useTranslation();
  const setReviewRhythm = usePlan((s) => s.setReviewRhythm);
  const problem = usePlanProblem('rhythm');
  const [choice, setChoice] = useState<string>(months === null ? NONE : String(months));
  const [shownFor, setShownFor] = useState<Rhythm>(months);
  const [busy, setBusy] = useState(false);

  if (shownFor !== months) {
    setShownFor(months);
    setChoice(months === null ? NONE : String(months));
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const value = choice === NONE ? null : REVIEW_RHYTHMS.find((m) => String(m) === choice);
    if (value === undefined) return;
    setBusy(true);
    await setReviewRhythm({ months: value });
    setBusy(false);
  }

  return (
    <section className="card stack" aria-labelledby="plan-rhythm-title">
      <div>
        <h2 id="plan-rhythm-title">{t('plan.rhythm.title')}</h2>
        <p id="plan-rhythm-intro">{t('plan.rhythm.intro')}</p>
      </div>
      {problem && <ProblemNotice problem={problem} />}
      <form className="plan-status" noValidate onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="plan-rhythm" className="field__label">
            {t('plan.rhythm.label')}
          </label>
          <div className="plan-status__row">
            <select
              id="plan-rhythm"
              className="select"
              aria-describedby="plan-rhythm-intro"
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
            >
              {REVIEW_RHYTHMS.map((m) => (
                <option key={m} value={String(m)}>
                  {t(RHYTHM_LABEL[m])}
                </option>
              ))}
              <option value={NONE}>{t('plan.rhythm.options.none')}</option>
            </select>
            <button type="submit" className="button button--secondary">
              {t('plan.rhythm.save')}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
