import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEEDLE_IDS, type Lang, type NeedleId } from '@shared/kernel/compass/model';
import { needleById } from '@shared/kernel/compass/content';
import { dateExtent, needleTimelines } from '@shared/features/history/history';
import type { History } from '@shared/contract/api';
import { TimelineChart } from '../../charts/timeline/TimelineChart';
import { TimelineTable } from './TimelineTable';

/** One needle at a time: a select, its timeline chart and the same numbers in a table. */
export function NeedleHistory({ history, lang }: { history: History; lang: Lang }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [needle, setNeedle] = useState<NeedleId>(1);
  const timelines = useMemo(() => needleTimelines(history), [history]);
  const extent = useMemo(() => dateExtent(history), [history]);
  const timeline = timelines.find((tl) => tl.needle === needle);
  if (!timeline || !extent) return null;
  const name = needleById(needle).name[lang];

  return (
    <section className="card stack history-section" aria-labelledby="history-timeline-title">
      <h2 id="history-timeline-title">{t('history.timeline.title')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('history.timeline.needleLabel')}
        </label>
        <select
          id={selectId}
          className="select"
          data-testid="history-needle"
          value={needle}
          onChange={(e) => setNeedle(Number(e.target.value) as NeedleId)}
        >
          {NEEDLE_IDS.map((n) => (
            <option key={n} value={n}>
              {t('history.timeline.needleOption', { number: n, name: needleById(n).name[lang] })}
            </option>
          ))}
        </select>
      </div>
      <h3 className="history-section__chart-title">{t('history.timeline.chartTitle', { number: needle, name })}</h3>
      <TimelineChart key={needle} timeline={timeline} extent={extent} lang={lang} title={t('history.timeline.chartTitle', { number: needle, name })} />
      {history.assessments.length === 1 && <p className="muted">{t('history.timeline.onlyOne')}</p>}
      <TimelineTable timeline={timeline} lang={lang} caption={t('history.timeline.tableCaption', { number: needle })} />
    </section>
  );
}
