import { useTranslation } from 'react-i18next';

/** On a round a coach held: the leader sees only the summarised report; answers and key stayed with the coach. */
export function HeldByCoachNote() {
  const { t } = useTranslation();
  return (
    <p className="notice" data-testid="held-by-coach">
      {t('feedback.published.round.heldByCoach')}
    </p>
  );
}
