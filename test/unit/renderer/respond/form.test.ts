import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { itemOf, questionnaireOf } from '@shared/kernel/compass/questionnaires';
import { SITUATIONAL_INSTRUCTION } from '@shared/kernel/compass/scales';
import { buildInvitation, type InvitationInput } from '@shared/features/exchange/invitation';
import { responsePayloadSchema } from '@shared/features/exchange/formats';
import { decryptResponse, encryptResponse, generateRoundKeyPair, importRoundPrivateKey } from '@shared/features/exchange/responseCrypto';
import { startForm, type FormDeps } from '@renderer/respond/src/app';
import { validateInvitation, type ValidInvitation } from '@renderer/respond/src/invitation';

const ROUND = '3f0c2a1b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const KEY = { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'B'.repeat(43) } as const;

function valid(overrides: Partial<InvitationInput> = {}): ValidInvitation {
  const result = validateInvitation(
    JSON.parse(
      JSON.stringify(
        buildInvitation({ roundId: ROUND, leader: 'Anne de Vries', raterGroup: null, managerNonAnonymous: false, returnTo: null, language: 'nl', closesOn: null, questionnaire: 2, publicKey: KEY, ...overrides }),
      ),
    ),
  );
  if (!result.ok) throw new Error(result.problem);
  return result.invitation;
}

let ids = 0;
function deps(save: FormDeps['save'] = vi.fn(async () => 'kompas-antwoord-0a1b2c3d.json')): FormDeps {
  return { save, newId: () => `00000000-0000-4000-8000-00000000000${(ids += 1)}` };
}

function mount(invitation: ValidInvitation, d = deps()) {
  document.body.innerHTML = '<div id="app"></div>';
  return startForm(document.getElementById('app')!, invitation, d);
}

const heading = () => document.querySelector('h1')?.textContent;
const button = (text: string | RegExp) => {
  const found = [...document.querySelectorAll('button')].find((b) => (typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? '')));
  if (!found) throw new Error(`no button ${String(text)}`);
  return found;
};
const radio = (itemId: string, value: string) => document.getElementById(`item-${itemId.replace('.', '-')}-${value}`) as HTMLInputElement;

/** Answers every item on the dimension steps: value by item, "na" for every x.2 of even needles. */
function answerAll(): void {
  for (let step = 0; step < 5; step++) {
    for (const fieldset of document.querySelectorAll('fieldset.item')) {
      const id = fieldset.id.replace('item-', '').replace('-', '.');
      const needle = Number(id.split('.')[0]);
      radio(id, id.endsWith('.2') && needle % 2 === 0 ? 'na' : String(((needle + step) % 5) + 1)).click();
    }
    button('Volgende').click();
  }
}

beforeEach(() => {
  document.documentElement.lang = '';
});

