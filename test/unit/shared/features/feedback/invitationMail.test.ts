/** The e-mail the app proposes beside an invitation: where answers go, by when, and what to do when the attachment is blocked. */
import { describe, expect, it } from 'vitest';
import { invitationMailText, type MailInput } from '@shared/features/feedback/invitationMail';

const input: MailInput = {
  language: 'nl',
  roundName: 'Najaar 2026',
  leader: 'Anne de Vries',
  fileName: 'kompas-uitnodiging-collegas.html',
  closesOn: '12 december 2026',
  anonymous: true,
  returnTo: 'Coach Jan Smit, jan.smit@example.nl',
};

describe('invitationMailText', () => {
  it.each(['nl', 'en'] as const)('in %s: every paragraph filled in, where answers go on a line of its own', (language) => {
    const { subject, body } = invitationMailText({ ...input, language });
    expect(subject).toContain('Najaar 2026');
    expect(body).not.toMatch(/{{|}}|undefined/);
    expect(body).toContain('Anne de Vries');
    expect(body).toContain('kompas-uitnodiging-collegas.html');
    expect(body).toContain('\nCoach Jan Smit, jan.smit@example.nl\n');
    expect(body).toContain('12 december 2026');
    expect(body.split('\n\n')).toHaveLength(7);
  });

  it.each(['nl', 'en'] as const)('in %s, for a round a coach holds: the coach asks, the coach\'s app opens the answers, the leader sees only the report', (language) => {
    const own = invitationMailText({ ...input, language }).body;
    const { body } = invitationMailText({ ...input, language, heldByCoach: true });
    expect(body).not.toMatch(/{{|}}|undefined/);
    expect(body).toContain(language === 'nl' ? 'Als coach van Anne de Vries vraag ik u' : 'As the coach of Anne de Vries, I am asking');
    expect(body).toContain(language === 'nl' ? 'alleen mijn app als coach kan het openen' : 'only my app as the coach can open it');
    expect(body).toContain(language === 'nl' ? 'De leider ziet alleen het samengevatte rapport' : 'The leader sees only the summarised report');
    expect(own).not.toContain(language === 'nl' ? 'samengevatte rapport' : 'summarised report');
    expect(body.split('\n\n')).toHaveLength(7);
    // Without a name, and for a named manager (whose answers the report shows as theirs): no promise of a summary only.
    expect(invitationMailText({ ...input, language, heldByCoach: true, leader: '' }).body).not.toMatch(/{{|}}/);
    expect(invitationMailText({ ...input, language, heldByCoach: true, anonymous: false }).body).not.toContain(
      language === 'nl' ? 'samengevatte rapport' : 'summarised report',
    );
  });

  it('says what to do when the attachment is blocked or only previewed', () => {
    expect(invitationMailText(input).body).toMatch(/Houdt uw e-mailprogramma de bijlage tegen, of toont het alleen een voorbeeld\? Sla de bijlage dan eerst/);
    expect(invitationMailText({ ...input, language: 'en' }).body).toMatch(/block the attachment, or only show a preview\? Then first save/);
  });

  it('without a name, closing date or recorded address: says so in other words, never with empty blanks', () => {
    const { body } = invitationMailText({ ...input, leader: '  ', closesOn: null, returnTo: null });
    expect(body).toContain('Ik vraag u om feedback op mijn leiderschap');
    expect(body).toContain('zoals de afzender van deze e-mail met u afspreekt');
    expect(body).not.toContain('uiterlijk');
    expect(body).not.toMatch(/naar:\s*$/m);
  });

  it('tells a non-anonymous manager plainly', () => {
    expect(invitationMailText({ ...input, anonymous: false }).body).toContain('Let op: uw antwoord als leidinggevende is niet anoniem.');
  });
});
