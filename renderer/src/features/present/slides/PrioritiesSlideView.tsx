import { useTranslation } from 'react-i18next';
import { needleById } from '@shared/kernel/compass/content';
import type { PrioritiesSlide } from '@shared/features/present/slides';
import { formatScore } from '@shared/kernel/format';
import { useLanguage } from '../../../app/session';

/** Where on the 1–5 scale a value lies, in % of the bar. */
const at = (value: number): string => `${((value - 1) / 4) * 100}%`;

/** The needles as a list, largest distance to the target first, each with its figures and a quiet bar. */
export function PrioritiesSlideView({ slide }: { slide: PrioritiesSlide }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <p className="present-intro">{t('present.slides.priorities.intro')}</p>
      <ol className="present-priorities" data-testid="present-priorities">
        {slide.rows.map((row) => (
          <li key={row.needle} data-needle={row.needle}>
            <span className="present-priorities__name">
              <span className="present-priorities__number">{row.needle}</span> {needleById(row.needle).name[lang]}
            </span>
            <span className="present-priorities__bar" aria-hidden="true">
              <span className="present-priorities__span" style={{ left: at(Math.min(row.self, row.target)), right: `calc(100% - ${at(Math.max(row.self, row.target))})` }} />
              <span className="present-priorities__self" style={{ left: at(row.self) }} />
              <span className="present-priorities__target" style={{ left: at(row.target) }} />
            </span>
            <span className="present-priorities__figures">
              <span>
                <span className="present-figure__label">{t('present.slides.priorities.self')}</span> {formatScore(row.self, lang)}
              </span>
              <span>
                <span className="present-figure__label">{t('present.slides.priorities.target')}</span> {formatScore(row.target, lang)}
              </span>
              <span className="present-priorities__gap">
                <span className="present-figure__label">{t('present.slides.priorities.gap')}</span>{' '}
                {row.gap > 0 ? formatScore(row.gap, lang) : t('present.slides.priorities.reached')}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