describe('respondent form', () => {
  it('introduces the round and asks for the rater group when the invitation leaves it open', () => {
    mount(valid());
    expect(document.documentElement.lang).toBe('nl');
    expect(heading()).toBe('Over deze vragenlijst');
    expect(document.body.textContent).toContain('Anne de Vries vraagt u om feedback');
    expect(document.body.textContent).toContain('ongeveer 8 minuten');
    expect(document.querySelector('[data-testid="not-anonymous"]')).toBeNull();
    button('Naar de vragen').click();
    expect(heading()).toBe('Over deze vragenlijst');
    expect(document.querySelector('.error:not([hidden])')?.textContent).toBe('Kies eerst uw relatie tot deze leider.');
    expect(document.activeElement).toBe(document.getElementById('group-leidinggevende'));
    (document.getElementById('group-medewerker') as HTMLInputElement).click();
    button('Naar de vragen').click();
    expect(heading()).toBe('Dimensie I: Turbulente tijd');
    expect(document.activeElement).toBe(document.querySelector('h1'));
    expect(document.querySelectorAll('fieldset.item')).toHaveLength(4);
    expect(document.querySelectorAll('fieldset.item input[type=radio]')).toHaveLength(24);
  });

  it('warns before the first question when the manager answer is not anonymous', () => {
    mount(valid({ raterGroup: 'leidinggevende', managerNonAnonymous: true, leader: '' }));
    const warning = document.querySelector('[data-testid="not-anonymous"]');
    expect(warning?.textContent).toContain('Let op: dit antwoord is niet anoniem');
    expect(document.body.textContent).toContain('Iemand met wie u samenwerkt');
    expect(document.body.textContent).toContain('U vult deze vragenlijst in als leidinggevende.');
    expect(document.querySelector('#rater-group')).toBeNull();
  });

  it('requires every item before saving and links to what is missing', () => {
    const d = deps();
    mount(valid({ raterGroup: 'collega' }), d);
    button('Naar de vragen').click();
    radio('1.1', '4').click();
    expect(document.querySelector('[data-testid="progress"]')?.textContent).toBe('1 van 20 vragen beantwoord');
    for (let i = 0; i < 6; i++) button(/^(Volgende|Naar controleren)$/).click();
    expect(heading()).toBe('Controleren en opslaan');
    const missing = document.querySelector<HTMLElement>('[data-testid="missing"]');
    expect(missing?.querySelectorAll('li')).toHaveLength(19);
    button('Antwoord opslaan').click();
    expect(d.save).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(missing);
    button(`Ga naar: ${itemOf(2, '8.1').others.nl}`).click();
    expect(heading()).toBe('Dimensie IV: Politiek-ambtelijk samenspel');
    expect(document.activeElement).toBe(radio('8.1', '1'));
  });

  it('saves the exact payload, encrypted, and saves the same answer again', async () => {
    const keys = await generateRoundKeyPair();
    const privateKey = await importRoundPrivateKey(keys.privateKey);
    const files: string[] = [];
    const save = vi.fn(async (json: string, inv: ValidInvitation) => {
      files.push(JSON.stringify(await encryptResponse(json, inv.roundId, inv.publicKey)));
      return `kompas-antwoord-0000000${files.length}.json`;
    });
    const form = mount(valid({ publicKey: keys.publicKey }), deps(save));
    (document.getElementById('group-extern') as HTMLInputElement).click();
    button('Naar de vragen').click();
    const comment = document.querySelector('textarea')!;
    comment.value = '  Helder in onzekere tijden.  ';
    comment.dispatchEvent(new Event('input'));
    answerAll();
    const [keep, start] = document.querySelectorAll('textarea');
    keep!.value = 'Blijf de lange lijn bewaken.';
    keep!.dispatchEvent(new Event('input'));
    start!.value = '   ';
    start!.dispatchEvent(new Event('input'));
    button('Naar controleren').click();
    expect(document.querySelector('[data-testid="missing"]')).toBeNull();
    expect(document.body.textContent).toContain('Helder in onzekere tijden.');
    button('Antwoord opslaan').click();
    await vi.waitFor(() => expect(heading()).toBe('Uw antwoord is opgeslagen'));
    expect(document.querySelector('[data-testid="file-name"]')?.textContent).toBe('kompas-antwoord-00000001.json');

    const plain = await decryptResponse(JSON.parse(files[0]!), privateKey);
    const payload = responsePayloadSchema.parse(JSON.parse(plain!));
    expect(payload.responseId).toBe(form.state.responseId);
    expect(payload.raterGroup).toBe('extern');
    expect(Object.keys(payload.answers)).toEqual([...ALL_ITEM_IDS]);
    expect(payload.answers['2.2']).toBeNull();
    expect(payload.answers['1.1']).toBe(2);
    expect(payload.comments).toEqual({ keepDoing: 'Blijf de lange lijn bewaken.', needles: { '1': 'Helder in onzekere tijden.' } });

    button('Opnieuw opslaan').click();
    await vi.waitFor(() => expect(files).toHaveLength(2));
    expect(save.mock.calls[1]![0]).toBe(save.mock.calls[0]![0]);

    button('Opnieuw beginnen').click();
    button('Ja, begin opnieuw').click();
    expect(heading()).toBe('Over deze vragenlijst');
    expect(form.state.answers.size).toBe(0);
    expect(form.state.responseId).not.toBe(payload.responseId);
  });

  it('shows the scale of the invitation\'s questionnaire version, and the instruction with situational items', () => {
    const labels = (id: string) => [...document.querySelectorAll(`#item-${id.replace('.', '-')} .scale-label`)].map((l) => l.textContent);
    const hint = (id: string) => document.getElementById(`item-${id.replace('.', '-')}-situational`);
    mount(valid({ raterGroup: 'collega', questionnaire: 2 }));
    button('Naar de vragen').click();
    expect(labels('1.1')).toEqual(['(bijna) nooit', 'zelden', 'soms', 'vaak', '(bijna) altijd', 'Kan ik niet beoordelen']);
    const situational = questionnaireOf(2).items.filter((i) => i.situational && i.needle <= 2);
    expect(situational.length).toBeGreaterThan(0);
    for (const item of questionnaireOf(2).items.filter((i) => i.needle <= 2)) {
      const fieldset = document.getElementById(`item-${item.id.replace('.', '-')}`)!;
      // The invitation's text (the others' form of version 2), and the instruction only where the item is situational.
      expect(fieldset.querySelector('legend')?.textContent).toContain(item.others.nl);
      expect(hint(item.id)?.textContent ?? null).toBe(item.situational ? SITUATIONAL_INSTRUCTION.nl : null);
      expect(fieldset.getAttribute('aria-describedby')).toBe(item.situational ? `item-${item.id.replace('.', '-')}-situational` : null);
    }

    // A round made with version 1 keeps its own labels and texts, and has no situational items.
    mount(valid({ raterGroup: 'collega', questionnaire: 1, language: 'en' }));
    button('Go to the questions').click();
    expect(labels('1.1')).toEqual(['hardly ever', 'sometimes', 'regularly', 'often', '(almost) always', 'Cannot judge']);
    expect(document.querySelector('.situational')).toBeNull();
    expect(document.getElementById('item-1-1')?.querySelector('legend')?.textContent).toContain(itemOf(1, '1.1').others.en);
  });

  it('names where to send the answer on the first page and again after saving', async () => {
    const where = 'Secretariaat DG Bestuur, \\\\fileserver\\360\\Anne de Vries';
    mount(valid({ raterGroup: 'collega', returnTo: where, closesOn: '2026-03-31' }));
    expect(document.querySelector('[data-testid="return-to"]')?.textContent).toBe(`Stuur uw antwoord na het opslaan naar: ${where}`);
    expect(document.querySelector('[data-testid="return-to"] strong')?.textContent).toBe(where);
    button('Naar de vragen').click();
    answerAll();
    button('Naar controleren').click();
    button('Antwoord opslaan').click();
    await vi.waitFor(() => expect(heading()).toBe('Uw antwoord is opgeslagen'));
    const send = document.querySelector('[data-testid="send-to"]');
    expect(send?.querySelector('h2')?.textContent).toBe('Nog één stap: het bestand versturen');
    expect(send?.textContent).toContain('Stuur het bestand kompas-antwoord-0a1b2c3d.json naar:');
    expect(send?.querySelector('.return-target')?.textContent).toBe(where);
    expect(send?.textContent).toContain('Graag uiterlijk 31 maart 2026.');
    expect(document.body.textContent).not.toMatch(/coach|gedeelde map, zoals/);
  });

  it('an invitation without returnTo (made before it existed) says to send the file back as agreed, in both languages', async () => {
    mount(valid({ raterGroup: 'collega', returnTo: null }));
    expect(document.querySelector('[data-testid="return-to"]')?.textContent).toBe(
      'Stuur uw antwoord na het opslaan terug op de manier die u hebt afgesproken met degene die u deze uitnodiging stuurde.',
    );
    expect(document.body.textContent).not.toMatch(/coach|gedeelde map, zoals/);
    button('Naar de vragen').click();
    answerAll();
    button('Naar controleren').click();
    button('Antwoord opslaan').click();
    await vi.waitFor(() => expect(heading()).toBe('Uw antwoord is opgeslagen'));
    expect(document.querySelector('[data-testid="send-to"]')?.textContent).toContain(
      'Stuur het bestand kompas-antwoord-0a1b2c3d.json terug op de manier die u hebt afgesproken met degene die u deze uitnodiging stuurde.',
    );
    expect(document.querySelector('[data-testid="send-to"] .return-target')).toBeNull();
    expect(document.body.textContent).not.toMatch(/coach/);

    mount(valid({ raterGroup: 'collega', returnTo: null, language: 'en' }));
    expect(document.querySelector('[data-testid="return-to"]')?.textContent).toBe(
      'After saving, send your answer back in the way you agreed with the person who sent you this invitation.',
    );
    mount(valid({ raterGroup: 'collega', returnTo: 'feedback@example.org', language: 'en' }));
    expect(document.querySelector('[data-testid="return-to"]')?.textContent).toBe('After saving, send your answer to: feedback@example.org');
  });

  it('speaks English when the invitation says so', () => {
    mount(valid({ language: 'en', closesOn: '2026-03-31' }));
    expect(document.documentElement.lang).toBe('en');
    expect(heading()).toBe('About this questionnaire');
    expect(document.body.textContent).toContain('by 31 March 2026');
  });
});
