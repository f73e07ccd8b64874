import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteId } from '@shared/kernel/compass/model';
import { nextStatuses } from '@shared/features/plan/status';
import type { RouteStatus } from '@shared/features/plan/schemas';
import { usePlan } from './store';
import { ROUTE_STATUS_LABEL } from '../../ui/labels';

/**
 * The status of a chosen route. The select offers the current status and only the steps allowed from
 * it; the change is saved with a button (arrow keys in a select must not save each step on the way).
 */
export function StatusControl({ route, status }: { route: RouteId; status: RouteStatus }) {
  const { t } = useTranslation();
  const id = useId();
  const setRouteStatus = usePlan((s) => s.setRouteStatus);
  const [choice, setChoice] = useState<RouteStatus>(status);
  const [shownFor, setShownFor] = useState<RouteStatus>(status);
  const [busy, setBusy] = useState(false);

  // When the saved status changes (here or after a reload), the select follows it.
  if (shownFor !== status) {
    setShownFor(status);
    setChoice(status);
  }

  const options: readonly RouteStatus[] = [status, ...nextStatuses(status)];

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy || choice === status) return;
    setBusy(true);
    await setRouteStatus({ route, status: choice });
    setBusy(false);
  }

  return (
    <form className="plan-status" noValidate onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label htmlFor={`${id}-status`} className="field__label">
          {t('plan.mine.status')}
        </label>
        <p id={`${id}-status-hint`} className="field__hint">
          {t('plan.mine.statusHint')}
        </p>
        <div className="plan-status__row">
          <select
            id={`${id}-status`}
            className="select"
            data-testid={`status-${route}`}
            aria-describedby={`${id}-status-hint`}
            value={choice}
            onChange={(e) => setChoice(e.target.value as RouteStatus)}
          >
            {options.map((option) => (
              <option key={option} value={option}>
                {t(ROUTE_STATUS_LABEL[option])}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {t('plan.mine.statusSave')}
          </button>
        </div>
      </div>
    </form>
  );
}
