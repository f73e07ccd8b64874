import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * On a new round: "I hold this round as a coach" (spec §7). The invitations' e-mail text then says
 * that the coach asks, that only the coach's app opens the answers and that the leader sees only
 * the summarised report; the invitation files stay as they are.
 */
export function HeldByCoachChoice({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <div className="choice">
        <input type="checkbox" id={id} checked={checked} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{t('feedback.published.create.heldByCoach')}</label>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('feedback.published.create.heldByCoachHint')}
      </p>
    </div>
  );
}
