import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedWith } from '@shared/features/feedback/schemas';
import { selectLatest, useAssessments } from '../assessment';
import { formatDate, formatTime } from '../../app/i18n';
import { useLanguage } from '../../app/session';

interface ChoiceProps {
  /** The chosen meetmoment's id; null: the latest (the default). */
  readonly value: string | null;
  readonly onChange: (assessmentId: string) => void;
}

/** Before closing: which meetmoment the report will compare with (the latest unless the leader picks another). */
export function ComparisonChoice({ value, onChange }: ChoiceProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { list, load } = useAssessments();
  const latest = useAssessments(selectLatest);

  useEffect(() => {
    void load();
  }, [load]);

  if (!list) return null;
  if (list.length === 0) return <p data-testid="comparison-none">{t('feedback.comparison.none')}</p>;
  return (
    <div className="field">
      <label htmlFor="compare-with" className="field__label">
        {t('feedback.comparison.label')}
      </label>
      <p id="compare-with-hint" className="field__hint">
        {t('feedback.comparison.hint')}
      </p>
      <select
        id="compare-with"
        className="select"
        aria-describedby="compare-with-hint"
        value={value ?? latest?.id ?? ''}
        onChange={(e) => onChange(e.target.value)}
      >
        {list.map((a) => {
          // Two meetmomenten of one day are told apart by when they were saved.
          const sameDay = list.some((b) => b.id !== a.id && b.date === a.date);
          const date = sameDay ? `${formatDate(a.date, lang)}, ${formatTime(a.createdAt, lang)}` : formatDate(a.date, lang);
          return (
            <option key={a.id} value={a.id}>
              {a.id === latest?.id ? t('feedback.comparison.latest', { date }) : date}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/** The meetmoment a choice stands for (the latest by default), or null without meetmomenten. */
export function useChosen(value: string | null): { readonly id: string; readonly date: string } | null {
  const list = useAssessments((s) => s.list);
  const latest = useAssessments(selectLatest);
  const chosen = (value ? list?.find((a) => a.id === value) : undefined) ?? latest;
  return chosen ? { id: chosen.id, date: chosen.date } : null;
}

/** After closing: what the report compares with, as fixed when the round closed. */
export function ComparisonNote({ comparedWith }: { comparedWith: ComparedWith | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (comparedWith === null) return null;
  const text =
    comparedWith.kind === 'meetmoment'
      ? t('feedback.comparison.fixed', { date: formatDate(comparedWith.takenOn, lang) })
      : comparedWith.kind === 'none'
        ? t('feedback.comparison.fixedNone')
        : t('feedback.comparison.deleted');
  return <p data-testid="comparison-note">{text}</p>;
}

/** In the report: said plainly when the meetmoment it compared with was deleted (no self column then). */
export function SelfDeletedNote({ comparedWith }: { comparedWith: ComparedWith | null }) {
  const { t } = useTranslation();
  if (comparedWith?.kind !== 'deleted') return null;
  return (
    <p className="notice" data-testid="report-self-deleted">
      {t('feedback.comparison.deleted')}
    </p>
  );
}
