import { useTranslation } from 'react-i18next';
import type { Assessment } from '@shared/features/assessment/schemas';
import { formatDate } from '../../app/i18n';
import { hrefOf } from '../../app/router';
import { useLanguage } from '../../app/session';

/** The meetmomenten, newest first, each a link to its compass. */
export function AssessmentList({ assessments, currentId }: { assessments: readonly Assessment[]; currentId: string | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <ul className="assessment-list">
      {assessments.map((a) => (
        <li key={a.id}>
          <a href={hrefOf({ name: 'compass', id: a.id })} aria-current={a.id === currentId ? 'true' : undefined}>
            {t('start.latestDate', { date: formatDate(a.date, lang) })}
          </a>
          {a.id === currentId && <span className="muted"> {t('compass.historyCurrent')}</span>}
        </li>
      ))}
    </ul>
  );
}
