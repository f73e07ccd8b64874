/**
 * Questionnaire `kompas` v2 against the item rules of issue 8 that a machine can check, and both versions
 * side by side: the same 20 ids, two per needle, lookups per version, the scale labels per version.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import {
  LANGUAGES,
  NEEDLE_IDS,
  QUESTIONNAIRE_VERSIONS,
  SCALE_VALUES,
  type ItemId,
  type Lang,
  type Questionnaire,
  type QuestionnaireItem,
} from '@shared/kernel/compass/model';
import { KOMPAS_V1, itemById, itemsOfNeedle } from '@shared/kernel/compass/questionnaire';
import { KOMPAS_V2 } from '@shared/kernel/compass/questionnaireV2';
import {
  CURRENT_QUESTIONNAIRE_VERSION,
  QUESTIONNAIRES,
  isQuestionnaireVersion,
  itemOf,
  itemsOfNeedleIn,
  questionnaireIsComplete,
  questionnaireOf,
} from '@shared/kernel/compass/questionnaires';
import { SITUATIONAL_INSTRUCTION, noAnswerLabel, scaleLabel, scaleOf } from '@shared/kernel/compass/scales';

const SUBJECT = {
  self: { nl: 'Ik ', en: 'I ' },
  others: { nl: 'Deze leider ', en: 'This leader ' },
} as const;

/**
 * Items whose text contains "en" / "and" although they ask about one behaviour, each with the reason it
 * was reviewed and accepted. Reviewed for v2: no item needs the word, so the list is empty; an item that
 * gains "en"/"and" must be listed here with a reason, or rewritten.
 */
const CONJUNCTION_ALLOWLIST: Readonly<Partial<Record<ItemId, string>>> = {};

const CONJUNCTION: Record<Lang, RegExp> = { nl: /\ben\b/i, en: /\band\b/i };

/**
 * Words that issue 8 found in v1 items and that v2 must not contain: purpose clauses (an intention cannot
 * be observed), the loaded "willekeur", and "ons/onze/our/us", which an external rater cannot place.
 */
const BANNED: Record<Lang, RegExp> = {
  nl: /\b(zodat|om te horen|willekeur|centraal|ons|onze|je|jij|jouw)\b/i,
  en: /\b(so that|in order to|arbitrary|central|our|us|we|team member)\b/i,
};

/** One sentence: a single full stop, at the end, and no other sentence mark. */
function isOneSentence(text: string): boolean {
  return text.endsWith('.') && !/[.!?;:]/.test(text.slice(0, -1));
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}’'-]+/gu, ' ')
    .trim()
    .split(/\s+/);
}

/** Verb forms that go with "Ik"/"I" and with "Deze leider"/"This leader" and are not stem + t / s / es. */
const IRREGULAR: Record<Lang, Record<string, string>> = { nl: { ga: 'gaat', heb: 'heeft', ben: 'is' }, en: { am: 'is', do: 'does', have: 'has' } };

function isVerbFormPair(self: string, others: string, lang: Lang): boolean {
  if (IRREGULAR[lang][self] === others) return true;
  return lang === 'nl' ? others === `${self}t` : others === `${self}s` || others === `${self}es`;
}

/**
 * The differences between the self and the others form of an item, after the subject: the words must be
 * the same, one by one, except for at most one verb that takes the third-person form.
 */
function formDifferences(item: QuestionnaireItem, lang: Lang): string[] {
  const self = words(item.self[lang].slice(SUBJECT.self[lang].length));
  const others = words(item.others[lang].slice(SUBJECT.others[lang].length));
  if (self.length !== others.length) return [`${item.id} ${lang}: ${self.length} words vs ${others.length}`];
  const differing = self.flatMap((word, i) => (word === others[i] ? [] : [[word, others[i] ?? '']]));
  const problems = differing
    .filter(([a, b]) => !isVerbFormPair(a ?? '', b ?? '', lang))
    .map(([a, b]) => `${item.id} ${lang}: "${a}" vs "${b}"`);
  if (differing.length > 1) problems.push(`${item.id} ${lang}: ${differing.length} words differ`);
  return problems;
}

function conjunctionsOutsideAllowlist(items: readonly QuestionnaireItem[]): string[] {
  return items.flatMap((item) =>
    LANGUAGES.flatMap((lang) =>
      [item.self[lang], item.others[lang]]
        .filter((text) => CONJUNCTION[lang].test(text) && CONJUNCTION_ALLOWLIST[item.id] === undefined)
        .map((text) => `${item.id}: ${text}`),
    ),
  );
}

