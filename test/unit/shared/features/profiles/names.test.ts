import { describe, expect, it } from 'vitest';
import { PROFILE_NAME_MAX } from '@shared/features/profiles/contract';
import { profileNameProblem } from '@shared/features/profiles/names';

describe('profileNameProblem', () => {
  it.each([
    ['', [], 'missing'],
    ['   ', [], 'missing'],
    ['Anna de Vries', [], null],
    ['x'.repeat(PROFILE_NAME_MAX), [], null],
    ['x'.repeat(PROFILE_NAME_MAX + 1), [], 'too-long'],
    ['  Anna de Vries ', ['anna de vries'], 'taken'],
    ['Anna de Vries', ['Anna de Vriesch', ''], null],
  ] as const)('%j beside %j: %s', (name, others, problem) => {
    expect(profileNameProblem(name, others)).toBe(problem);
  });
});
