/** The form's state, kept in memory only: nothing is stored in the browser. */
import { DIMENSIONS } from '@shared/kernel/compass/content';
import type { Answer, Dimension, ItemId, NeedleId } from '@shared/kernel/compass/model';
import type { RaterGroup } from '@shared/features/exchange/formatConstants';
import type { FormItem, ValidInvitation } from './invitation';
import { unansweredItems } from './payload';

/** Steps: 0 intro · 1–5 the dimensions · 6 open questions · 7 review · 8 saved. */
export const STEP = { intro: 0, firstDimension: 1, open: 6, review: 7, done: 8 } as const;
/** Steps the respondent counts ("Stap 3 van 8"): the confirmation is not one of them. */
export const VISIBLE_STEPS = 8;

export interface Saved {
  /** The exact payload JSON: saving again encrypts the same text, with the same responseId. */
  readonly payloadJson: string;
  fileName: string;
}

export interface FormState {
  readonly invitation: ValidInvitation;
  step: number;
  raterGroup: RaterGroup | null;
  readonly answers: Map<ItemId, Answer>;
  readonly needleComments: Map<NeedleId, string>;
  keepDoing: string;
  startDoing: string;
  responseId: string;
  saved: Saved | null;
}

export function createState(invitation: ValidInvitation, newId: () => string): FormState {
  return {
    invitation,
    step: STEP.intro,
    raterGroup: invitation.raterGroup,
    answers: new Map(),
    needleComments: new Map(),
    keepDoing: '',
    startDoing: '',
    responseId: newId(),
    saved: null,
  };
}

/** A fresh, empty answer with a new responseId (only when the respondent explicitly starts over). */
export function resetState(state: FormState, newId: () => string): void {
  state.step = STEP.intro;
  state.raterGroup = state.invitation.raterGroup;
  state.answers.clear();
  state.needleComments.clear();
  state.keepDoing = '';
  state.startDoing = '';
  state.responseId = newId();
  state.saved = null;
}

export function dimensionOfStep(step: number): Dimension | undefined {
  return step >= STEP.firstDimension && step < STEP.open ? DIMENSIONS[step - STEP.firstDimension] : undefined;
}

export function stepOfNeedle(needle: NeedleId): number {
  const index = DIMENSIONS.findIndex((d) => d.needles.includes(needle));
  return STEP.firstDimension + Math.max(index, 0);
}

export function itemsOfNeedle(state: FormState, needle: NeedleId): FormItem[] {
  return state.invitation.formItems.filter((item) => item.needle === needle);
}

export function itemIds(state: FormState): ItemId[] {
  return state.invitation.formItems.map((item) => item.id);
}

export function missingItems(state: FormState): FormItem[] {
  const missing = new Set(unansweredItems(itemIds(state), state.answers));
  return state.invitation.formItems.filter((item) => missing.has(item.id));
}
