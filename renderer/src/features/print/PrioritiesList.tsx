import { useTranslation } from 'react-i18next';
import type { Assessment } from '@shared/features/assessment/schemas';
import { priorityList } from '@shared/features/print/priorities';
import { needleById } from '@shared/kernel/compass/content';
import { formatScore } from '@shared/kernel/format';
import { useLanguage } from '../../app/session';

/** The ten needles as a sorted list: the largest step up to the target first (shared/features/print/priorities). */
export function PrioritiesList({ assessment }: { assessment: Pick<Assessment, 'answers' | 'targets'> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const score = (v: number | null) => (v === null ? t('print.priorities.noScore') : formatScore(v, lang));
  return (
    <section aria-labelledby="print-priorities">
      <h2 id="print-priorities">{t('print.priorities.title')}</h2>
      <p>{t('print.priorities.intro')}</p>
      <ol className="print-list" data-testid="print-priorities">
        {priorityList(assessment).map((p) => (
          <li key={p.needle} data-needle={p.needle}>
            <strong>{t('print.priorities.item', { needle: p.needle, name: needleById(p.needle).name[lang] })}</strong>
            <span className="print-list__detail">
              {p.target === null
                ? t('print.priorities.noTarget', { score: score(p.score) })
                : p.step !== null && p.step > 0
                  ? t('print.priorities.step', { score: score(p.score), target: formatScore(p.target, lang), step: formatScore(p.step, lang) })
                  : t('print.priorities.atTarget', { score: score(p.score), target: formatScore(p.target, lang) })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
