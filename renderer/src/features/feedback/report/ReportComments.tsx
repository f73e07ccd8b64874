import { useTranslation } from 'react-i18next';
import { NEEDLES } from '@shared/kernel/compass/content';
import type { ReportComment, ReportModel } from '@shared/features/feedback/reportModel';
import { useLanguage } from '../../../app/session';
import { GROUP_LABEL } from '../../../ui/labels';

function CommentList({ comments }: { comments: readonly ReportComment[] }) {
  const { t } = useTranslation();
  if (comments.length === 0) return <p className="muted">{t('report.noComments')}</p>;
  return (
    <ul className="comments">
      {comments.map((c, i) => (
        <li key={i}>
          <blockquote>{c.text}</blockquote>
          {c.group && (
            <p className="comments__source">
              — {t(GROUP_LABEL[c.group])}
              {c.nonAnonymousManager && ` (${t('report.nonAnonymous')})`}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Verbatim comments, in the model's seeded shuffled order. */
export function ReportComments({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { comments } = report;
  const needleLists = NEEDLES.filter((n) => (comments.needles[String(n.id) as keyof typeof comments.needles] ?? []).length > 0);

  return (
    <section className="card" aria-labelledby="report-comments-title" data-testid="report-comments">
      <h2 id="report-comments-title">{t('report.commentsTitle')}</h2>
      <p>{t('report.commentsIntro')}</p>
      <h3>{t('report.keepDoing')}</h3>
      <CommentList comments={comments.keepDoing} />
      <h3>{t('report.startDoing')}</h3>
      <CommentList comments={comments.startDoing} />
      {needleLists.map((n) => (
        <div key={n.id}>
          <h3>{t('report.needleComments', { needle: n.id, name: n.name[lang] })}</h3>
          <CommentList comments={comments.needles[String(n.id) as keyof typeof comments.needles] ?? []} />
        </div>
      ))}
    </section>
  );
}
