import type { TFunction } from 'i18next';

/** A profile's name as shown; the first profile may have none (a leader's own): then "Eigen profiel". */
export function profileLabel(name: string, t: TFunction): string {
  return name.trim() === '' ? t('coachees.ownProfile') : name.trim();
}
