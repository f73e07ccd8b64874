import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { History } from '@shared/contract/api';
import type { Lang } from '@shared/kernel/compass/model';
import { assessmentsByDate, biggestMoves, changeBetween, defaultPair } from '@shared/features/history/history';
import { formatDate } from '../../app/i18n';
import { ChangeTable } from './ChangeTable';
import { changeText } from './historyText';

/** Meetmomenten newest first, each with a label that tells same-day ones apart. */
function options(history: History, lang: Lang, label: (date: string) => string): { id: string; label: string }[] {
  const sorted = assessmentsByDate(history);
  const sameDay = (date: string) => sorted.filter((a) => a.date === date);
  return sorted
    .map((a) => {
      const day = sameDay(a.date);
      const n = day.length > 1 ? ` (${day.indexOf(a) + 1})` : '';
      return { id: a.id, label: `${label(formatDate(a.date, lang))}${n}` };
    })
    .reverse();
}

/** "Wat is er veranderd": two meetmomenten chosen, and the change per needle between them. */
export function ChangeSection({ history, lang }: { history: History; lang: Lang }) {
  const { t } = useTranslation();
  const uid = useId();
  const pair = useMemo(() => defaultPair(history), [history]);
  const [fromId, setFromId] = useState(pair?.from ?? '');
  const [toId, setToId] = useState(pair?.to ?? '');
  const list = options(history, lang, (date) => t('history.change.option', { date }));
  const from = history.assessments.find((a) => a.id === fromId);
  const to = history.assessments.find((a) => a.id === toId);
  const changes = useMemo(() => (from && to ? changeBetween(from, to) : null), [from, to]);
  const biggest = useMemo(() => (changes ? biggestMoves(changes.needles) : []), [changes]);

  const select = (id: string, label: string, value: string, onChange: (v: string) => void, testId: string) => (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        {list.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="card stack history-section" aria-labelledby="history-change-title" data-testid="history-change">
      <h2 id="history-change-title">{t('history.change.title')}</h2>
      {!pair ? (
        <p>{t('history.change.needTwo')}</p>
      ) : (
        <>
          <p>{t('history.change.intro')}</p>
          <div className="history-change__choice">
            {select(`${uid}-from`, t('history.change.from'), fromId, setFromId, 'change-from')}
            {select(`${uid}-to`, t('history.change.to'), toId, setToId, 'change-to')}
          </div>
          {from && to && from.id === to.id ? (
            <p className="notice" role="status">
              {t('history.change.sameChosen')}
            </p>
          ) : (
            changes &&
            from &&
            to && (
              <>
                {from.questionnaireVersion !== to.questionnaireVersion && (
                  <p className="history-change__versions" data-testid="change-versions">
                    {t('history.change.versions', { from: from.questionnaireVersion, to: to.questionnaireVersion })}
                  </p>
                )}
                <p className="history-change__summary" data-testid="change-summary" aria-live="polite">
                  {biggest.length === 0
                    ? t('history.change.summaryNone')
                    : t('history.change.summary', {
                        list: biggest
                          .map((n) => t('history.change.summaryItem', { number: n, change: changeText(t, changes.needles.find((c) => c.key === n)?.change ?? null, lang) }))
                          .join(', '),
                      })}
                </p>
                <ChangeTable changes={changes} biggest={biggest} fromDate={formatDate(from.date, lang)} toDate={formatDate(to.date, lang)} lang={lang} />
              </>
            )
          )}
        </>
      )}
    </section>
  );
}
