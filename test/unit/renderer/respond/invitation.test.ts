import { describe, expect, it } from 'vitest';
import { buildInvitation, embedInvitation, INVITATION_ELEMENT_ID, INVITATION_PLACEHOLDER } from '@shared/features/exchange/invitation';
import { invitationSchema, type Invitation } from '@shared/features/exchange/formats';
import { readInvitation, validateInvitation } from '@renderer/respond/src/invitation';
import { itemOf, questionnaireOf } from '@shared/kernel/compass/questionnaires';

const KEY = { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'B'.repeat(43) } as const;
const ROUND = '3f0c2a1b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function invitation(overrides: Partial<Parameters<typeof buildInvitation>[0]> = {}): Invitation {
  return buildInvitation({
    roundId: ROUND,
    leader: 'Anne de Vries',
    raterGroup: null,
    managerNonAnonymous: false,
    returnTo: null,
    language: 'nl',
    closesOn: '2026-03-31',
    questionnaire: 2,
    publicKey: KEY,
    ...overrides,
  });
}

function loadPage(html: string): void {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

type Mutation = [string, (inv: Record<string, unknown>) => unknown];
const clone = (inv: Invitation): Record<string, unknown> => JSON.parse(JSON.stringify(inv)) as Record<string, unknown>;
const items = (inv: Record<string, unknown>) => (inv.questionnaire as { items: Record<string, unknown>[] }).items;

/** Invalid variants, each of which the shared zod schema also refuses. */
const INVALID: Mutation[] = [
  ['extra field (a timestamp)', (inv) => ({ ...inv, createdAt: '2026-01-01T10:00:00Z' })],
  ['other format', (inv) => ({ ...inv, format: 'ambtelijk-kompas/antwoord' })],
  ['version as text', (inv) => ({ ...inv, version: '1' })],
  ['round id not a uuid', (inv) => ({ ...inv, roundId: 'abc' })],
  ['leader too long', (inv) => ({ ...inv, leader: 'x'.repeat(121) })],
  ['unknown rater group', (inv) => ({ ...inv, raterGroup: 'vriend' })],
  ['anonymous not boolean', (inv) => ({ ...inv, anonymous: 'ja' })],
  ['unknown language', (inv) => ({ ...inv, language: 'de' })],
  ['impossible closing date', (inv) => ({ ...inv, closesOn: '2026-02-30' })],
  ['other questionnaire', (inv) => ({ ...inv, questionnaire: { ...(inv.questionnaire as object), id: 'ander' } })],
  ['questionnaire version 0', (inv) => ({ ...inv, questionnaire: { ...(inv.questionnaire as object), version: 0 } })],
  ['questionnaire version as text', (inv) => ({ ...inv, questionnaire: { ...(inv.questionnaire as object), version: '2' } })],
  ['key with a private part', (inv) => ({ ...inv, publicKey: { ...KEY, d: 'C'.repeat(43) } })],
  ['key of the wrong length', (inv) => ({ ...inv, publicKey: { ...KEY, x: 'A'.repeat(42) } })],
  ['item with an extra field', (inv) => (items(inv)[0]!.extra = 1, inv)],
  ['item text missing English', (inv) => ((items(inv)[0]!.text = { nl: 'x' }), inv)],
];

describe('validateInvitation', () => {
  it('accepts what buildInvitation writes, with items in questionnaire order', () => {
    const result = validateInvitation(clone(invitation({ language: 'en' })));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.invitation.language).toBe('en');
    expect(result.invitation.formItems.map((i) => i.id).slice(0, 3)).toEqual(['1.1', '1.2', '2.1']);
    expect(result.invitation.formItems).toHaveLength(20);
  });

  it('accepts a non-anonymous manager invitation', () => {
    const inv = invitation({ raterGroup: 'leidinggevende', managerNonAnonymous: true });
    expect(inv.anonymous).toBe(false);
    expect(validateInvitation(clone(inv)).ok).toBe(true);
  });

  it('refuses anonymous:false for any group but leidinggevende, like the shared schema', () => {
    for (const raterGroup of ['collega', 'medewerker', 'extern', null] as const) {
      const inv = { ...clone(invitation({ raterGroup })), anonymous: false };
      expect(invitationSchema.safeParse(inv).success).toBe(false);
      expect(validateInvitation(inv)).toEqual({ ok: false, problem: 'managerOnly' });
    }
  });

  it.each(INVALID)('refuses: %s (and so does the shared schema)', (_name, mutate) => {
    const inv = mutate(clone(invitation()));
    expect(invitationSchema.safeParse(inv).success).toBe(false);
    expect(validateInvitation(inv)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('refuses a questionnaire without all 20 items, with a duplicate, or with a wrong needle', () => {
    const short = clone(invitation());
    items(short).pop();
    expect(validateInvitation(short).ok).toBe(false);
    const duplicate = clone(invitation());
    items(duplicate)[1] = items(duplicate)[0]!;
    expect(validateInvitation(duplicate).ok).toBe(false);
    const wrongNeedle = clone(invitation());
    items(wrongNeedle)[0]!.needle = 2;
    expect(validateInvitation(wrongNeedle).ok).toBe(false);
  });

  it('accepts both questionnaire versions, with the items and the version of the round, situational flags from its own copy', () => {
    for (const version of [1, 2] as const) {
      const inv = invitation({ questionnaire: version });
      expect(invitationSchema.safeParse(inv).success).toBe(true);
      // Exactly the fields of spec §1 per item: the others' form of that version.
      expect(inv.questionnaire.items[0]).toEqual({ id: '1.1', needle: 1, text: { nl: itemOf(version, '1.1').others.nl, en: itemOf(version, '1.1').others.en } });
      const result = validateInvitation(clone(inv));
      expect(result.ok && result.invitation.questionnaireVersion).toBe(version);
      if (!result.ok) continue;
      expect(result.invitation.formItems.map((i) => i.situational)).toEqual(questionnaireOf(version).items.map((i) => i.situational));
    }
    expect(validateInvitation(clone(invitation({ questionnaire: 1 }))).ok && questionnaireOf(1).items.some((i) => i.situational)).toBe(false);
  });

  it('names a newer version (of the file or of the questionnaire) separately, and null as missing', () => {
    expect(validateInvitation({ ...clone(invitation()), version: 2 })).toEqual({ ok: false, problem: 'version' });
    const newer = clone(invitation());
    (newer.questionnaire as { version: number }).version = 3;
    expect(validateInvitation(newer)).toEqual({ ok: false, problem: 'version' });
    expect(invitationSchema.safeParse(newer).success).toBe(false);
    expect(validateInvitation(null)).toEqual({ ok: false, problem: 'missing' });
    expect(validateInvitation([])).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('readInvitation', () => {
  const template = `<!doctype html><html><head></head><body><div id="app"></div>${INVITATION_PLACEHOLDER}</body></html>`;

  it('reads an embedded invitation, also with < in the leader name', () => {
    loadPage(embedInvitation(template, invitation({ leader: 'A <b>B</b> </script>' })));
    const result = readInvitation(document);
    expect(result.ok && result.invitation.leader).toBe('A <b>B</b> </script>');
  });

  it('reports the empty template as missing', () => {
    loadPage(template);
    expect(document.getElementById(INVITATION_ELEMENT_ID)).not.toBeNull();
    expect(readInvitation(document)).toEqual({ ok: false, problem: 'missing' });
    loadPage('<html><body></body></html>');
    expect(readInvitation(document)).toEqual({ ok: false, problem: 'missing' });
  });

  it('reports garbled JSON as invalid', () => {
    loadPage(template.replace('>null<', '>{"format": "ambtelijk-kompas/uitnodiging", <'));
    expect(readInvitation(document)).toEqual({ ok: false, problem: 'invalid' });
  });
});
