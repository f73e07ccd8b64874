import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaterGroup } from '@shared/features/exchange/formats';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { downloadText } from '../../ui/download';
import { toProblem, type Problem } from '../../app/problem';
import { useFeedback } from './store';
import { GROUP_LABEL } from '../../ui/labels';
import { InvitationPreview } from './InvitationPreview';
import { MailText } from './MailText';

interface Mail {
  readonly subject: string;
  readonly body: string;
}

/** Per rater group: what it receives, saving its invitation file, and the e-mail to send with it. */
export function InvitationPanel({ round }: { round: RoundSummary }) {
  const { t } = useTranslation();
  const [mails, setMails] = useState<Partial<Record<RaterGroup, Mail>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);

  async function save(group: RaterGroup): Promise<void> {
    try {
      const file = await useFeedback.getState().invitation(round.id, group);
      downloadText(file.fileName, file.html, 'text/html');
      setMails((m) => ({ ...m, [group]: { subject: file.mailSubject, body: file.mailBody } }));
      setProblem(null);
    } catch (error) {
      setProblem(toProblem(error));
    }
  }

  return (
    <section className="card stack" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('feedback.round.invitationsTitle')}</h2>
      <p>{t('feedback.round.invitationsIntro')}</p>
      {problem && <ProblemNotice problem={problem} />}
      <InvitationPreview
        returnToMissing="unknown"
        wide
        round={{
          groups: round.groups,
          managerNonAnonymous: round.managerNonAnonymous,
          closesOn: round.closesOn,
          returnTo: round.returnTo,
          // Only the leader's own rounds have invitations, and they always name their language.
          language: round.language ?? 'nl',
          questionnaire: round.questionnaire.version,
        }}
      >
        {(group) => {
          const label = t(GROUP_LABEL[group]);
          const mail = mails[group];
          return (
            <>
              <p>
                <button type="button" className="button button--secondary" onClick={() => void save(group)}>
                  {t('feedback.round.saveInvitation', { group: label })}
                </button>
              </p>
              {mail && <MailText group={group} label={label} subject={mail.subject} body={mail.body} />}
            </>
          );
        }}
      </InvitationPreview>
    </section>
  );
}
