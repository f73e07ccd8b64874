import { useTranslation } from 'react-i18next';
import { needleById } from '@shared/kernel/compass/content';
import type { NeedleId } from '@shared/kernel/compass/model';
import type { NeedleHighlight, ReportComment } from '@shared/features/feedback/reportModel';
import type { FeedbackCommentsSlide, FeedbackFiguresSlide, FeedbackSummarySlide } from '@shared/features/present/slides';
import { formatScore } from '@shared/kernel/format';
import { useLanguage } from '../../../app/session';
import { GROUP_LABEL, REPORT_SET_LABEL } from '../../../ui/labels';

function Highlights({ items, testId }: { items: readonly NeedleHighlight[]; testId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (items.length === 0) return <p className="present-muted">{t('present.slides.feedbackSummary.none')}</p>;
  return (
    <ol className="present-highlights" data-testid={testId}>
      {items.map((h) => {
        const vars = { set: t(REPORT_SET_LABEL[h.basis]), others: formatScore(h.others, lang) };
        return (
          <li key={h.needle} data-needle={h.needle}>
            <span className="present-highlights__name">
              {h.needle}. {needleById(Number(h.needle) as NeedleId).name[lang]}
            </span>
            <span className="present-highlights__line">
              {h.self === null
                ? t('present.slides.feedbackSummary.lineNoSelf', vars)
                : t('present.slides.feedbackSummary.line', { ...vars, self: formatScore(h.self, lang) })}
            </span>
            {h.reason === 'blind-spot' && <span className="present-highlights__blind">{t('present.slides.feedbackSummary.blindSpot')}</span>}
          </li>
        );
      })}
    </ol>
  );
}

/** The 360 round in brief: how many answered, strengths and development points (from published figures only). */
export function FeedbackSummarySlideView({ slide }: { slide: FeedbackSummarySlide }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="present-intro">{t('present.slides.feedbackSummary.respondents', { round: slide.roundName, count: slide.respondents })}</p>
      {slide.scoresShown ? (
        <div className="present-columns present-columns--two">
          <section className="present-block" aria-labelledby="present-strengths">
            <h2 id="present-strengths">{t('present.slides.feedbackSummary.strengths')}</h2>
            <Highlights items={slide.strengths} testId="present-strengths" />
          </section>
          <section className="present-block" aria-labelledby="present-development">
            <h2 id="present-development">{t('present.slides.feedbackSummary.priorities')}</h2>
            <Highlights items={slide.priorities} testId="present-development" />
          </section>
        </div>
      ) : (
        <p className="present-block">{t('present.slides.feedbackSummary.withheld', { k: slide.k })}</p>
      )}
    </>
  );
}

/** "Alle anderen" per needle as the report publishes them, beside the self score. */
export function FeedbackFiguresSlideView({ slide }: { slide: FeedbackFiguresSlide }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const cell = (value: number | null) => (value === null ? <span className="present-muted">{t('present.slides.feedbackFigures.notShown')}</span> : formatScore(value, lang));
  return (
    <>
      <table className="present-table" data-testid="present-figures">
        <thead>
          <tr>
            <th scope="col">{t('present.slides.feedbackFigures.needle')}</th>
            <th scope="col">{t('present.slides.feedbackFigures.others')}</th>
            <th scope="col">{t('present.slides.feedbackFigures.n')}</th>
            <th scope="col">{t('present.slides.feedbackFigures.self')}</th>
          </tr>
        </thead>
        <tbody>
          {slide.rows.map((row) => (
            <tr key={row.needle}>
              <th scope="row">
                {row.needle}. {needleById(row.needle).name[lang]}
              </th>
              <td>{cell(row.others)}</td>
              <td>{row.n ?? '–'}</td>
              <td>{cell(row.self)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="present-note">{t('present.slides.feedbackFigures.note', { k: slide.k })}</p>
    </>
  );
}

function Comments({ comments }: { comments: readonly ReportComment[] }) {
  const { t } = useTranslation();
  return (
    <ul className="present-comments">
      {comments.map((c, i) => (
        <li key={i}>
          <p className="present-quote">{c.text}</p>
          {c.group && (
            <p className="present-muted">
              — {t(GROUP_LABEL[c.group])}
              {c.nonAnonymousManager && ` (${t('report.nonAnonymous')})`}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The verbatim comments, in the report's own order (only when the coachee did not hide them). */
export function FeedbackCommentsSlideView({ slide }: { slide: FeedbackCommentsSlide }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <div className="present-columns present-columns--two" data-testid="present-comments">
      {slide.keepDoing.length > 0 && (
        <section className="present-block" aria-labelledby="present-keep">
          <h2 id="present-keep">{t('report.keepDoing')}</h2>
          <Comments comments={slide.keepDoing} />
        </section>
      )}
      {slide.startDoing.length > 0 && (
        <section className="present-block" aria-labelledby="present-start">
          <h2 id="present-start">{t('report.startDoing')}</h2>
          <Comments comments={slide.startDoing} />
        </section>
      )}
      {slide.needles.map((n) => (
        <section key={n.needle} className="present-block" aria-labelledby={`present-needle-${n.needle}`}>
          <h2 id={`present-needle-${n.needle}`}>{t('report.needleComments', { needle: n.needle, name: needleById(n.needle).name[lang] })}</h2>
          <Comments comments={n.comments} />
        </section>
      ))}
    </div>
  );
}
