import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { hrefOf } from '../../app/router';
import { selectLatest, useAssessments } from '../assessment';
import { usePlan } from './store';
import { useLanguage } from '../../app/session';
import './reminders.css';

/**
 * A calm notice of what is due when the app opens: a review of the compass (a new meetmoment), the
 * next coaching session (from the session notes) and actions of the routekaart whose date has come. Hidden for the rest of the session on request.
 */
export function RemindersNotice() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const reminders = usePlan((s) => s.reminders);
  const dismissed = usePlan((s) => s.remindersDismissed);
  const loadReminders = usePlan((s) => s.loadReminders);
  const dismiss = usePlan((s) => s.dismissReminders);
  const latest = useAssessments((s) => selectLatest(s)?.date ?? null);

  useEffect(() => {
    void loadReminders();
  }, [loadReminders]);

  if (dismissed || !reminders || reminders.items.length === 0) return null;
  const review = reminders.items.find((item) => item.kind === 'review');
  const session = reminders.items.find((item) => item.kind === 'session');
  const actions = reminders.items.filter((item) => item.kind === 'action');

  return (
    <section className="notice notice--info reminders" aria-labelledby="reminders-title" data-testid="reminders">
      <h2 id="reminders-title" className="notice__title">
        {t('plan.reminders.title')}
      </h2>
      {review && (
        <div className="notice__item">
          <p>{latest ? t('plan.reminders.review', { date: formatDate(latest, lang) }) : t('plan.reminders.reviewNoDate')}</p>
          <p>
            <a href={hrefOf({ name: 'assess' })}>{t('plan.reminders.startAssessment')}</a>
          </p>
        </div>
      )}
      {session && (
        <div className="notice__item" data-testid="reminder-session">
          <p>{t(session.overdue ? 'notes.reminder.overdue' : 'notes.reminder.due', { date: formatDate(session.due, lang) })}</p>
          <p>
            <a href={hrefOf({ name: 'notes' })}>{t('notes.reminder.open')}</a>
          </p>
        </div>
      )}
      {actions.length > 0 && (
        <div className="notice__item">
          <p id="reminders-actions">{t('plan.reminders.actionsIntro')}</p>
          <ul aria-labelledby="reminders-actions">
            {actions.map((item) => (
              <li key={item.actionId ?? `${item.route ?? ''}-${item.what}`}>
                {t('plan.reminders.action', { letter: item.route ?? '', what: item.what })}
                {' — '}
                {t(item.overdue ? 'plan.reminders.actionOverdue' : 'plan.reminders.actionDue', { date: formatDate(item.due, lang) })}
              </li>
            ))}
          </ul>
          <p>
            <a href={hrefOf({ name: 'plan' })}>{t('plan.reminders.openPlan')}</a>
          </p>
        </div>
      )}
      <div className="notice__item">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            dismiss();
            // The button disappears: put focus back on the screen's heading.
            document.querySelector<HTMLElement>('main h1')?.focus();
          }}
        >
          {t('plan.reminders.dismiss')}
        </button>
      </div>
    </section>
  );
}
