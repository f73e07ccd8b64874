/** The preview of what each group receives says what its invitation says. */
import { describe, expect, it } from 'vitest';
import { buildInvitation } from '@shared/features/exchange/invitation';
import { RATER_GROUPS } from '@shared/features/exchange/formatConstants';
import { invitationPreview } from '@shared/features/feedback/invitationPreview';
import { closesOnInPast } from '@shared/features/feedback/roundDates';
import { vectorRound } from '../../../../fixtures/feedback';

describe('invitationPreview', () => {
  it.each([true, false])('per group, as its invitation (manager named: %s)', (managerNonAnonymous) => {
    const round = { groups: RATER_GROUPS, managerNonAnonymous, closesOn: '2026-12-12', returnTo: 'coach@example.nl', language: 'en', questionnaire: 2 } as const;
    const preview = invitationPreview(round);
    expect(preview.map((p) => p.group)).toEqual(RATER_GROUPS);
    for (const p of preview) {
      const invitation = buildInvitation({ ...round, roundId: vectorRound().roundId, leader: '', raterGroup: p.group, publicKey: vectorRound().publicKey });
      expect(p).toEqual({
        group: p.group,
        anonymous: invitation.anonymous,
        questions: invitation.questionnaire.items.length,
        minutes: 8,
        closesOn: invitation.closesOn,
        returnTo: invitation.returnTo,
        language: invitation.language,
        questionnaire: invitation.questionnaire.version,
      });
    }
    expect(preview.filter((p) => !p.anonymous).map((p) => p.group)).toEqual(managerNonAnonymous ? ['leidinggevende'] : []);
    expect(preview[0]?.questions).toBe(20);
  });
});

describe('closesOnInPast', () => {
  it('only a date before today', () => {
    expect(closesOnInPast('2026-11-29', '2026-11-30')).toBe(true);
    expect(closesOnInPast('1999-01-01', '2026-11-30')).toBe(true);
    expect(closesOnInPast('2026-11-30', '2026-11-30')).toBe(false);
    expect(closesOnInPast('2026-12-01', '2026-11-30')).toBe(false);
    expect(closesOnInPast(null, '2026-11-30')).toBe(false);
  });
});
