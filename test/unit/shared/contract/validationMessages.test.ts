/** describeIssues: zod's issues as codes (field path + kind + params); the renderer words them. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api } from '@shared/contract/api';
import { inputIssueSchema } from '@shared/contract/errors';
import { describeIssues } from '@shared/contract/validationMessages';
import { newAssessmentSchema } from '@shared/features/assessment/contract';
import { draftContentSchema } from '@shared/features/assessment/schemas';
import { uuidSchema } from '@shared/kernel/primitives';
import { newAssessmentInput } from '../../../fixtures/assessment';

/** Parse with a schema and describe the problems as the dispatcher does. */
function issuesFor(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  const issues = describeIssues(result.error?.issues ?? [], input);
  for (const issue of issues) expect(inputIssueSchema.safeParse(issue).success, JSON.stringify(issue)).toBe(true);
  return issues;
}

type Loose = Record<string, unknown> & { answers: Record<string, unknown> };

function input(change: (value: Loose) => void): unknown {
  const value = structuredClone(newAssessmentInput('2024-05-01')) as unknown as Loose;
  change(value);
  return value;
}

describe('describeIssues', () => {
  it.each([
    ['an answer out of range', input((v) => (v.answers['1.1'] = 6)), { path: ['answers', '1.1'], code: 'not-an-answer', params: {} }],
    ['an answer given as text', input((v) => (v.answers['2.2'] = '3')), { path: ['answers', '2.2'], code: 'not-an-answer', params: {} }],
    ['a missing answer', input((v) => delete v.answers['1.1']), { path: ['answers', '1.1'], code: 'missing', params: {} }],
    ['a target out of range', input((v) => (v.targets = { '3': 9 })), { path: ['targets', '3'], code: 'not-one-of', params: { values: '1, 2, 3, 4, 5' } }],
    ['a reflection that is too long', input((v) => (v.reflections = { II: 'x'.repeat(2001) })), { path: ['reflections', 'II'], code: 'too-long', params: { max: 2000 } }],
    ['an impossible date', input((v) => (v.date = '2025-02-30')), { path: ['date'], code: 'not-a-date', params: {} }],
    ['a date of the wrong type', input((v) => (v.date = 20250101)), { path: ['date'], code: 'invalid', params: {} }],
    ['a missing date', input((v) => delete v.date), { path: ['date'], code: 'missing', params: {} }],
    ['an extra field', input((v) => (v.score = 5)), { path: [], code: 'unknown-fields', params: { keys: 'score' } }],
    ['an unknown item', input((v) => (v.answers['11.1'] = 3)), { path: ['answers'], code: 'unknown-fields', params: { keys: '11.1' } }],
    ['answers that are not a list of answers', input((v) => ((v as Record<string, unknown>).answers = 'alles 5')), { path: ['answers'], code: 'invalid', params: {} }],
    ['missing answers', input((v) => delete (v as Record<string, unknown>).answers), { path: ['answers'], code: 'missing', params: {} }],
  ])('%s', (_label, value, expected) => {
    expect(issuesFor(newAssessmentSchema, value)).toContainEqual(expected);
  });

  it('a bad id, a bad language and a bad step', () => {
    expect(issuesFor(z.strictObject({ id: uuidSchema }), { id: 'abc' })).toEqual([{ path: ['id'], code: 'wrong-form', params: {} }]);
    expect(issuesFor(api.setLanguage.input, { language: 'de' })).toEqual([{ path: ['language'], code: 'not-one-of', params: { values: 'nl, en' } }]);
    const draft = { questionnaire: { id: 'kompas', version: 2 }, answers: {}, targets: {}, reflections: {} };
    expect(issuesFor(draftContentSchema, { ...draft, step: 1.5 })).toEqual([{ path: ['step'], code: 'invalid', params: {} }]);
    expect(issuesFor(draftContentSchema, { ...draft, step: 99 })).toEqual([{ path: ['step'], code: 'too-high', params: { max: 20 } }]);
    expect(issuesFor(draftContentSchema, { ...draft, step: -1 })).toEqual([{ path: ['step'], code: 'too-low', params: { min: 0 } }]);
    expect(issuesFor(draftContentSchema, draft)).toEqual([{ path: ['step'], code: 'missing', params: {} }]);
  });

  it('input that is not an object at all', () => {
    const schema = z.strictObject({ id: uuidSchema });
    expect(issuesFor(schema, [])).toEqual([{ path: [], code: 'invalid', params: {} }]);
    expect(issuesFor(schema, 'x')).toEqual([{ path: [], code: 'invalid', params: {} }]);
  });

  it('lists at most eight problems, the first eight answers as missing, then how many more there are', () => {
    const issues = issuesFor(newAssessmentSchema, input((v) => (v.answers = {})));
    expect(issues.slice(0, 8)).toEqual(
      ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2'].map((id) => ({ path: ['answers', id], code: 'missing', params: {} })),
    );
    expect(issues).toHaveLength(9);
    expect(issues[8]).toEqual({ path: [], code: 'more', params: { count: 12 } });
  });

  it('never repeats the same issue', () => {
    const issues = newAssessmentSchema.safeParse({}).error?.issues ?? [];
    const described = describeIssues([...issues, ...issues], {}, 100);
    expect(new Set(described.map((i) => JSON.stringify(i))).size).toBe(described.length);
  });

  it('without the input it does not claim a wrong value is missing', () => {
    const issues = newAssessmentSchema.safeParse(input((v) => (v.date = 20250101))).error?.issues ?? [];
    const described = describeIssues(issues);
    expect(described).toContainEqual({ path: ['date'], code: 'missing-or-invalid', params: {} });
    expect(described).not.toContainEqual({ path: ['date'], code: 'missing', params: {} });
  });

  it('turns a refinement named by a code into that issue, and carries no sentence', () => {
    const round = { name: 'Najaar', leader: '', groups: ['collega'], closesOn: null, returnTo: 'secretariaat', managerNonAnonymous: true, language: 'nl' };
    const issues = issuesFor(api.createRound.input, { profileId: '0f8fad5b-d9cb-469f-a165-70867728950e', ...round });
    expect(issues).toEqual([{ path: ['managerNonAnonymous'], code: 'manager-not-asked', params: {} }]);
  });
});
