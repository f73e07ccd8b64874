import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/router';
import { useCoachMode, useSession } from '../../app/session';
import { profileLabel } from '../../ui/profileLabel';
import './coachees.css';

/** In coach mode, in the header: whose data is on screen, and the way to the coachees screen. */
export function CoacheeBadge() {
  const { t } = useTranslation();
  const coachMode = useCoachMode();
  const active = useSession((s) => s.state?.profiles.find((p) => p.id === s.state?.activeProfileId));
  if (!coachMode || !active) return null;
  const name = profileLabel(active.name, t);
  return (
    <a className="coachee-badge" href={hrefOf({ name: 'coachees' })} aria-label={t('coachees.header.label', { name })} title={t('coachees.header.label', { name })}>
      <span className="coachee-badge__name">{t('coachees.header.showing', { name })}</span>
    </a>
  );
}
