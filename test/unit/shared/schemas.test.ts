import { describe, expect, it } from 'vitest';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import {
  assessmentSchema,
  draftContentSchema,
  draftDocumentSchema,
  profileDocumentSchema,
  settingsDocumentSchema,
} from '@shared/features/assessment/schemas';
import { REFLECTION_MAX, isRealIsoDate, isoDateSchema, uuidSchema } from '@shared/kernel/primitives';
import { DOCUMENT_KINDS, storageIssueSchema } from '@shared/contract/storageIssue';
import { validAssessment } from '../../fixtures/assessment';

const PROFILE_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** The assessment with one change applied to a copy (the original example is never touched). */
function variant(change: (a: Record<string, unknown> & { answers: Record<string, unknown> }) => void): unknown {
  const copy = structuredClone(validAssessment()) as unknown as Record<string, unknown> & {
    answers: Record<string, unknown>;
  };
  change(copy);
  return copy;
}

describe('assessmentSchema', () => {
  it('accepts a complete, valid assessment and returns it unchanged', () => {
    const result = assessmentSchema.safeParse(validAssessment());
    expect(result.success).toBe(true);
    expect(result.data).toEqual(validAssessment());
  });

  it('accepts "kan ik niet beoordelen" (null) for every item', () => {
    const allNull = variant((a) => {
      for (const id of ALL_ITEM_IDS) a.answers[id] = null;
    });
    expect(assessmentSchema.safeParse(allNull).success).toBe(true);
  });

  it.each([
    ['a missing item', (a: { answers: Record<string, unknown> }) => delete a.answers['10.2'], ['answers', '10.2']],
    ['value 0', (a: { answers: Record<string, unknown> }) => (a.answers['1.1'] = 0), ['answers', '1.1']],
    ['value 6', (a: { answers: Record<string, unknown> }) => (a.answers['1.1'] = 6), ['answers', '1.1']],
    ['value 2.5', (a: { answers: Record<string, unknown> }) => (a.answers['5.2'] = 2.5), ['answers', '5.2']],
    ['the string "3"', (a: { answers: Record<string, unknown> }) => (a.answers['3.1'] = '3'), ['answers', '3.1']],
    ['an unknown item 11.1', (a: { answers: Record<string, unknown> }) => (a.answers['11.1'] = 3), ['answers']],
  ])('refuses %s', (_label, change, path) => {
    const result = assessmentSchema.safeParse(variant(change));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(path);
  });

  it('refuses an extra field (strict)', () => {
    const result = assessmentSchema.safeParse(variant((a) => (a.score = 3)));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it.each([
    ['an impossible date', 'date', '2025-02-30'],
    ['29 February of a non-leap year', 'date', '2023-02-29'],
    ['a date in another format', 'date', '29-02-2024'],
    ['a bad uuid', 'id', 'not-a-uuid'],
    ['an upper-case uuid', 'id', '0F8FAD5B-D9CB-469F-A165-70867728950E'],
    ['a time stamp without offset', 'createdAt', '2024-02-29 09:30'],
  ])('refuses %s', (_label, field, value) => {
    expect(assessmentSchema.safeParse(variant((a) => (a[field] = value))).success).toBe(false);
  });

  it(`accepts a reflection of ${REFLECTION_MAX} characters and refuses one longer`, () => {
    const at = variant((a) => (a.reflections = { I: 'x'.repeat(REFLECTION_MAX) }));
    const over = variant((a) => (a.reflections = { I: 'x'.repeat(REFLECTION_MAX + 1) }));
    expect(assessmentSchema.safeParse(at).success).toBe(true);
    expect(assessmentSchema.safeParse(over).success).toBe(false);
  });

  it('refuses a reflection for an unknown dimension and a target outside 1–5 or for needle 11', () => {
    expect(assessmentSchema.safeParse(variant((a) => (a.reflections = { VI: 'x' }))).success).toBe(false);
    expect(assessmentSchema.safeParse(variant((a) => (a.targets = { '1': 6 }))).success).toBe(false);
    expect(assessmentSchema.safeParse(variant((a) => (a.targets = { '11': 3 }))).success).toBe(false);
    expect(assessmentSchema.safeParse(variant((a) => (a.targets = { '10': 5 }))).success).toBe(true);
  });

  it('accepts questionnaire versions 1 and 2; refuses another questionnaire or an unknown version', () => {
    expect(assessmentSchema.safeParse(variant((a) => (a.questionnaire = { id: 'kompas', version: 2 }))).success).toBe(true);
    const v3 = variant((a) => ((a.questionnaire as { version: number }).version = 3));
    const other = variant((a) => (a.questionnaire = { id: 'other', version: 1 }));
    expect(assessmentSchema.safeParse(v3).success).toBe(false);
    expect(assessmentSchema.safeParse(other).success).toBe(false);
  });
});

describe('documents require their schemaVersion', () => {
  const profile = { schemaVersion: 1, id: PROFILE_ID, name: 'Anna', createdAt: '2024-01-01T00:00:00Z', assessments: [validAssessment()] };
  const draft = {
    schemaVersion: 2,
    profileId: PROFILE_ID,
    updatedAt: '2024-01-01T00:00:00+01:00',
    draft: { questionnaire: { id: 'kompas', version: 2 }, answers: { '1.1': 3, '1.2': null }, targets: {}, reflections: {}, step: 2 },
  };
  const settings = { schemaVersion: 2, language: 'nl', activeProfileId: PROFILE_ID, coachMode: false };

  it.each([
    ['profile', profileDocumentSchema, profile],
    ['draft', draftDocumentSchema, draft],
    ['settings', settingsDocumentSchema, settings],
  ] as const)('%s: valid with its current schemaVersion; refused without it, or with another (older ones are migrated first)', (_label, schema, doc) => {
    expect(schema.safeParse(doc).success).toBe(true);
    const withoutVersion: Record<string, unknown> = { ...doc };
    delete withoutVersion.schemaVersion;
    expect(schema.safeParse(withoutVersion).success).toBe(false);
    expect(schema.safeParse({ ...doc, schemaVersion: doc.schemaVersion - 1 }).success).toBe(false);
    expect(schema.safeParse({ ...doc, schemaVersion: doc.schemaVersion + 1 }).success).toBe(false);
    expect(schema.safeParse({ ...doc, schemaVersion: String(doc.schemaVersion) }).success).toBe(false);
  });

  it('a profile with an invalid assessment inside is refused', () => {
    const broken = { ...profile, assessments: [{ ...validAssessment(), date: '2024-13-01' }] };
    expect(profileDocumentSchema.safeParse(broken).success).toBe(false);
  });

  it('settings accept only nl and en, and no active profile (null)', () => {
    expect(settingsDocumentSchema.safeParse({ ...settings, language: 'en', activeProfileId: null }).success).toBe(true);
    expect(settingsDocumentSchema.safeParse({ ...settings, language: 'de' }).success).toBe(false);
  });

  it('a draft may be partial but not contain unknown items, and its step is a whole number 0–20', () => {
    const base = { questionnaire: { id: 'kompas', version: 2 }, answers: {}, targets: {}, reflections: {}, step: 0 };
    expect(draftContentSchema.safeParse(base).success).toBe(true);
    expect(draftContentSchema.safeParse({ ...base, answers: { '11.1': 3 } }).success).toBe(false);
    expect(draftContentSchema.safeParse({ ...base, answers: { '1.1': 7 } }).success).toBe(false);
    expect(draftContentSchema.safeParse({ ...base, step: 20 }).success).toBe(true);
    expect(draftContentSchema.safeParse({ ...base, step: 21 }).success).toBe(false);
    expect(draftContentSchema.safeParse({ ...base, step: -1 }).success).toBe(false);
    expect(draftContentSchema.safeParse({ ...base, step: 1.5 }).success).toBe(false);
  });
});

describe('storageIssueSchema', () => {
  it('knows exactly the kinds corrupt and newer-version', () => {
    const issue = {
      id: PROFILE_ID,
      kind: 'corrupt',
      document: 'settings',
      file: 'settings.json',
      movedTo: 'settings.beschadigd-2024-01-01T00-00-00-000Z.json',
      restoredFrom: null,
      at: '2024-01-01T00:00:00.000Z',
    };
    expect(storageIssueSchema.safeParse(issue).success).toBe(true);
    expect(storageIssueSchema.safeParse({ ...issue, kind: 'newer-version', movedTo: null }).success).toBe(true);
    expect(storageIssueSchema.safeParse({ ...issue, kind: 'lost' }).success).toBe(false);
  });

  it('names the kind of document it concerns, one the app stores', () => {
    const issue = {
      id: PROFILE_ID,
      kind: 'newer-version',
      document: 'plan',
      file: 'plan.json',
      movedTo: null,
      restoredFrom: null,
      at: '2024-01-01T00:00:00.000Z',
    };
    for (const document of DOCUMENT_KINDS) expect(storageIssueSchema.safeParse({ ...issue, document }).success, document).toBe(true);
    expect([...DOCUMENT_KINDS].sort()).toEqual(['draft', 'notes', 'plan', 'profile', 'round', 'settings']);
    expect(storageIssueSchema.safeParse({ ...issue, document: 'journal' }).success).toBe(false);
    const withoutDocument: Record<string, unknown> = { ...issue };
    delete withoutDocument.document;
    expect(storageIssueSchema.safeParse(withoutDocument).success).toBe(false);
  });
});

describe('isRealIsoDate', () => {
  it.each([
    ['2024-02-29', true, 'leap year'],
    ['2000-02-29', true, 'divisible by 400: leap year'],
    ['1900-02-29', false, 'divisible by 100 but not 400: no leap year'],
    ['2023-02-29', false, 'ordinary year'],
    ['2025-02-28', true, 'last day of February'],
    ['2025-02-30', false, 'no 30 February'],
    ['2025-04-31', false, 'April has 30 days'],
    ['2025-12-31', true, 'last day of the year'],
    ['2025-13-01', false, 'no month 13'],
    ['2025-00-10', false, 'no month 0'],
    ['2025-01-00', false, 'no day 0'],
    ['2025-1-01', false, 'month needs two digits'],
    ['2025-01-01T00:00:00Z', false, 'a time is not a date'],
    [' 2025-01-01', false, 'leading space'],
    ['', false, 'empty'],
  ])('%s → %s (%s)', (value, expected) => {
    expect(isRealIsoDate(value)).toBe(expected);
    expect(isoDateSchema.safeParse(value).success).toBe(expected);
  });
});

describe('uuidSchema', () => {
  it('accepts a random (v4) uuid in lower case only', () => {
    expect(uuidSchema.safeParse(crypto.randomUUID()).success).toBe(true);
    expect(uuidSchema.safeParse('00000000-0000-0000-0000-000000000000').success).toBe(false);
    expect(uuidSchema.safeParse(`${crypto.randomUUID()} `).success).toBe(false);
  });
});
