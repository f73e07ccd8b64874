/**
 * Turns zod issues into short Dutch sentences a non-technical user understands:
 * which field, and what is wrong with it. No jargon, no "JSON".
 *
 * zod 4 issues do not carry the offending value, so pass the input that was parsed: with it a
 * missing value ("… ontbreekt.") can be told apart from a wrong one ("… heeft een ongeldige waarde.").
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** The field an issue is about, and whether its Dutch name takes a plural verb. */
interface Field {
  readonly name: string;
  readonly plural: boolean;
}

const NOT_GIVEN: unique symbol = Symbol('input not given');

/**
 * @param input the value that was parsed (as given to `safeParse`); leave it out when unknown.
 */
export function describeZodIssues(issues: readonly Issue[], input: unknown = NOT_GIVEN, max = 8): string[] {
  const lines = issues.slice(0, max).map((issue) => describeIssue(issue, missingState(issue, input)));
  if (issues.length > max) lines.push(`En nog ${issues.length - max} andere problemen.`);
  return [...new Set(lines)];
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

function describeIssue(issue: Issue, missing: boolean | null): string {
  const { name, plural } = describeField(issue.path);
  const verb = (singular: string, pluralForm: string) => `${name} ${plural ? pluralForm : singular}`;
  if (missing === true && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return `${verb('ontbreekt', 'ontbreken')}.`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return missing === null
        ? `${verb('ontbreekt of heeft', 'ontbreken of hebben')} een ongeldige waarde.`
        : `${verb('heeft', 'hebben')} een ongeldige waarde.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${verb('is', 'zijn')} te lang (ten hoogste ${String(issue.maximum)} tekens).`
        : issue.origin === 'array'
          ? `${verb('bevat', 'bevatten')} te veel onderdelen.`
          : `${verb('is', 'zijn')} te hoog (ten hoogste ${String(issue.maximum)}).`;
    case 'too_small':
      return issue.origin === 'string'
        ? `${verb('is', 'zijn')} te kort.`
        : issue.origin === 'array'
          ? `${verb('bevat', 'bevatten')} te weinig onderdelen (ten minste ${String(issue.minimum)}).`
          : `${verb('is', 'zijn')} te laag (ten minste ${String(issue.minimum)}).`;
    case 'invalid_value': {
      const answer = issue.path[0] === 'answers' && issue.path.length === 2;
      const values = issue.values.map((v) => (v === null ? 'leeg' : String(v))).join(', ');
      return answer
        ? `${verb('moet', 'moeten')} een getal van 1 tot en met 5 zijn, of "kan ik niet beoordelen".`
        : `${verb('moet', 'moeten')} een van deze waarden zijn: ${values}.`;
    }
    case 'unrecognized_keys':
      return `${verb('bevat', 'bevatten')} onbekende onderdelen: ${issue.keys.join(', ')}.`;
    case 'invalid_key':
      return `${verb('bevat', 'bevatten')} een onbekend onderdeel.`;
    case 'invalid_union':
      return `${verb('heeft', 'hebben')} een ongeldige waarde.`;
    case 'invalid_format':
      return `${verb('heeft', 'hebben')} niet de juiste vorm.`;
    case 'custom':
      return issue.message === 'date'
        ? `${verb('is', 'zijn')} geen bestaande datum (verwacht: jjjj-mm-dd).`
        : `${verb('heeft', 'hebben')} een ongeldige waarde.`;
    default:
      return `${verb('klopt', 'kloppen')} niet.`;
  }
}

const SECTION_NAMES: Record<string, (key: string | undefined) => Field> = {
  answers: (k) => (k ? one(`Het antwoord op vraag ${k}`) : many('De antwoorden')),
  targets: (k) => (k ? one(`Het doel voor naald ${k}`) : many('De doelen')),
  reflections: (k) => (k ? one(`De reflectie bij dimensie ${k}`) : many('De reflecties')),
  date: () => one('De datum'),
  id: () => one('De aanduiding'),
  language: () => one('De taal'),
  step: () => one('De stap'),
  // The routekaart (plan operations).
  route: () => one('De route'),
  why: () => one('De toelichting waarom u deze route kiest'),
  needles: () => many('De gekozen naalden'),
  status: () => one('De status'),
  what: () => one('De omschrijving van de actie'),
  due: () => one('De datum waarop de actie klaar moet zijn'),
  companions: (k) => (k ? one(`Reisgenoot ${Number(k) + 1}`) : many('De reisgenoten')),
  done: () => one('Het vinkje "gedaan"'),
  text: () => one('De tekst'),
  with: () => one('Met wie u sprak'),
  learned: () => one('Wat u ervan hebt geleerd'),
  months: () => one('Het ritme van de terugblik'),
};

function one(name: string): Field {
  return { name, plural: false };
}

function many(name: string): Field {
  return { name, plural: true };
}

function describeField(path: readonly PropertyKey[]): Field {
  if (path.length === 0) return one('De invoer');
  const [head, next] = path;
  const describe = SECTION_NAMES[String(head)];
  if (describe) return describe(next === undefined ? undefined : String(next));
  return one(`Het veld '${path.map(String).join('.')}'`);
}

export function describePath(path: readonly PropertyKey[]): string {
  return describeField(path).name;
}
