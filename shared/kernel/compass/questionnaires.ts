/**
 * Every version of questionnaire `kompas`, side by side. New meetmomenten and rounds use
 * CURRENT_QUESTIONNAIRE_VERSION; stored answers are read with the items of the version they were given
 * with. The v1-only lookups (`KOMPAS_V1`, `itemsOfNeedle`, `itemById`) stay in questionnaire.ts.
 */

import { ALL_ITEM_IDS, needleOfItem } from './itemIds';
import {
  QUESTIONNAIRE_VERSIONS,
  type ItemId,
  type NeedleId,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireVersion,
} from './model';
import { KOMPAS_V1 } from './questionnaire';
import { KOMPAS_V2 } from './questionnaireV2';

export const QUESTIONNAIRES: Readonly<Record<QuestionnaireVersion, Questionnaire>> = { 1: KOMPAS_V1, 2: KOMPAS_V2 };

export const CURRENT_QUESTIONNAIRE_VERSION = 2 satisfies QuestionnaireVersion;

export function isQuestionnaireVersion(value: unknown): value is QuestionnaireVersion {
  return QUESTIONNAIRE_VERSIONS.some((version) => version === value);
}

export function questionnaireOf(version: QuestionnaireVersion): Questionnaire {
  const found = QUESTIONNAIRES[version] as Questionnaire | undefined;
  if (found === undefined) throw new Error(`Unknown questionnaire version: ${String(version)}`);
  return found;
}

/** An item of the given version by id; throws on an id that version does not have. */
export function itemOf(version: QuestionnaireVersion, id: ItemId): QuestionnaireItem {
  const found = questionnaireOf(version).items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`Unknown questionnaire item: ${id} (version ${version})`);
  return found;
}

/** The two items of a needle in the given version, in order (`<needle>.1`, `<needle>.2`). */
export function itemsOfNeedleIn(version: QuestionnaireVersion, needle: NeedleId): readonly QuestionnaireItem[] {
  return questionnaireOf(version).items.filter((item) => item.needle === needle);
}

/**
 * True when a questionnaire has exactly the item ids `1.1` … `10.2` in order, each item on the needle its
 * id names: two per needle, so needle scores stay comparable across versions.
 */
export function questionnaireIsComplete(questionnaire: Questionnaire): boolean {
  const { items } = questionnaire;
  return (
    items.length === ALL_ITEM_IDS.length &&
    items.every((item, index) => item.id === ALL_ITEM_IDS[index] && item.needle === needleOfItem(item.id))
  );
}
