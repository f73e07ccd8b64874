import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaterGroup } from '@shared/features/exchange/formats';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { downloadText } from '../../ui/download';
import { toProblem, type Problem } from '../../app/problem';
import { useFeedback } from './store';
import { GROUP_LABEL } from '../../ui/labels';

interface Mail {
  readonly subject: string;
  readonly body: string;
}

/** Per rater group: save its invitation file and show the e-mail text to send with it. */
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
    <section className="card" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('feedback.round.invitationsTitle')}</h2>
      <p>{t('feedback.round.invitationsIntro')}</p>
      {problem && <ProblemNotice problem={problem} />}
      <ul className="invitation-list">
        {round.groups.map((group) => {
          const label = t(GROUP_LABEL[group]);
          const mail = mails[group];
          return (
            <li key={group} className="invitation-list__item">
              <button type="button" className="button button--secondary" onClick={() => void save(group)}>
                {t('feedback.round.saveInvitation', { group: label })}
              </button>
              {mail && (
                <div className="field">
                  <label htmlFor={`mail-${group}`} className="field__label">
                    {t('feedback.round.mailText', { group: label })}
                  </label>
                  <p id={`mail-${group}-hint`} className="field__hint">
                    {t('feedback.round.mailHint')}
                  </p>
                  <textarea
                    id={`mail-${group}`}
                    readOnly
                    rows={12}
                    aria-describedby={`mail-${group}-hint`}
                    value={`${mail.subject}\n\n${mail.body}`}
                    onFocus={(e) => e.currentTarget.select()}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
