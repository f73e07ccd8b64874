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
  /** A coach holds the round (spec §7): the coach asks, the coach's app opens the answers, the leader sees only the report. */
  readonly heldByCoach?: boolean;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

export function invitationMailText(input: MailInput): { subject: string; body: string } {
  const t = input.language === 'en' ? en : nl;
  const leader = input.leader.trim();
  const ask = input.heldByCoach
    ? leader
      ? fill(t.askForLeader, { leader })
      : t.askForLeaderNoName
    : leader
      ? fill(t.ask, { leader })
      : t.askNoName;
  const anonymity: string[] = [input.anonymous ? (input.heldByCoach ? t.anonymousCoach : t.anonymous) : t.notAnonymous];
  if (input.heldByCoach && input.anonymous) anonymity.push(t.summaryOnly);
  // What is asked, how to answer, what to do when the attachment is blocked, anonymity, where to send
  // it (on a line of its own, so an address is copied without a full stop) and by when.
  const paragraphs = [
    [t.greeting],
    [ask],
    [fill(t.howTo, { file: input.fileName })],
    [t.blocked],
    anonymity,
    [...(input.returnTo ? [t.sendBack, input.returnTo] : [t.sendBackUnknown]), ...(input.closesOn ? [fill(t.closes, { date: input.closesOn })] : [])],
    [t.thanks],
  ];
  return { subject: fill(t.subject, { round: input.roundName }), body: paragraphs.map((lines) => lines.join('\n')).join('\n\n') };
}
