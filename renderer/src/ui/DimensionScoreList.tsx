import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '@shared/kernel/compass/content';
import { dimensionScores, needleScores, type Answers } from '@shared/kernel/scoring';
import { formatScore } from '@shared/kernel/format';
import { useLanguage } from '../app/session';

/** The five dimension scores of a meetmoment, as a short definition list. */
export function DimensionScoreList({ answers }: { answers: Answers }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const scores = dimensionScores(needleScores(answers));
  return (
    <dl className="dimension-scores">
      {DIMENSIONS.map((d) => {
        const score = scores[d.id];
        return (
          <div key={d.id} className="dimension-scores__row">
            <dt>
              {d.id}. {d.name[lang]}
            </dt>
            <dd>{score === null ? <span title={t('radar.noScore')}>–</span> : formatScore(score, lang)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
