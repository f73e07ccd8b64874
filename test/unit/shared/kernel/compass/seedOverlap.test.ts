/**
 * Facts carry over from the seed, sentences do not: every content sentence the app shows (v2 items,
 * dimension summaries, needle and route explanations, route prompts, scale labels, the instruction for
 * situational items) is compared with the compass seed by word n-grams, and a shared run of
 * MAX_SHARED_RUN or more words fails. The official names of dimensions, needles and routes are the seed's
 * own words by design, so they are cut out of our texts before comparing.
 *
 * KOMPAS_V1 is exempt: it is frozen history (v1 answers are shown with the v1 items), not text we write.
 *
 * The seed is copied into the repository (test/fixtures/seeds/003-kompas.txt) because CI has no ../shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, NEEDLES, ROUTES } from '@shared/kernel/compass/content';
import { LANGUAGES, QUESTIONNAIRE_VERSIONS, SCALE_VALUES, type Localized } from '@shared/kernel/compass/model';
import { KOMPAS_V2 } from '@shared/kernel/compass/questionnaireV2';
import { SITUATIONAL_INSTRUCTION, noAnswerLabel, scaleLabel } from '@shared/kernel/compass/scales';

const MAX_SHARED_RUN = 6;
const SEED = readFileSync(join(import.meta.dirname, '../../../../fixtures/seeds/003-kompas.txt'), 'utf8');

/** Lower case, accents off ("én" = "en"), every run of non-letters and non-digits a word break. */
function normalisedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
}

function ngrams(words: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/** The official names, normalised, longest first (so a longer name is cut before a name inside it). */
const OFFICIAL_NAMES: readonly string[] = [...DIMENSIONS, ...NEEDLES, ...ROUTES]
  .flatMap((entry) => LANGUAGES.map((lang) => normalisedWords(entry.name[lang]).join(' ')))
  .sort((a, b) => b.length - a.length);

/** The parts of a text between official names: a name never counts, and no run spans one. */
function withoutOfficialNames(text: string): string[] {
  let parts = [normalisedWords(text).join(' ')];
  for (const name of OFFICIAL_NAMES) {
    parts = parts.flatMap((part) => ` ${part} `.split(` ${name} `).map((piece) => piece.trim()));
  }
  return parts.filter((part) => part !== '');
}

function seedIndex(seed: string, n: number): Set<string> {
  return new Set(ngrams(normalisedWords(seed), n));
}

const SEED_RUNS = seedIndex(SEED, MAX_SHARED_RUN);

/** The runs of MAX_SHARED_RUN words that a text shares with the seed. */
function sharedRuns(text: string, seedRuns: Set<string> = SEED_RUNS): string[] {
  return withoutOfficialNames(text).flatMap((part) => ngrams(part.split(' '), MAX_SHARED_RUN).filter((run) => seedRuns.has(run)));
}

/** Every content text we wrote, with a label to find it by. */
function contentTexts(): [string, string][] {
  const localized: [string, Localized][] = [
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
    ...QUESTIONNAIRE_VERSIONS.flatMap((v) => [
      ...SCALE_VALUES.map((value): [string, Localized] => [`scale v${v} ${value}`, scaleLabel(v, value)]),
      [`scale v${v} no answer self`, noAnswerLabel(v, 'self')] as [string, Localized],
      [`scale v${v} no answer others`, noAnswerLabel(v, 'others')] as [string, Localized],
    ]),
    ['situational instruction', SITUATIONAL_INSTRUCTION],
  ];
  return localized.flatMap(([label, text]) => LANGUAGES.map((lang): [string, string] => [`${label} (${lang})`, text[lang]]));
}

describe('no content sentence runs along with the seed', () => {
  it('reads the seed fixture', () => {
    expect(SEED).toContain('Toon je een professionele autoriteit');
    expect(SEED_RUNS.size).toBeGreaterThan(5000);
  });

  it(`shares no run of ${MAX_SHARED_RUN} or more words with the seed, the official names excepted`, () => {
    const texts = contentTexts();
    expect(texts.length).toBeGreaterThan(150);
    const found = texts.flatMap(([label, text]) => sharedRuns(text).map((run) => `${label}: "${run}"`));
    expect(found).toEqual([]);
  });

  it('fails on a sentence taken from the seed, even re-punctuated and in other case (the check can fail)', () => {
    expect(sharedRuns('Ambtenaren zijn niet aangesteld om ministers uit de wind te houden.')).not.toEqual([]);
    expect(sharedRuns('GOED samenspel? Ja: ministers hebben belang bij sterke, soms eigenzinnige, ambtenaren!')).not.toEqual([]);
    // the seed's line breaks and hyphenation do not hide a run: "de balans tussen presteren en leren" spans two lines
    expect(sharedRuns('Het gaat om de balans tussen presteren en leren.')).not.toEqual([]);
  });

  it('lets a run of five seed words pass and cuts the official names out', () => {
    expect(sharedRuns('Dit is binnen en buiten de overheid gewoon.')).toEqual([]); // five words shared
    expect(sharedRuns('Creëer een veilige werkomgeving, waarin fouten mogen: dat vraagt tijd.')).toEqual([]);
    const withName = 'Toon je een professionele autoriteit';
    expect(sharedRuns(`${withName} vraagt kennis.`, seedIndex(`${withName} vraagt kennis.`, MAX_SHARED_RUN))).toEqual([]);
    expect(withoutOfficialNames('Kies Meer zelfkennis en zelfkritiek als route.')).toEqual(['kies', 'als route']);
  });
});
