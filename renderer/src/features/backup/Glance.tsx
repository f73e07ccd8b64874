import { useTranslation } from 'react-i18next';
import type { ProfileGlance } from '@shared/features/backup/contract';
import { formatDateTime } from '../../app/i18n';
import { useLanguage } from '../../app/session';

/** "3 meetmomenten · 1 feedbackronde · 2 routes op de routekaart · laatst gewijzigd op …" */
export function useGlanceText(): (glance: ProfileGlance) => string {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (glance) =>
    [
      t('backup.glance.assessments', { count: glance.counts.assessments }),
      t('backup.glance.rounds', { count: glance.counts.rounds }),
      t('backup.glance.routes', { count: glance.counts.routes }),
      glance.lastChange ? t('backup.glance.lastChange', { date: formatDateTime(glance.lastChange, lang) }) : t('backup.glance.neverChanged'),
    ].join(' · ');
}

export function useProfileName(): (name: string) => string {
  const { t } = useTranslation();
  return (name) => (name.trim() === '' ? t('backup.glance.unnamed') : name);
}
