/** The e-mail text beside an invitation: what to do, how long, why it is anonymous, where to send it. */
import type { Lang } from '../../kernel/compass/model';
import { invitationMail as en } from '../../i18n/en/invitationMail';
import { invitationMail as nl } from '../../i18n/nl/invitationMail';

export interface MailInput {
  readonly language: Lang;
  readonly roundName: string;
  readonly leader: string;
  readonly fileName: string;
  /** Formatted closing date, or null. */
  readonly closesOn: string | null;
  readonly anonymous: boolean;
  /** Where respondents send their answer; null for rounds made before it existed. */
  readonly returnTo: string | null;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

export function invitationMailText(input: MailInput): { subject: string; body: string } {
  const t = input.language === 'en' ? en : nl;
  // What is asked, how to answer, what to do when the attachment is blocked, anonymity, where to send
  // it (on a line of its own, so an address is copied without a full stop) and by when.
  const paragraphs = [
    [t.greeting],
    [input.leader.trim() ? fill(t.ask, { leader: input.leader.trim() }) : t.askNoName],
    [fill(t.howTo, { file: input.fileName })],
    [t.blocked],
    [input.anonymous ? t.anonymous : t.notAnonymous],
    [...(input.returnTo ? [t.sendBack, input.returnTo] : [t.sendBackUnknown]), ...(input.closesOn ? [fill(t.closes, { date: input.closesOn })] : [])],
    [t.thanks],
  ];
  return { subject: fill(t.subject, { round: input.roundName }), body: paragraphs.map((lines) => lines.join('\n')).join('\n\n') };
}
