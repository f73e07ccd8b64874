import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaterGroup } from '@shared/features/exchange/formats';

interface Props {
  readonly group: RaterGroup;
  /** The group's name as shown. */
  readonly label: string;
  readonly subject: string;
  readonly body: string;
}

type Part = 'subject' | 'text';

/**
 * The proposed e-mail for one group: subject and text, each with a copy button. Copying uses the
 * clipboard; where the browser or the system refuses it, the text is selected to copy by hand.
 */
export function MailText({ group, label, subject, body }: Props) {
  const { t } = useTranslation();
  const subjectRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const ids = { subject: `mail-${group}-subject`, text: `mail-${group}`, hint: `mail-${group}-hint`, status: `mail-${group}-status` };

  async function copy(part: Part): Promise<void> {
    // Cleared first, so the same confirmation twice is announced twice.
    setStatus('');
    const value = part === 'subject' ? subject : body;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus(part === 'subject' ? t('feedback.mail.copiedSubject', { group: label }) : t('feedback.mail.copiedText', { group: label }));
    } catch {
      const field = part === 'subject' ? subjectRef.current : textRef.current;
      field?.focus();
      field?.select();
      setStatus(t('feedback.mail.copyRefused'));
    }
  }

  return (
    <div className="mail">
      <p id={ids.hint} className="field__hint">
        {t('feedback.round.mailHint')}
      </p>
      <div className="field">
        <label htmlFor={ids.subject} className="field__label">
          {t('feedback.mail.subject', { group: label })}
        </label>
        <input
          ref={subjectRef}
          id={ids.subject}
          className="input"
          readOnly
          value={subject}
          aria-describedby={ids.hint}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.text} className="field__label">
          {t('feedback.round.mailText', { group: label })}
        </label>
        <textarea
          ref={textRef}
          id={ids.text}
          readOnly
          rows={14}
          aria-describedby={ids.hint}
          value={body}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="copy-row">
        <button type="button" className="button button--secondary" onClick={() => void copy('subject')}>
          {t('feedback.mail.copySubject')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void copy('text')}>
          {t('feedback.mail.copyText')}
        </button>
      </div>
      <p id={ids.status} className="copy-status" role="status">
        {status}
      </p>
    </div>
  );
}
