import { useEffect } from 'react';
import { roundDate } from '@shared/features/feedback/roundDates';
import { localTimeZone } from '@shared/kernel/calendar';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { formatDate } from '../../app/i18n';
import { hrefOf } from '../../app/router';
import { useFeedback } from './store';
import { useLanguage } from '../../app/session';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { NewRoundForm } from './NewRoundForm';
import { GROUP_LABEL } from '../../ui/labels';
import { ReportImportPanel } from './ReportImportPanel';

/** All feedback rounds of this profile, and the form for a new one. */
export function RoundsScreen() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { rounds, problem, load, deleted, clearDeleted } = useFeedback();

  useEffect(() => {
    void load();
  }, [load]);
  // The confirmation of a deletion is said once, on arriving here from the deleted round.
  useEffect(() => clearDeleted, [clearDeleted]);

  return (
    <div className="stack">
      <h1 ref={heading} tabIndex={-1}>
        {t('feedback.title')}
      </h1>
      <p className="lead">{t('feedback.intro')}</p>
      {problem && <ProblemNotice problem={problem} />}
      <p role="status" className={deleted ? 'notice notice--success' : 'visually-hidden'}>
        {deleted ? t('feedback.remove.done', { round: deleted }) : ''}
      </p>

      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title">{t('feedback.roundsTitle')}</h2>
        {rounds && rounds.length === 0 && <p>{t('feedback.noRounds')}</p>}
        {rounds && rounds.length > 0 && (
          <ul className="round-list">
            {rounds.map((round) => (
              <li key={round.id} className="card round-list__item">
                <div>
                  <h3>
                    <a href={hrefOf({ name: 'round', id: round.id })}>{round.name}</a>
                  </h3>
                  <p className="muted">
                    {round.closedAt
                      ? t('feedback.closedOn', { date: formatDate(roundDate(round, localTimeZone()), lang) })
                      : t('feedback.createdOn', { date: formatDate(roundDate(round, localTimeZone()), lang) })}
                    {' · '}
                    {round.groups.map((g) => t(GROUP_LABEL[g])).join(', ')}
                    {' · '}
                    {t('feedback.questionnaireVersion', { version: round.questionnaire.version })}
                  </p>
                </div>
                <div className="round-list__meta">
                  {round.origin === 'published' && <span className="badge badge--closed">{t('feedback.published.badge')}</span>}
                  <span className={`badge ${round.closedAt ? 'badge--closed' : 'badge--open'}`}>
                    {round.closedAt ? t('feedback.status.closed') : t('feedback.status.open')}
                  </span>
                  <span>{t('feedback.groupCount', { count: round.total })}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <NewRoundForm />
      <ReportImportPanel />
    </div>
  );
}
