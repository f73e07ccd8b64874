/** The error payload: a known code with exactly its params (flat strings and numbers), issues as codes. */
import { describe, expect, it } from 'vitest';
import { apiErrorSchema, ERROR_CODES, ERROR_PARAMS, errorPayload, ISSUE_CODES } from '@shared/contract/errors';

describe('apiErrorSchema', () => {
  it('accepts a code with its params, and invalid input with its issues', () => {
    expect(apiErrorSchema.safeParse(errorPayload('round-closed', { round: 'Najaar 2026' })).success).toBe(true);
    expect(apiErrorSchema.safeParse({ code: 'internal', params: {} }).success).toBe(true);
    const invalid = errorPayload('invalid-input', {}, [{ path: ['date'], code: 'not-a-date', params: {} }]);
    expect(apiErrorSchema.safeParse(invalid).success).toBe(true);
    const plan = errorPayload('duplicate-route', { route: 'a' }, [{ path: [], code: 'duplicate-needle', params: { route: 'a', needle: 1 } }]);
    expect(apiErrorSchema.safeParse(plan).success).toBe(true);
  });

  it('refuses an unknown code, missing or extra params, nested params and worded messages', () => {
    expect(apiErrorSchema.safeParse({ code: 'storage', params: {} }).success).toBe(false);
    expect(apiErrorSchema.safeParse({ code: 'round-closed', params: {} }).success).toBe(false);
    expect(apiErrorSchema.safeParse({ code: 'round-closed', params: { round: 'x', extra: 1 } }).success).toBe(false);
    expect(apiErrorSchema.safeParse({ code: 'group-not-asked', params: { group: 'iedereen' } }).success).toBe(false);
    expect(apiErrorSchema.safeParse({ code: 'round-closed', params: { round: { name: 'x' } } }).success).toBe(false);
    expect(apiErrorSchema.safeParse({ code: 'internal', params: {}, message: 'Er ging iets mis.' }).success).toBe(false);
    const badIssue = { code: 'invalid-input', params: {}, issues: [{ path: ['date'], code: 'not-a-date', params: { text: 'x' } }] };
    expect(apiErrorSchema.safeParse(badIssue).success).toBe(false);
  });

  it('names codes as codes (kebab-case), including the storage layer’s', () => {
    for (const code of [...ERROR_CODES, ...ISSUE_CODES]) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const code of ['storage-write-failed', 'storage-newer-version', 'storage-read-only', 'data-folder-in-use'] as const) {
      expect(ERROR_PARAMS[code]).toBeDefined();
    }
  });
});
