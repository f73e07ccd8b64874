import { useTranslation } from 'react-i18next';
import type { StorageIssue } from '@shared/contract/storageIssue';
import { formatDateTime } from '../app/i18n';
import { useLanguage, useSession } from '../app/session';
import { DOCUMENT_NAME } from './labels';
import type { Words } from './problemText';
import { profileLabel } from './profileLabel';

export interface StorageIssueText {
  /** What happened to which document ("uw routekaart", the names the error messages use) and what the app did. */
  readonly message: string;
  /** The file names, for whoever looks in the data folder. */
  readonly detail: string;
}

/** A storage notice in words. */
export function storageIssueText(issue: StorageIssue, { t, lang }: Words): StorageIssueText {
  const document = t(DOCUMENT_NAME[issue.document]);
  if (issue.kind === 'newer-version') {
    return { message: t('issues.newer', { document }), detail: t('issues.newerFile', { file: issue.file }) };
  }
  const after = issue.restoredFrom ? t('issues.restored', { date: formatDateTime(issue.restoredFrom, lang) }) : t('issues.notRestored');
  return {
    message: `${t('issues.corrupt', { document })} ${after}`,
    detail: t('issues.corruptFiles', { file: issue.file, movedTo: issue.movedTo ?? issue.file }),
  };
}

const NONE: readonly StorageIssue[] = [];

/** Tells the user about damaged or too-new data files, until they dismiss the notice. */
export function StorageIssues() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const issues = useSession((s) => s.state?.storageIssues ?? NONE);
  const dismiss = useSession((s) => s.dismissIssue);
  const profiles = useSession((s) => (s.state?.coachMode ? s.state.profiles : null));
  /** In coach mode: whose data the notice is about. */
  const whose = (issue: StorageIssue): string | null => {
    const profile = issue.profileId ? profiles?.find((p) => p.id === issue.profileId) : undefined;
    return profile ? t('coachees.header.showing', { name: profileLabel(profile.name, t) }) : null;
  };
  if (issues.length === 0) return null;
  return (
    <section className="notice notice--warning storage-issues" role="alert" aria-labelledby="storage-issues-title">
      <h2 id="storage-issues-title" className="notice__title">
        {t('issues.title')}
      </h2>
      {issues.map((issue) => {
        const { message, detail } = storageIssueText(issue, { t, lang });
        const id = `storage-issue-${issue.id}`;
        const about = whose(issue);
        return (
          <div key={issue.id} className="notice__item" data-testid="storage-issue" data-kind={issue.kind} data-document={issue.document}>
            <p id={id}>
              {about && <strong className="notice__profile">{about}: </strong>}
              {message}
            </p>
            <p id={`${id}-detail`} className="notice__detail">
              {detail}
            </p>
            <button type="button" className="button button--secondary" aria-describedby={`${id} ${id}-detail`} onClick={() => void dismiss(issue.id)}>
              {t('issues.dismiss')}
            </button>
          </div>
        );
      })}
    </section>
  );
}
