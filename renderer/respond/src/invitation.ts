/**
 * Reading and checking the invitation (spec §1) embedded in the form. A hand-written check with the
 * same rules as `invitationSchema` (shared/exchange/formats.ts): zod would not fit the form's 150 KB.
 * test/unit/renderer/respond/invitation.test.ts keeps both in agreement. On top of the schema, the form
 * requires exactly the 20 items of a questionnaire version it knows (`kompas` 1 or 2), because its answer
 * must contain all of them and name that version. The invitation carries only `{ id, needle, text }` per
 * item (spec §1); whether an item is situational the form looks up in its own copy of that version.
 */
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { ItemId, Lang, NeedleId, QuestionnaireVersion } from '@shared/kernel/compass/model';
import { isQuestionnaireVersion, itemOf } from '@shared/kernel/compass/questionnaires';
import { isRealIsoDate } from '@shared/kernel/dates';
import { BASE64URL_PATTERN } from '@shared/features/exchange/base64url';
import { INVITATION_FORMAT, RATER_GROUPS, type RaterGroup } from '@shared/features/exchange/formatConstants';
import type { Invitation, PublicJwk } from '@shared/features/exchange/formats';
import { INVITATION_ELEMENT_ID } from '@shared/features/exchange/invitation';

export type InvitationProblem = 'missing' | 'invalid' | 'version' | 'managerOnly';

export interface FormItem {
  readonly id: ItemId;
  readonly needle: NeedleId;
  readonly text: Readonly<Record<Lang, string>>;
  /** The item describes a behaviour that occurs only in some situations: the form shows the instruction for it. */
  readonly situational: boolean;
}

/** A checked invitation, with its items in questionnaire order (1.1 … 10.2). */
export interface ValidInvitation extends Invitation {
  readonly raterGroup: RaterGroup | null;
  readonly language: Lang;
  readonly publicKey: PublicJwk;
  /** The round's questionnaire version: its scale labels are shown, and the answer names it. */
  readonly questionnaireVersion: QuestionnaireVersion;
  readonly formItems: readonly FormItem[];
}

export type InvitationResult = { readonly ok: true; readonly invitation: ValidInvitation } | { readonly ok: false; readonly problem: InvitationProblem };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TOP_KEYS = ['format', 'version', 'roundId', 'leader', 'raterGroup', 'anonymous', 'language', 'closesOn', 'questionnaire', 'publicKey'];

type Obj = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with exactly these keys, and perhaps the optional ones (a strict object: other fields make it invalid). */
function hasExactKeys(value: unknown, keys: readonly string[], optional: readonly string[] = []): value is Obj {
  if (!isObject(value)) return false;
  const own = Object.keys(value);
  const extra = own.filter((k) => !keys.includes(k));
  return keys.every((k) => Object.hasOwn(value, k)) && extra.every((k) => optional.includes(k));
}

/** `returnTo` (spec §1): absent in invitations made before it existed, else 1–200 characters. */
function isReturnTo(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.length >= 1 && value.length <= 200);
}

function isKeyPart(value: unknown): boolean {
  return typeof value === 'string' && value.length === 43 && BASE64URL_PATTERN.test(value);
}

function isPublicKey(value: unknown): value is PublicJwk {
  return hasExactKeys(value, ['kty', 'crv', 'x', 'y']) && value.kty === 'EC' && value.crv === 'P-256' && isKeyPart(value.x) && isKeyPart(value.y);
}

function isRaterGroup(value: unknown): value is RaterGroup {
  return (RATER_GROUPS as readonly unknown[]).includes(value);
}

/** The 20 items, each once, with the right needle and a text in both languages; null otherwise. */
function formItems(items: unknown, version: QuestionnaireVersion): FormItem[] | null {
  if (!Array.isArray(items) || items.length !== ALL_ITEM_IDS.length) return null;
  const byId = new Map<string, FormItem>();
  for (const item of items as unknown[]) {
    if (!hasExactKeys(item, ['id', 'needle', 'text']) || !hasExactKeys(item.text, ['nl', 'en'])) return null;
    const { id, needle, text } = item;
    if (typeof id !== 'string' || typeof text.nl !== 'string' || typeof text.en !== 'string') return null;
    if (!(ALL_ITEM_IDS as readonly string[]).includes(id) || byId.has(id)) return null;
    if (needle !== Number(id.split('.')[0]) || text.nl.trim() === '' || text.en.trim() === '') return null;
    const situational = itemOf(version, id as ItemId).situational;
    byId.set(id, { id: id as ItemId, needle: needle as NeedleId, text: { nl: text.nl, en: text.en }, situational });
  }
  return ALL_ITEM_IDS.map((id) => byId.get(id)).filter((item): item is FormItem => item !== undefined);
}

/** Checks a parsed invitation; the problem names the message the respondent sees. */
export function validateInvitation(value: unknown): InvitationResult {
  if (value === null || value === undefined) return { ok: false, problem: 'missing' };
  if (!isObject(value) || value.format !== INVITATION_FORMAT) return { ok: false, problem: 'invalid' };
  if (typeof value.version === 'number' && value.version > 1) return { ok: false, problem: 'version' };
  if (!hasExactKeys(value, TOP_KEYS, ['returnTo']) || value.version !== 1) return { ok: false, problem: 'invalid' };
  // A questionnaire version this form does not know was written by a newer app.
  const asked = isObject(value.questionnaire) ? value.questionnaire.version : undefined;
  if (typeof asked === 'number' && Number.isInteger(asked) && asked >= 1 && !isQuestionnaireVersion(asked)) {
    return { ok: false, problem: 'version' };
  }
  const { roundId, leader, raterGroup, anonymous, language, closesOn, returnTo, questionnaire, publicKey } = value;
  const valid =
    typeof roundId === 'string' &&
    UUID.test(roundId) &&
    typeof leader === 'string' &&
    leader.length <= 120 &&
    (raterGroup === null || isRaterGroup(raterGroup)) &&
    typeof anonymous === 'boolean' &&
    (language === 'nl' || language === 'en') &&
    (closesOn === null || (typeof closesOn === 'string' && isRealIsoDate(closesOn))) &&
    isReturnTo(returnTo) &&
    hasExactKeys(questionnaire, ['id', 'version', 'items']) &&
    questionnaire.id === 'kompas' &&
    isQuestionnaireVersion(questionnaire.version) &&
    isPublicKey(publicKey);
  if (!valid) return { ok: false, problem: 'invalid' };
  if (!anonymous && raterGroup !== 'leidinggevende') return { ok: false, problem: 'managerOnly' };
  const questionnaireVersion = questionnaire.version as QuestionnaireVersion;
  const items = formItems(questionnaire.items, questionnaireVersion);
  if (items === null) return { ok: false, problem: 'invalid' };
  return { ok: true, invitation: { ...(value as unknown as Invitation), raterGroup, language, publicKey, questionnaireVersion, formItems: items } };
}

/** Reads the invitation JSON from the page; a missing element or the empty template counts as missing. */
export function readInvitation(doc: Document): InvitationResult {
  const text = doc.getElementById(INVITATION_ELEMENT_ID)?.textContent ?? '';
  if (text.trim() === '' || text.trim() === 'null') return { ok: false, problem: 'missing' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  return validateInvitation(parsed);
}
