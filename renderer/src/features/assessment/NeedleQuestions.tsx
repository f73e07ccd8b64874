import { useTranslation } from 'react-i18next';
import type { Needle } from '@shared/kernel/compass/model';
import { SCALE_VALUES } from '@shared/kernel/compass/model';
import { itemsOfNeedleIn } from '@shared/kernel/compass/questionnaires';
import { noAnswerLabel, scaleLabel, SITUATIONAL_INSTRUCTION } from '@shared/kernel/compass/scales';
import type { DraftContent } from '@shared/features/assessment/schemas';
import { useDraft } from './draftStore';
import { useLanguage } from '../../app/session';
import { RadioScale } from './RadioScale';

/** A needle: its explanation at hand, its two items, and "waar wil ik naartoe". */
export function NeedleQuestions({ needle, draft }: { needle: Needle; draft: DraftContent }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const setAnswer = useDraft((s) => s.setAnswer);
  const setTarget = useDraft((s) => s.setTarget);
  // The items and the scale of the questionnaire this meetmoment is filled in with.
  const version = draft.questionnaire.version;
  const scaleOptions = SCALE_VALUES.map((v) => ({ value: String(v), label: `${v} ${scaleLabel(version, v)[lang]}` }));
  const target = draft.targets[`${needle.id}`];

  return (
    <section className="card needle" aria-labelledby={`needle-${needle.id}`}>
      <h2 id={`needle-${needle.id}`} className="needle__title">
        <span className="needle__number">{needle.id}</span> {needle.name[lang]}
      </h2>
      <details className="explanation">
        <summary>{t('assessment.explanation')}</summary>
        <p>{needle.explanation[lang]}</p>
      </details>
      {itemsOfNeedleIn(version, needle.id).map((item) => {
        const answer = draft.answers[item.id];
        return (
          <RadioScale
            key={item.id}
            name={`item-${item.id}`}
            legend={item.self[lang]}
            legendPrefix={item.id}
            hint={item.situational ? `${t('assessment.itemLegendHint')} ${SITUATIONAL_INSTRUCTION[lang]}` : t('assessment.itemLegendHint')}
            options={[...scaleOptions, { value: 'na', label: noAnswerLabel(version, 'self')[lang] }]}
            value={answer === undefined ? undefined : answer === null ? 'na' : String(answer)}
            onChange={(v) => setAnswer(item.id, v === 'na' ? null : (Number(v) as 1 | 2 | 3 | 4 | 5))}
          />
        );
      })}
      <RadioScale
        name={`target-${needle.id}`}
        legend={t('assessment.targetLegend', { needle: needle.id })}
        hint={t('assessment.targetHint')}
        variant="target"
        options={[
          ...SCALE_VALUES.map((v) => ({ value: String(v), label: String(v) })),
          { value: 'none', label: t('assessment.noTarget') },
        ]}
        value={target === undefined ? undefined : String(target)}
        onChange={(v) => setTarget(needle.id, v === 'none' ? null : (Number(v) as 1 | 2 | 3 | 4 | 5))}
      />
    </section>
  );
}
