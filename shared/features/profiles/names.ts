/** What a coach may call a coachee: a name, not too long, and not one that another coachee already has. */
import { PROFILE_NAME_MAX } from './contract';

export type ProfileNameProblem = 'missing' | 'too-long' | 'taken';

/** Two names that look the same to a reader (spaces at the ends and case do not count) are the same. */
function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
}

/** The problem with `name` for a profile beside `others` (the other profiles' names), or null. */
export function profileNameProblem(name: string, others: readonly string[]): ProfileNameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'missing';
  if (trimmed.length > PROFILE_NAME_MAX) return 'too-long';
  if (others.some((other) => sameName(other, trimmed))) return 'taken';
  return null;
}
