/**
 * Dutch and English say the same, and the Dutch says "u": every content field exists in both languages
 * with the same number of sentences and the same closing mark; no "je" outside the official names;
 * political office-holders are called so; the English uses "staff" and none of the Dutch-English that
 * issue 8 found; every route has a personal three-month prompt, and route h keeps the minister in place.
 */
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, NEEDLES, ROUTES } from '@shared/kernel/compass/content';
import { LANGUAGES, QUESTIONNAIRE_VERSIONS, SCALE_VALUES, type Localized } from '@shared/kernel/compass/model';
import { KOMPAS_V1 } from '@shared/kernel/compass/questionnaire';
import { KOMPAS_V2 } from '@shared/kernel/compass/questionnaireV2';
import { SITUATIONAL_INSTRUCTION, noAnswerLabel, scaleLabel } from '@shared/kernel/compass/scales';

/** Closing marks of sentences: ., ! or ? followed by whitespace or the end of the text. */
function sentenceMarks(text: string): string[] {
  return text.trim().match(/[.!?](?=\s|$)/g) ?? [];
}

const WRITTEN: [string, Localized][] = [
  ...DIMENSIONS.map((d): [string, Localized] => [`dimension ${d.id} summary`, d.summary]),
  ...NEEDLES.map((n): [string, Localized] => [`needle ${n.id} explanation`, n.explanation]),
  ...ROUTES.flatMap((r): [string, Localized][] => [
    [`route ${r.id} explanation`, r.explanation],
    [`route ${r.id} prompt`, r.prompt],
  ]),
  ...KOMPAS_V2.items.flatMap((i): [string, Localized][] => [
    [`v2 item ${i.id} self`, i.self],
    [`v2 item ${i.id} others`, i.others],
  ]),
  ['situational instruction', SITUATIONAL_INSTRUCTION],
];

const NAMES: [string, Localized][] = [...DIMENSIONS, ...NEEDLES, ...ROUTES].map((e): [string, Localized] => [`name ${e.id}`, e.name]);

const LABELS: [string, Localized][] = QUESTIONNAIRE_VERSIONS.flatMap((v) => [
  ...SCALE_VALUES.map((value): [string, Localized] => [`scale v${v} ${value}`, scaleLabel(v, value)]),
  [`scale v${v} self`, noAnswerLabel(v, 'self')] as [string, Localized],
  [`scale v${v} others`, noAnswerLabel(v, 'others')] as [string, Localized],
]);

const V1_ITEMS: [string, Localized][] = KOMPAS_V1.items.flatMap((i): [string, Localized][] => [
  [`v1 item ${i.id} self`, i.self],
  [`v1 item ${i.id} others`, i.others],
]);

describe('nl/en parity of the compass content', () => {
  it.each([...WRITTEN, ...NAMES, ...LABELS, ...V1_ITEMS])('%s: both languages filled', (_label, text) => {
    expect(Object.keys(text).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) {
      expect(text[lang].trim().length, lang).toBeGreaterThan(0);
      expect(text[lang], lang).toBe(text[lang].trim());
      expect(text[lang], lang).not.toMatch(/\s{2,}/);
    }
  });

  it.each(WRITTEN)('%s: the same sentences, marks and figures in both languages', (_label, text) => {
    expect(sentenceMarks(text.en)).toEqual(sentenceMarks(text.nl));
    expect(text.en.match(/\d+/g) ?? []).toEqual(text.nl.match(/\d+/g) ?? []);
  });
});

describe('register', () => {
  const dutch = WRITTEN.map(([label, text]) => [label, text.nl] as const);
  const english = WRITTEN.map(([label, text]) => [label, text.en] as const);

  it('addresses the reader as "u", never "je", outside the official names', () => {
    const informal = /\b(je|jij|jou|jouw|jezelf|jullie)\b/i;
    expect(dutch.filter(([, text]) => informal.test(text))).toEqual([]);
    expect(dutch.some(([, text]) => /\bu\b/.test(text))).toBe(true);
    expect(DIMENSIONS.find((d) => d.id === 'V')?.summary.nl).toMatch(/\bu\b/);
  });

  it('says "politiek bestuurder(s)" or "bewindspersoon" where political office-holders are meant', () => {
    const bare = /(?<!politiek )\bbestuurders?\b/i;
    expect(dutch.filter(([, text]) => bare.test(text))).toEqual([]);
  });

  it('uses "staff" and natural English, without the Dutch-English issue 8 found', () => {
    const wrong = /team member|go(es)? out into practice|works out unreasonably|undergoing|\bfor welcoming\b/i;
    expect(english.filter(([, text]) => wrong.test(text))).toEqual([]);
  });

  it('keeps summaries to one or two sentences', () => {
    for (const d of DIMENSIONS) for (const lang of LANGUAGES) expect(sentenceMarks(d.summary[lang]).length).toBeLessThanOrEqual(2);
  });
});

describe('route prompts', () => {
  it('asks every route one personal question about the next three months', () => {
    for (const route of ROUTES) {
      expect(route.prompt.nl, route.id).toMatch(/^[^?]+\?$/);
      expect(route.prompt.en, route.id).toMatch(/^[^?]+\?$/);
      expect(route.prompt.nl, route.id).toMatch(/komende drie maanden/);
      expect(route.prompt.en, route.id).toMatch(/next three months/);
      expect(route.prompt.nl, route.id).toMatch(/\bu\b/);
    }
    expect(new Set(ROUTES.map((r) => r.prompt.nl)).size).toBe(ROUTES.length);
  });

  it('route h: towards parliament only with the minister’s consent', () => {
    const h = ROUTES.find((r) => r.id === 'h');
    expect(h?.explanation.nl).toMatch(/met diens instemming/);
    expect(h?.explanation.en).toMatch(/with the minister’s consent/);
    expect(h?.prompt.nl).not.toMatch(/parlement|Kamer|volksvertegenwoordig/i);
    expect(h?.prompt.en).not.toMatch(/parliament|elected/i);
  });
});
