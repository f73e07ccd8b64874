import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../app/i18n';
import { useLanguage, useSession } from '../app/session';

/** Tells the user about damaged or too-new data files, until they dismiss the notice. */
export function StorageIssues() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const issues = useSession((s) => s.state?.storageIssues ?? []);
  const dismiss = useSession((s) => s.dismissIssue);
  if (issues.length === 0) return null;
  return (
    <section className="notice notice--warning" role="alert" aria-labelledby="storage-issues-title">
      <h2 id="storage-issues-title" className="notice__title">
        {t('issues.title')}
      </h2>
      {issues.map((issue) => (
        <div key={issue.id} className="notice__item">
          {issue.kind === 'corrupt' ? (
            <p>
              {t('issues.corrupt', { file: issue.file, movedTo: issue.movedTo })}{' '}
              {issue.restoredFrom
                ? t('issues.restored', { date: formatDateTime(issue.restoredFrom, lang) })
                : t('issues.notRestored')}
            </p>
          ) : (
            <p>{t('issues.newer', { file: issue.file })}</p>
          )}
          <button type="button" className="button button--secondary" onClick={() => void dismiss(issue.id)}>
            {t('issues.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
