import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, routesOfDimension } from '@shared/kernel/compass/content';
import type { Route, RouteId } from '@shared/kernel/compass/model';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { usePlan, usePlanProblem } from './store';
import { useLanguage } from '../../app/session';
import { focusSoon, planIds } from './planHelpers';
import { RouteForm } from './RouteForm';
import { RouteTitle } from './RouteTitle';

/** All ten routes, grouped by dimension, each with its explanation; the ones not yet chosen can be chosen. */
export function RouteChooser({ chosen }: { chosen: ReadonlySet<RouteId> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [open, setOpen] = useState<RouteId | null>(null);
  const problem = usePlanProblem('choose');

  return (
    <section className="stack" aria-labelledby={planIds.chooseTitle}>
      <div>
        <h2 id={planIds.chooseTitle} tabIndex={-1}>
          {t('plan.choose.title')}
        </h2>
        <p>{t('plan.choose.intro')}</p>
      </div>
      {DIMENSIONS.map((dimension) => (
        <section key={dimension.id} className="plan-dimension" aria-labelledby={`plan-dimension-${dimension.id}`}>
          <h3 id={`plan-dimension-${dimension.id}`}>{t('plan.dimensionName', { id: dimension.id, name: dimension.name[lang] })}</h3>
          <ul className="plan-route-options">
            {routesOfDimension(dimension.id).map((route) => (
              <li key={route.id} className="card plan-route-option">
                <RouteOption
                  route={route}
                  isChosen={chosen.has(route.id)}
                  isOpen={open === route.id}
                  onOpen={() => setOpen(route.id)}
                  onClose={() => setOpen(null)}
                />
                {open === route.id && problem && <ProblemNotice problem={problem} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

interface RouteOptionProps {
  readonly route: Route;
  readonly isChosen: boolean;
  readonly isOpen: boolean;
  readonly onOpen: () => void;
  readonly onClose: () => void;
}

function RouteOption({ route, isChosen, isOpen, onOpen, onClose }: RouteOptionProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const chooseRoute = usePlan((s) => s.chooseRoute);
  const name = route.name[lang];

  async function save(why: string, needles: Parameters<typeof chooseRoute>[0]['needles']): Promise<void> {
    const plan = await chooseRoute({ route: route.id, why, needles });
    if (!plan) return;
    onClose();
    focusSoon(planIds.routeTitle(route.id));
  }

  return (
    <>
      <h4 className="plan-route-title">
        <RouteTitle route={route} />
      </h4>
      <details className="explanation">
        <summary>{t('plan.choose.explanation')}</summary>
        <p>{route.explanation[lang]}</p>
      </details>
      <p className="plan-route-prompt" data-testid={`route-prompt-${route.id}`}>
        <span className="plan-route-prompt__label">{t('plan.choose.promptLabel')}</span> {route.prompt[lang]}
      </p>
      {isChosen ? (
        <p className="muted">{t('plan.choose.chosen')}</p>
      ) : isOpen ? (
        <div className="plan-inline-form" role="group" aria-label={t('plan.choose.formTitle', { letter: route.id })}>
          <RouteForm
            route={route.id}
            initialWhy=""
            initialNeedles={null}
            focusOnMount
            promptInHint={false}
            submitLabel={t('plan.choose.save')}
            onSubmit={save}
            onCancel={() => {
              onClose();
              focusSoon(planIds.chooseButton(route.id));
            }}
          />
        </div>
      ) : (
        <button
          type="button"
          id={planIds.chooseButton(route.id)}
          data-testid={`choose-route-${route.id}`}
          className="button button--secondary"
          aria-label={t('plan.choose.buttonLabel', { letter: route.id, name })}
          onClick={onOpen}
        >
          {t('plan.choose.button')}
        </button>
      )}
    </>
  );
}
