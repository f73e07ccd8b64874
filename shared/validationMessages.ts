/**
 * Turns zod issues into short Dutch sentences a non-technical user understands:
 * which field, and what is wrong with it. No jargon, no "JSON".
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

export function describeZodIssues(issues: readonly Issue[], max = 8): string[] {
  const lines = issues.slice(0, max).map(describeIssue);
  if (issues.length > max) lines.push(`En nog ${issues.length - max} andere problemen.`);
  return [...new Set(lines)];
}

function describeIssue(issue: Issue): string {
  const field = describePath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `${field} ontbreekt.` : `${field} heeft een ongeldige waarde.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${field} is te lang (ten hoogste ${String(issue.maximum)} tekens).`
        : issue.origin === 'array'
          ? `${field} bevat te veel onderdelen.`
          : `${field} is te hoog (ten hoogste ${String(issue.maximum)}).`;
    case 'too_small':
      return issue.origin === 'string'
        ? `${field} is te kort.`
        : `${field} is te laag (ten minste ${String(issue.minimum)}).`;
    case 'invalid_value':
      return `${field} moet een van deze waarden zijn: ${issue.values.map((v) => (v === null ? 'leeg' : String(v))).join(', ')}.`;
    case 'unrecognized_keys':
      return `${field} bevat onbekende onderdelen: ${issue.keys.join(', ')}.`;
    case 'invalid_key':
      return `${field} bevat een onbekend onderdeel.`;
    case 'invalid_union':
      return `${field} heeft een ongeldige waarde.`;
    case 'invalid_format':
      return `${field} heeft niet de juiste vorm.`;
    case 'custom':
      return issue.message === 'date'
        ? `${field} is geen bestaande datum (verwacht: jjjj-mm-dd).`
        : `${field} heeft een ongeldige waarde.`;
    default:
      return `${field} klopt niet.`;
  }
}

const SECTION_NAMES: Record<string, (key: string | undefined) => string> = {
  answers: (k) => (k ? `Het antwoord op vraag ${k}` : 'De antwoorden'),
  targets: (k) => (k ? `Het doel voor naald ${k}` : 'De doelen'),
  reflections: (k) => (k ? `De reflectie bij dimensie ${k}` : 'De reflecties'),
  date: () => 'De datum',
  id: () => 'De aanduiding',
  language: () => 'De taal',
  step: () => 'De stap',
};

export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'De invoer';
  const [head, next] = path;
  const describe = SECTION_NAMES[String(head)];
  if (describe) return describe(next === undefined ? undefined : String(next));
  return `Het veld '${path.map(String).join('.')}'`;
}
