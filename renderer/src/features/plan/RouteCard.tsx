import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dimensionById, needleById, routeById } from '@shared/kernel/compass/content';
import type { ChosenRoute } from '@shared/features/plan/schemas';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { formatDate } from '../../app/i18n';
import { usePlan, usePlanProblem } from './store';
import { useLanguage } from '../../app/session';
import { ActionList } from './ActionList';
import { focusSoon, planIds } from './planHelpers';
import { ReflectionList } from './ReflectionList';
import { RouteForm } from './RouteForm';
import { RouteTitle } from './RouteTitle';
import { StatusControl } from './StatusControl';
import { ROUTE_STATUS_LABEL } from '../../ui/labels';

/** One chosen route: status, why and needles, actions, reflections, and removing it. */
export function RouteCard({ chosen }: { chosen: ChosenRoute }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { updateRoute, removeRoute } = usePlan();
  const problem = usePlanProblem(`route-${chosen.route}`);
  const [editing, setEditing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const route = routeById(chosen.route);
  const dimension = dimensionById(route.dimension);
  const titleId = planIds.routeTitle(route.id);
  const editId = `plan-route-${route.id}-edit`;

  async function saveIntent(why: string, needles: ChosenRoute['needles']): Promise<void> {
    const plan = await updateRoute({ route: route.id, why, needles });
    if (!plan) return;
    setEditing(false);
    focusSoon(editId);
  }

  async function remove(): Promise<void> {
    const plan = await removeRoute({ route: route.id });
    if (plan) focusSoon(planIds.mineTitle);
  }

  return (
    <li className={`card plan-route plan-route--${chosen.status}`} data-testid={`route-card-${route.id}`}>
      <article className="stack" aria-labelledby={titleId}>
        <header className="plan-route__head">
          <div>
            <h3 id={titleId} className="plan-route-title" tabIndex={-1}>
              <RouteTitle route={route} />
            </h3>
            <p className="plan-item__meta">
              {t('plan.dimensionName', { id: dimension.id, name: dimension.name[lang] })}
              {' · '}
              {t('plan.mine.chosenOn', { date: formatDate(chosen.chosenOn, lang) })}
            </p>
          </div>
          <span className={`badge plan-badge plan-badge--${chosen.status}`}>{t(ROUTE_STATUS_LABEL[chosen.status])}</span>
        </header>

        {problem && <ProblemNotice problem={problem} />}

        <StatusControl route={route.id} status={chosen.status} />

        {editing ? (
          <div role="group" aria-label={t('plan.mine.edit')}>
            <RouteForm
              route={route.id}
              initialWhy={chosen.why}
              initialNeedles={chosen.needles}
              submitLabel={t('plan.mine.save')}
              focusOnMount
              onSubmit={saveIntent}
              onCancel={() => {
                setEditing(false);
                focusSoon(editId);
              }}
            />
          </div>
        ) : (
          <div>
            <dl className="plan-intent">
              <dt>{t('plan.mine.why')}</dt>
              <dd className="reflection">{chosen.why || <span className="muted">{t('plan.mine.whyEmpty')}</span>}</dd>
              <dt>{t('plan.mine.needles')}</dt>
              <dd>
                <ul className="plan-needles">
                  {chosen.needles.map((needle) => (
                    <li key={needle}>{t('plan.needleName', { id: needle, name: needleById(needle).name[lang] })}</li>
                  ))}
                </ul>
              </dd>
            </dl>
            <button type="button" id={editId} className="button button--secondary" onClick={() => setEditing(true)}>
              {t('plan.mine.edit')}
            </button>
          </div>
        )}

        <ActionList route={route.id} actions={chosen.actions} />
        <ReflectionList route={route.id} reflections={chosen.reflections} />

        <div className="actions plan-route__remove">
          <button type="button" className="button button--danger-quiet" onClick={() => setConfirmRemove(true)}>
            {t('plan.mine.remove')}
            <span className="visually-hidden">: {t('plan.routeName', { letter: route.id, name: route.name[lang] })}</span>
          </button>
        </div>
      </article>
      {confirmRemove && (
        <ConfirmDialog
          title={t('plan.mine.removeTitle', { letter: route.id })}
          text={t('plan.mine.removeText')}
          confirmLabel={t('plan.removeConfirm')}
          cancelLabel={t('plan.cancel')}
          onCancel={() => setConfirmRemove(false)}
          onConfirm={() => {
            setConfirmRemove(false);
            void remove();
          }}
        />
      )}
    </li>
  );
}