describe('questionnaire kompas v2: item rules', () => {
  const items = KOMPAS_V2.items;

  it.each(items.map((item) => [item.id, item] as const))('%s: one sentence, the right subject, at most 160 characters', (_id, item) => {
    for (const lang of LANGUAGES) {
      for (const form of ['self', 'others'] as const) {
        const text = item[form][lang];
        expect(isOneSentence(text), `${form} ${lang}: ${text}`).toBe(true);
        expect(text.startsWith(SUBJECT[form][lang]), `${form} ${lang}: ${text}`).toBe(true);
        expect(text.length, `${form} ${lang}: ${text}`).toBeLessThanOrEqual(160);
        expect(text, `${form} ${lang}`).toBe(text.trim());
      }
    }
  });

  it('joins no two behaviours with "en"/"and", except reviewed and listed items', () => {
    expect(conjunctionsOutsideAllowlist(items)).toEqual([]);
    for (const [id, reason] of Object.entries(CONJUNCTION_ALLOWLIST)) {
      const item = itemOf(2, id as ItemId);
      expect(reason?.trim().length, id).toBeGreaterThan(10);
      expect(LANGUAGES.some((lang) => CONJUNCTION[lang].test(item.self[lang])), `${id} is listed but has no en/and`).toBe(true);
    }
  });

  it('says the same in the self and the others form: only the subject and its verb differ', () => {
    expect(items.flatMap((item) => LANGUAGES.flatMap((lang) => formDifferences(item, lang)))).toEqual([]);
  });

  it('avoids the wording issue 8 found in v1: purpose clauses, loaded words, "ons", "je", "team member"', () => {
    for (const item of items) {
      for (const lang of LANGUAGES) {
        for (const text of [item.self[lang], item.others[lang]]) expect(BANNED[lang].test(text), text).toBe(false);
      }
    }
  });

  it('rewrites every item issue 8 found fault with, and keeps unfaulted items word for word', () => {
    const rewritten: ItemId[] = ['1.1', '1.2', '2.2', '3.1', '3.2', '4.1', '4.2', '5.2', '6.1', '7.1', '7.2', '8.1', '9.2', '10.2'];
    for (const id of ALL_ITEM_IDS) {
      const same = itemOf(1, id).self.nl === itemOf(2, id).self.nl;
      expect(same, id).toBe(!rewritten.includes(id));
    }
  });

  it('marks the situational items, and no v1 item', () => {
    expect(KOMPAS_V1.items.every((item) => item.situational === false)).toBe(true);
    const situational = items.filter((item) => item.situational).map((item) => item.id);
    expect(situational).toEqual(['1.1', '1.2', '2.2', '4.1', '4.2', '5.2', '6.1', '8.1']);
  });

  it('has every text unique within the version', () => {
    const texts = items.flatMap((i) => LANGUAGES.flatMap((lang) => [i.self[lang], i.others[lang]]));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('catches the v1 faults (the checks can fail)', () => {
    const v1 = (id: ItemId): QuestionnaireItem => itemById(id);
    expect(BANNED.nl.test(v1('10.2').self.nl)).toBe(true); // "zodat"
    expect(BANNED.nl.test(v1('4.2').self.nl)).toBe(true); // "willekeur"
    expect(BANNED.en.test(v1('6.1').self.en)).toBe(true); // "team member"
    expect(isOneSentence('Ik luister. Ik vraag door.')).toBe(false);
    expect(isOneSentence('Ik luister; ik vraag door.')).toBe(false);
    expect(isOneSentence('Ik luister')).toBe(false);
    const double = { ...v1('9.1'), id: '9.1' as const, self: { nl: 'Ik luister en ik vraag door.', en: 'I listen and ask further.' } };
    expect(conjunctionsOutsideAllowlist([double])).toHaveLength(2);
    const unequal = { ...v1('9.1'), others: { nl: 'Deze leider neemt soms een standpunt in, ook als dat ongemakkelijk is.', en: v1('9.1').others.en } };
    expect(formDifferences(unequal, 'nl')).not.toEqual([]);
    expect(formDifferences(unequal, 'en')).toEqual([]);
  });
});

describe('questionnaires side by side', () => {
  it('has exactly the versions 1 and 2, each under its own number, and v2 is current', () => {
    expect(Object.keys(QUESTIONNAIRES).map(Number)).toEqual([...QUESTIONNAIRE_VERSIONS]);
    for (const version of QUESTIONNAIRE_VERSIONS) {
      expect(questionnaireOf(version).version).toBe(version);
      expect(questionnaireOf(version).id).toBe('kompas');
    }
    expect(QUESTIONNAIRES[1]).toBe(KOMPAS_V1);
    expect(QUESTIONNAIRES[2]).toBe(KOMPAS_V2);
    expect(CURRENT_QUESTIONNAIRE_VERSION).toBe(Math.max(...QUESTIONNAIRE_VERSIONS));
    expect(isQuestionnaireVersion(2)).toBe(true);
    expect(isQuestionnaireVersion(3)).toBe(false);
    expect(isQuestionnaireVersion('1')).toBe(false);
  });

  it('is complete in every version: the 20 ids 1.1 … 10.2, two per needle', () => {
    for (const version of QUESTIONNAIRE_VERSIONS) {
      const questionnaire = questionnaireOf(version);
      expect(questionnaireIsComplete(questionnaire), `v${version}`).toBe(true);
      expect(questionnaire.items.map((i) => i.id)).toEqual([...ALL_ITEM_IDS]);
      for (const n of NEEDLE_IDS) {
        expect(itemsOfNeedleIn(version, n).map((i) => i.id)).toEqual([`${n}.1`, `${n}.2`]);
      }
    }
  });

  it('notices a missing, extra, reordered or misplaced item (the check can fail)', () => {
    const items = KOMPAS_V2.items;
    const variant = (changed: readonly QuestionnaireItem[]): Questionnaire => ({ ...KOMPAS_V2, items: changed });
    expect(questionnaireIsComplete(variant(items.slice(1)))).toBe(false);
    expect(questionnaireIsComplete(variant([...items, items[0] as QuestionnaireItem]))).toBe(false);
    expect(questionnaireIsComplete(variant([items[1], items[0], ...items.slice(2)] as QuestionnaireItem[]))).toBe(false);
    expect(questionnaireIsComplete(variant(items.map((i) => (i.id === '3.1' ? { ...i, needle: 4 as const } : i))))).toBe(false);
  });

  it('keeps every v1 text as it was answered with (frozen history)', () => {
    const texts = KOMPAS_V1.items.map((i) => [i.id, i.needle, i.self.nl, i.self.en, i.others.nl, i.others.en]);
    const digest = createHash('sha256').update(JSON.stringify(texts)).digest('hex');
    expect(digest).toBe('b55bb737b07a2684bda536a8882f4a046517ac6ffebb718a88e534951fc8d6f0');
  });

  it('looks items up per version, and keeps the v1 lookups on v1', () => {
    expect(itemOf(1, '3.1')).toBe(itemById('3.1'));
    expect(itemOf(2, '3.1')).not.toBe(itemById('3.1'));
    expect(itemOf(2, '9.2').self.nl).toBe('Ik vraag medewerkers vóór een besluit om tegenargumenten.');
    expect(itemsOfNeedleIn(1, 5)).toEqual(itemsOfNeedle(5));
    expect(() => itemOf(2, '11.1' as ItemId)).toThrow();
  });
});

describe('answer scales', () => {
  it('keeps the v1 labels the v1 answers were given with', () => {
    expect(SCALE_VALUES.map((v) => scaleLabel(1, v).nl)).toEqual(['nauwelijks', 'soms', 'regelmatig', 'vaak', '(bijna) altijd']);
    expect(SCALE_VALUES.map((v) => scaleLabel(1, v).en)).toEqual(['hardly ever', 'sometimes', 'regularly', 'often', '(almost) always']);
    expect(noAnswerLabel(1, 'self').nl).toBe('Kan ik niet beoordelen');
    expect(noAnswerLabel(1, 'others').nl).toBe('Kan ik niet beoordelen');
  });

  it('has the symmetric v2 scale, "niet van toepassing" for self and "kan ik niet beoordelen" for others', () => {
    expect(SCALE_VALUES.map((v) => scaleLabel(2, v).nl)).toEqual(['(bijna) nooit', 'zelden', 'soms', 'vaak', '(bijna) altijd']);
    expect(SCALE_VALUES.map((v) => scaleLabel(2, v).en)).toEqual(['(almost) never', 'rarely', 'sometimes', 'often', '(almost) always']);
    expect(noAnswerLabel(2, 'self')).toEqual({ nl: 'Niet van toepassing', en: 'Not applicable' });
    expect(noAnswerLabel(2, 'others')).toEqual({ nl: 'Kan ik niet beoordelen', en: 'Cannot judge' });
    expect(scaleOf(2).values[3]).toEqual(scaleLabel(2, 3));
  });

  it('has distinct labels per version and a one-sentence instruction for situational items', () => {
    for (const version of QUESTIONNAIRE_VERSIONS) {
      for (const lang of LANGUAGES) {
        const labels = SCALE_VALUES.map((v) => scaleLabel(version, v)[lang]);
        expect(new Set(labels).size, `v${version} ${lang}`).toBe(5);
      }
    }
    for (const lang of LANGUAGES) expect(isOneSentence(SITUATIONAL_INSTRUCTION[lang])).toBe(true);
  });
});
