import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@shared/features/assessment/schemas';
import { formatDate } from '../../app/i18n';
import { useLanguage } from '../../app/session';
import './compare.css';

export interface CompareSelectProps {
  /** All meetmomenten, newest first. */
  assessments: readonly Pick<Assessment, 'id' | 'date'>[];
  /** The meetmoment on the compass; it is not offered. */
  currentId: string;
  /** Chosen meetmoment id, or '' for none. */
  value: string;
  onChange: (id: string) => void;
}

/** "Vergelijk met een eerder meetmoment": none, or any other meetmoment as an overlay. */
export function CompareSelect({ assessments, currentId, value, onChange }: CompareSelectProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const others = assessments.filter((a) => a.id !== currentId);
  if (others.length === 0) return null;
  return (
    <div className="field compare-select">
      <label className="field__label" htmlFor={id}>
        {t('history.compare.label')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('history.compare.hint')}
      </p>
      <select
        id={id}
        className="select"
        aria-describedby={`${id}-hint`}
        data-testid="compare-select"
        value={others.some((a) => a.id === value) ? value : ''}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('history.compare.none')}</option>
        {others.map((a) => (
          <option key={a.id} value={a.id}>
            {t('history.compare.option', { date: formatDate(a.date, lang) })}
          </option>
        ))}
      </select>
    </div>
  );
}
