import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needleById, routesOfDimension } from '@shared/kernel/compass/content';
import type { NeedleId, RouteId } from '@shared/kernel/compass/model';
import { hrefOf } from '../../app/router';
import { useLanguage } from '../../app/session';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { focusSoon } from './planHelpers';
import { RouteForm } from './RouteForm';
import { usePlan, usePlanProblem } from './store';
import './plan.css';

interface RouteFromFindingProps {
  /** The needle a finding (a development priority, a blind spot) is about. */
  readonly needle: NeedleId;
  /** The reason, pre-filled and editable: the figures behind the finding. */
  readonly why: string;
}

/**
 * "Make a route of this": from a finding in a report to a route of the needle's dimension in the
 * routekaart, pre-filled with that needle and the figures as the reason. One choice, one save.
 */
export function RouteFromFinding({ needle, why }: RouteFromFindingProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const plan = usePlan((s) => s.plan);
  const chooseRoute = usePlan((s) => s.chooseRoute);
  const problem = usePlanProblem('choose');
  const [open, setOpen] = useState(false);
  const [route, setRoute] = useState<RouteId | null>(null);
  const [made, setMade] = useState<RouteId | null>(null);
  const info = needleById(needle);
  const routes = routesOfDimension(info.dimension);
  const chosen = new Set((plan?.routes ?? []).map((r) => r.route));
  const free = routes.filter((r) => !chosen.has(r.id));

  useEffect(() => {
    if (open && !plan) void usePlan.getState().load();
  }, [open, plan]);

  useEffect(() => {
    if (open && route === null && free[0]) setRoute(free[0].id);
  }, [open, route, free]);

  // Keyboard users keep their place: into the choice when it opens, back to the button when it closes.
  const firstFree = free[0]?.id;
  useEffect(() => {
    if (open && plan && firstFree) focusSoon(`${id}-route-${firstFree}`);
  }, [open, plan, firstFree, id]);

  if (made) {
    return (
      <p id={`${id}-made`} tabIndex={-1} className="notice notice--success no-print" role="status">
        {t('plan.fromFinding.made', { letter: made, name: routes.find((r) => r.id === made)?.name[lang] ?? '' })}{' '}
        <a href={hrefOf({ name: 'plan' })}>{t('plan.fromFinding.toPlan')}</a>
      </p>
    );
  }

  if (!open) {
    return (
      <button
        type="button"
        id={`${id}-open`}
        className="button button--secondary no-print"
        aria-label={t('plan.fromFinding.buttonLabel', { needle, name: info.name[lang] })}
        onClick={() => setOpen(true)}
      >
        {t('plan.fromFinding.button')}
      </button>
    );
  }

  return (
    <div className="plan-inline-form no-print" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="field__label">
        {t('plan.fromFinding.title', { needle, name: info.name[lang] })}
      </p>
      {!plan ? (
        <p aria-live="polite">{t('app.loading')}</p>
      ) : free.length === 0 ? (
        <p>
          {t('plan.fromFinding.allChosen')} <a href={hrefOf({ name: 'plan' })}>{t('plan.fromFinding.toPlan')}</a>
        </p>
      ) : (
        <>
          <fieldset className="field choice-group">
            <legend className="field__label">{t('plan.fromFinding.which')}</legend>
            {routes.map((r) => (
              <div key={r.id} className="choice">
                <input
                  type="radio"
                  id={`${id}-route-${r.id}`}
                  name={`${id}-route`}
                  checked={route === r.id}
                  disabled={chosen.has(r.id)}
                  onChange={() => setRoute(r.id)}
                />
                <label htmlFor={`${id}-route-${r.id}`}>
                  {t('plan.fromFinding.routeOption', { letter: r.id, name: r.name[lang] })}
                  {chosen.has(r.id) && <> {t('plan.fromFinding.alreadyChosen')}</>}
                </label>
              </div>
            ))}
          </fieldset>
          {route && (
            <RouteForm
              key={route}
              route={route}
              initialWhy={why}
              initialNeedles={[needle]}
              submitLabel={t('plan.fromFinding.save')}
              onSubmit={async (text, needles) => {
                const saved = await chooseRoute({ route, why: text, needles });
                if (saved) {
                  setMade(route);
                  focusSoon(`${id}-made`);
                }
              }}
              onCancel={() => {
                setOpen(false);
                setRoute(null);
                focusSoon(`${id}-open`);
              }}
            />
          )}
        </>
      )}
      {problem && <ProblemNotice problem={problem} />}
    </div>
  );
}
