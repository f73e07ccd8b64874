/**
 * The names of the fields of the app's operations, as a sentence about an input problem begins
 * with them ("Het antwoord op vraag 1.1", "The answer to question 1.1"), and whether the name is
 * plural (the verb follows it: "ontbreekt" / "ontbreken").
 */
import type { TFunction } from 'i18next';
import type { MessageKey } from '@shared/i18n/index';

export interface FieldName {
  readonly name: string;
  readonly plural: boolean;
}

interface Field {
  readonly key: MessageKey;
  readonly plural: boolean;
  /** The name of one element of a list or record field, e.g. one answer: `id` is its key, `n` its number. */
  readonly item?: { readonly key: MessageKey; readonly var: 'id' | 'n' };
}

/** By the first part of an issue's path. */
const FIELDS = {
  answers: { key: 'errors.fields.answers', plural: true, item: { key: 'errors.fields.answer', var: 'id' } },
  targets: { key: 'errors.fields.targets', plural: true, item: { key: 'errors.fields.target', var: 'id' } },
  reflections: { key: 'errors.fields.reflections', plural: true, item: { key: 'errors.fields.reflection', var: 'id' } },
  date: { key: 'errors.fields.date', plural: false },
  id: { key: 'errors.fields.id', plural: false },
  language: { key: 'errors.fields.language', plural: false },
  step: { key: 'errors.fields.step', plural: false },
  // The routekaart.
  route: { key: 'errors.fields.route', plural: false },
  why: { key: 'errors.fields.why', plural: false },
  needles: { key: 'errors.fields.needles', plural: true },
  status: { key: 'errors.fields.status', plural: false },
  what: { key: 'errors.fields.what', plural: false },
  due: { key: 'errors.fields.due', plural: false },
  companions: { key: 'errors.fields.companions', plural: true, item: { key: 'errors.fields.companion', var: 'n' } },
  done: { key: 'errors.fields.done', plural: false },
  text: { key: 'errors.fields.text', plural: false },
  with: { key: 'errors.fields.with', plural: false },
  learned: { key: 'errors.fields.learned', plural: false },
  months: { key: 'errors.fields.months', plural: false },
  // Feedback rounds.
  name: { key: 'errors.fields.name', plural: false },
  leader: { key: 'errors.fields.leader', plural: false },
  groups: { key: 'errors.fields.groups', plural: true },
  closesOn: { key: 'errors.fields.closesOn', plural: false },
  returnTo: { key: 'errors.fields.returnTo', plural: false },
  managerNonAnonymous: { key: 'errors.fields.managerNonAnonymous', plural: false },
  files: { key: 'errors.fields.files', plural: true },
  // Session notes (inside `note`).
  topics: { key: 'errors.fields.topics', plural: true },
  agreements: { key: 'errors.fields.agreements', plural: true },
  routes: { key: 'errors.fields.routes', plural: true },
  nextSession: { key: 'errors.fields.nextSession', plural: false },
  audience: { key: 'errors.fields.audience', plural: false },
} as const satisfies Record<string, Field>;

/** Objects that only hold other fields (`saveDraft`'s `draft`): their fields are named as such. */
const WRAPPERS = new Set(['draft', 'note']);

export function fieldName(path: readonly string[], t: TFunction): FieldName {
  const [head, next] = path;
  if (head !== undefined && next !== undefined && WRAPPERS.has(head)) return fieldName(path.slice(1), t);
  if (head === undefined) return { name: t('errors.fields.input'), plural: false };
  if (!Object.hasOwn(FIELDS, head)) return { name: t('errors.fields.other', { path: path.join('.') }), plural: false };
  const field = FIELDS[head as keyof typeof FIELDS];
  if (next !== undefined && 'item' in field) {
    const value = field.item.var === 'n' ? Number(next) + 1 : next;
    return { name: t(field.item.key, { [field.item.var]: value }), plural: false };
  }
  return { name: t(field.key), plural: field.plural };
}
