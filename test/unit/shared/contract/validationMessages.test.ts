import { describe, expect, it } from 'vitest';
import { api, newAssessmentSchema } from '@shared/contract/api';
import { describePath, describeZodIssues } from '@shared/contract/validationMessages';
import { newAssessmentInput } from '../../../fixtures/assessment';

/** Parse with a contract schema and describe the problems as the dispatcher does. */
function messagesFor(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: unknown[] } } }, input: unknown): string[] {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return describeZodIssues(result.error?.issues as Parameters<typeof describeZodIssues>[0], input);
}

type Loose = Record<string, unknown> & { answers?: unknown };

function input(change: (value: Loose & { answers: Record<string, unknown> }) => void): unknown {
  const value = structuredClone(newAssessmentInput('2024-05-01')) as unknown as Loose & { answers: Record<string, unknown> };
  change(value);
  return value;
}

const ENGLISH = /invalid|expected|received|required|unrecognized|too (big|small)|option|string|number|object|undefined|null\b/i;

function expectDutch(lines: readonly string[]): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line).not.toMatch(ENGLISH);
    expect(line).toMatch(/\.$/);
  }
}

describe('describeZodIssues names the field in Dutch', () => {
  it.each([
    ['an answer out of range', input((v) => (v.answers['1.1'] = 6)), 'Het antwoord op vraag 1.1 moet een getal van 1 tot en met 5 zijn, of "kan ik niet beoordelen".'],
    ['an answer given as text', input((v) => (v.answers['2.2'] = '3')), 'Het antwoord op vraag 2.2 moet een getal van 1 tot en met 5 zijn, of "kan ik niet beoordelen".'],
    ['a missing answer', input((v) => delete v.answers['1.1']), 'Het antwoord op vraag 1.1 ontbreekt.'],
    ['a target out of range', input((v) => (v.targets = { '3': 9 })), 'Het doel voor naald 3 moet een van deze waarden zijn: 1, 2, 3, 4, 5.'],
    ['a reflection that is too long', input((v) => (v.reflections = { II: 'x'.repeat(2001) })), 'De reflectie bij dimensie II is te lang (ten hoogste 2000 tekens).'],
    ['an impossible date', input((v) => (v.date = '2025-02-30')), 'De datum is geen bestaande datum (verwacht: jjjj-mm-dd).'],
    ['a date of the wrong type', input((v) => (v.date = 20250101)), 'De datum heeft een ongeldige waarde.'],
    ['a missing date', input((v) => delete v.date), 'De datum ontbreekt.'],
    ['an extra field', input((v) => (v.score = 5)), 'De invoer bevat onbekende onderdelen: score.'],
    ['an unknown item', input((v) => (v.answers['11.1'] = 3)), 'De antwoorden bevatten onbekende onderdelen: 11.1.'],
    ['answers that are not a list of answers', input((v) => ((v as Loose).answers = 'alles 5')), 'De antwoorden hebben een ongeldige waarde.'],
    ['missing answers', input((v) => delete (v as Loose).answers), 'De antwoorden ontbreken.'],
  ])('%s', (_label, value, expected) => {
    const lines = messagesFor(newAssessmentSchema, value);
    expect(lines).toContain(expected);
    expectDutch(lines);
  });

  it('a bad id, a bad language and a bad step', () => {
    expect(messagesFor(api.deleteAssessment.input, { id: 'abc' })).toEqual(['De aanduiding heeft niet de juiste vorm.']);
    expect(messagesFor(api.setLanguage.input, { language: 'de' })).toEqual(['De taal moet een van deze waarden zijn: nl, en.']);
    const draft = { answers: {}, targets: {}, reflections: {} };
    expect(messagesFor(api.saveDraft.input, { ...draft, step: 1.5 })).toEqual(['De stap heeft een ongeldige waarde.']);
    expect(messagesFor(api.saveDraft.input, { ...draft, step: 99 })).toEqual(['De stap is te hoog (ten hoogste 20).']);
    expect(messagesFor(api.saveDraft.input, { ...draft, step: -1 })).toEqual(['De stap is te laag (ten minste 0).']);
    expect(messagesFor(api.saveDraft.input, draft)).toEqual(['De stap ontbreekt.']);
  });

  it('input that is not an object at all', () => {
    expect(messagesFor(api.deleteAssessment.input, [])).toEqual(['De invoer heeft een ongeldige waarde.']);
    expect(messagesFor(api.deleteAssessment.input, 'x')).toEqual(['De invoer heeft een ongeldige waarde.']);
  });

  it('says the answers are missing, not wrong, when the whole set is empty', () => {
    const lines = messagesFor(newAssessmentSchema, input((v) => (v.answers = {})));
    expect(lines.slice(0, 8)).toEqual(
      ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2'].map((id) => `Het antwoord op vraag ${id} ontbreekt.`),
    );
  });

  it('lists at most eight problems and then says how many more there are', () => {
    const lines = messagesFor(newAssessmentSchema, input((v) => (v.answers = {})));
    expect(lines).toHaveLength(9);
    expect(lines[8]).toBe('En nog 12 andere problemen.');
    expectDutch(lines);
  });

  it('never repeats the same sentence', () => {
    const issues = newAssessmentSchema.safeParse({}).error?.issues ?? [];
    const doubled = [...issues, ...issues];
    const lines = describeZodIssues(doubled, {}, 100);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('without the input it does not claim a wrong value is missing', () => {
    const value = input((v) => (v.date = 20250101));
    const issues = newAssessmentSchema.safeParse(value).error?.issues ?? [];
    const lines = describeZodIssues(issues);
    expect(lines).not.toContain('De datum ontbreekt.');
    expect(lines).toContain('De datum ontbreekt of heeft een ongeldige waarde.');
  });

  it('a field it has no name for is named by its path', () => {
    expect(describePath(['questionnaire', 'version'])).toBe("Het veld 'questionnaire.version'");
    expect(describePath([])).toBe('De invoer');
    expect(describePath(['answers', '3.2'])).toBe('Het antwoord op vraag 3.2');
    expect(describePath(['reflections'])).toBe('De reflecties');
  });
});
