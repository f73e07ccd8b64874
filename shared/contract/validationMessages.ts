/**
 * Turns zod issues into input issues as codes: which field (its path) and what kind of problem, with
 * the numbers the wording needs. The renderer names the field and words the problem in Dutch or English.
 *
 * zod 4 issues do not carry the offending value, so pass the input that was parsed: with it a
 * missing value (`missing`) can be told apart from a wrong one (`invalid`).
 */
import type { z } from 'zod';
import { inputIssue, REFINE_CODES, type InputIssue } from './errors';

type Issue = z.core.$ZodIssue;

const NOT_GIVEN: unique symbol = Symbol('no-input');

/**
 * @param input the value that was parsed (as given to `safeParse`); leave it out when unknown.
 * @param max at most this many issues; one `more` issue then says how many were left out.
 */
export function describeIssues(issues: readonly Issue[], input: unknown = NOT_GIVEN, max = 8): InputIssue[] {
  const described = issues.slice(0, max).map((issue) => describeIssue(issue, missingState(issue, input)));
  if (issues.length > max) described.push(inputIssue([], 'more', { count: issues.length - max }));
  const seen = new Set<string>();
  return described.filter((issue) => {
    const key = JSON.stringify(issue);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** true: the value is absent; false: it is there but wrong; null: cannot tell. */
function missingState(issue: Issue, input: unknown): boolean | null {
  if (input !== NOT_GIVEN) return valueAt(input, issue.path) === undefined;
  if ('input' in issue) return issue.input === undefined;
  return null;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeIssue(issue: Issue, missing: boolean | null): InputIssue {
  const path = issue.path.map(String);
  if (missing === true && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return inputIssue(path, 'missing', {});
  }
  switch (issue.code) {
    case 'invalid_type':
      return inputIssue(path, missing === null ? 'missing-or-invalid' : 'invalid', {});
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return inputIssue(path, 'too-long', { max });
      return issue.origin === 'array' ? inputIssue(path, 'too-many', { max }) : inputIssue(path, 'too-high', { max });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return inputIssue(path, 'too-short', {});
      return issue.origin === 'array' ? inputIssue(path, 'too-few', { min }) : inputIssue(path, 'too-low', { min });
    }
    case 'invalid_value': {
      if (issue.path[0] === 'answers' && issue.path.length === 2) return inputIssue(path, 'not-an-answer', {});
      const values = issue.values.filter((v) => v !== null && v !== undefined).map(String);
      return inputIssue(path, 'not-one-of', { values: values.join(', ') });
    }
    case 'unrecognized_keys':
      return inputIssue(path, 'unknown-fields', { keys: issue.keys.join(', ') });
    case 'invalid_key':
      return inputIssue(path, 'unknown-field', {});
    case 'invalid_format':
      return inputIssue(path, 'wrong-form', {});
    case 'custom': {
      const code = Object.hasOwn(REFINE_CODES, issue.message) ? REFINE_CODES[issue.message as keyof typeof REFINE_CODES] : 'invalid';
      return inputIssue(path, code, {});
    }
    default:
      return inputIssue(path, 'invalid', {});
  }
}
