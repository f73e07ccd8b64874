import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { usePlan, usePlanProblem } from './store';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { ConversationLog } from './ConversationLog';
import { planIds } from './planHelpers';
import { ANNOUNCE_TEXT } from './planLabels';
import { ReviewRhythm } from './ReviewRhythm';
import { RouteCard } from './RouteCard';
import { RouteChooser } from './RouteChooser';
import './plan.css';

/** The routekaart: chosen routes with actions and reflections, all routes to choose from, conversations, reminders. */
export function PlanScreen() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const plan = usePlan((s) => s.plan);
  const load = usePlan((s) => s.load);
  const saved = usePlan((s) => s.saved);
  const loadProblem = usePlanProblem('load');

  useEffect(() => {
    void load();
  }, [load]);

  // The same words twice in a row are not always read again; a trailing no-break space makes them new.
  const announcement = saved ? t(ANNOUNCE_TEXT[saved.kind]) + (saved.n % 2 === 0 ? '\u00a0' : '') : '';

  return (
    <div className="stack plan">
      <h1 ref={heading} tabIndex={-1}>
        {t('plan.title')}
      </h1>
      <div className="lead">
        <p>{t('plan.intro1')}</p>
        <p>{t('plan.intro2')}</p>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {loadProblem && <ProblemNotice problem={loadProblem} title={t('plan.loadFailed')} />}
      {!plan ? (
        !loadProblem && <p aria-live="polite">{t('plan.loading')}</p>
      ) : (
        <>
          <section aria-labelledby={planIds.mineTitle}>
            <h2 id={planIds.mineTitle} tabIndex={-1}>
              {t('plan.mine.title')}
            </h2>
            {plan.routes.length === 0 ? (
              <p>{t('plan.mine.none')}</p>
            ) : (
              <ul className="plan-routes">
                {[...plan.routes].sort((a, b) => a.route.localeCompare(b.route)).map((chosen) => (
                  <RouteCard key={chosen.route} chosen={chosen} />
                ))}
              </ul>
            )}
          </section>
          <RouteChooser chosen={new Set(plan.routes.map((r) => r.route))} />
          <ConversationLog conversations={plan.conversations} routes={plan.routes.map((r) => r.route)} />
          <ReviewRhythm months={plan.reviewEveryMonths} />
        </>
      )}
    </div>
  );
}
