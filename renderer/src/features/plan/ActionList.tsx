import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteId } from '@shared/kernel/compass/model';
import type { PlanAction } from '@shared/features/plan/schemas';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDate } from '../../app/i18n';
import { usePlan } from './store';
import { useLanguage } from '../../app/session';
import { ActionForm, type ActionInput } from './ActionForm';
import { addedId, focusSoon, planIds } from './planHelpers';

/** The concrete actions of one route: list, done checkbox, change, delete (confirmed), and add. */
export function ActionList({ route, actions }: { route: RouteId; actions: readonly PlanAction[] }) {
  const { t } = useTranslation();
  const { addAction, updateAction, removeAction } = usePlan();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<PlanAction | null>(null);

  async function add(input: ActionInput): Promise<boolean> {
    const plan = await addAction({ route, ...input });
    const after = plan?.routes.find((r) => r.route === route)?.actions ?? [];
    const added = plan ? addedId(actions, after) : null;
    if (added) focusSoon(planIds.action(added));
    return plan !== null;
  }

  async function save(action: PlanAction, input: ActionInput): Promise<boolean> {
    const plan = await updateAction({ route, id: action.id, ...input, done: action.doneOn !== null });
    if (plan) {
      setEditing(null);
      focusSoon(planIds.action(action.id));
    }
    return plan !== null;
  }

  async function remove(action: PlanAction): Promise<void> {
    const plan = await removeAction({ route, id: action.id });
    if (plan) focusSoon(planIds.actionsTitle(route));
  }

  return (
    <div className="plan-subsection">
      <h4 id={planIds.actionsTitle(route)} tabIndex={-1}>
        {t('plan.actions.title')}
      </h4>
      {actions.length === 0 ? (
        <p className="muted">{t('plan.actions.none')}</p>
      ) : (
        <ul className="plan-items">
          {actions.map((action) =>
            editing === action.id ? (
              <li key={action.id} className="plan-item" data-testid={`action-${action.id}`}>
                <h5 className="plan-item__form-title">{t('plan.actions.editTitle')}</h5>
                <ActionForm
                  initial={{ what: action.what, due: action.due, companions: action.companions }}
                  submitLabel={t('plan.actions.save')}
                  focusOnMount
                  onSubmit={(input) => save(action, input)}
                  onCancel={() => {
                    setEditing(null);
                    focusSoon(planIds.action(action.id));
                  }}
                />
              </li>
            ) : (
              <ActionItem
                key={action.id}
                action={action}
                onToggle={(done) => void updateAction({ route, id: action.id, what: action.what, due: action.due, companions: action.companions, done })}
                onEdit={() => setEditing(action.id)}
                onRemove={() => setRemoving(action)}
              />
            ),
          )}
        </ul>
      )}
      <div className="plan-add" role="group" aria-labelledby={`${planIds.actionsTitle(route)}-add`}>
        <h5 id={`${planIds.actionsTitle(route)}-add`}>{t('plan.actions.addTitle')}</h5>
        <ActionForm submitLabel={t('plan.actions.add')} onSubmit={add} />
      </div>
      {removing && (
        <ConfirmDialog
          title={t('plan.actions.removeTitle')}
          text={t('plan.actions.removeText', { what: removing.what })}
          confirmLabel={t('plan.removeConfirm')}
          cancelLabel={t('plan.cancel')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null);
            void remove(removing);
          }}
        />
      )}
    </div>
  );
}

interface ActionItemProps {
  readonly action: PlanAction;
  readonly onToggle: (done: boolean) => void;
  readonly onEdit: () => void;
  readonly onRemove: () => void;
}

function ActionItem({ action, onToggle, onEdit, onRemove }: ActionItemProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const checkboxId = `${planIds.action(action.id)}-done`;
  const meta = [
    action.due ? t('plan.actions.dueOn', { date: formatDate(action.due, lang) }) : t('plan.actions.noDue'),
    action.companions.length > 0 ? t('plan.actions.with', { names: action.companions.join(', ') }) : null,
    action.doneOn ? t('plan.actions.doneOn', { date: formatDate(action.doneOn, lang) }) : null,
  ].filter((part): part is string => part !== null);

  return (
    <li id={planIds.action(action.id)} className="plan-item" data-testid={`action-${action.id}`} tabIndex={-1}>
      <p className={action.doneOn ? 'plan-item__title plan-item__title--done' : 'plan-item__title'}>{action.what}</p>
      <p className="plan-item__meta">{meta.join(' · ')}</p>
      <div className="plan-item__controls">
        <div className="choice">
          <input type="checkbox" id={checkboxId} checked={action.doneOn !== null} onChange={(e) => onToggle(e.target.checked)} />
          <label htmlFor={checkboxId}>
            {t('plan.actions.done')}
            <span className="visually-hidden">: {action.what}</span>
          </label>
        </div>
        <button type="button" className="link-button" onClick={onEdit}>
          {t('plan.actions.edit')}
          <span className="visually-hidden">: {action.what}</span>
        </button>
        <button type="button" className="link-button link-button--danger" onClick={onRemove}>
          {t('plan.actions.remove')}
          <span className="visually-hidden">: {action.what}</span>
        </button>
      </div>
    </li>
  );
}
