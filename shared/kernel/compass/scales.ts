/**
 * The answer scale per questionnaire version: the labels of 1–5 and of the "no answer" choice, which
 * differs between the self form and the others form. Version 1 keeps the labels it was answered with, so
 * old answers read as they were given; version 2 is symmetric around "soms".
 */

import type { Localized, QuestionnaireVersion, ScaleValue } from './model';

/** Self-assessment ("Ik …") or 360 feedback ("Deze leider …"). */
export type AnswerForm = 'self' | 'others';

export interface AnswerScale {
  /** Label per answer value, 1 = least often, 5 = most often. */
  readonly values: Readonly<Record<ScaleValue, Localized>>;
  /** Label of the choice that gives no score (stored as null). */
  readonly noAnswer: Readonly<Record<AnswerForm, Localized>>;
}

const CANNOT_JUDGE: Localized = { nl: 'Kan ik niet beoordelen', en: 'Cannot judge' };

export const SCALES: Readonly<Record<QuestionnaireVersion, AnswerScale>> = {
  1: {
    values: {
      1: { nl: 'nauwelijks', en: 'hardly ever' },
      2: { nl: 'soms', en: 'sometimes' },
      3: { nl: 'regelmatig', en: 'regularly' },
      4: { nl: 'vaak', en: 'often' },
      5: { nl: '(bijna) altijd', en: '(almost) always' },
    },
    // Version 1 offered "kan ik niet beoordelen" in the self form too.
    noAnswer: { self: CANNOT_JUDGE, others: CANNOT_JUDGE },
  },
  2: {
    values: {
      1: { nl: '(bijna) nooit', en: '(almost) never' },
      2: { nl: 'zelden', en: 'rarely' },
      3: { nl: 'soms', en: 'sometimes' },
      4: { nl: 'vaak', en: 'often' },
      5: { nl: '(bijna) altijd', en: '(almost) always' },
    },
    noAnswer: { self: { nl: 'Niet van toepassing', en: 'Not applicable' }, others: CANNOT_JUDGE },
  },
};

export function scaleOf(version: QuestionnaireVersion): AnswerScale {
  return SCALES[version];
}

export function scaleLabel(version: QuestionnaireVersion, value: ScaleValue): Localized {
  return SCALES[version].values[value];
}

export function noAnswerLabel(version: QuestionnaireVersion, form: AnswerForm): Localized {
  return SCALES[version].noAnswer[form];
}

/** Shown with a situational item (v2): rate the behaviour over the occasions on which it could occur. */
export const SITUATIONAL_INSTRUCTION: Localized = {
  nl: 'Ga bij deze vraag alleen uit van de situaties waarin dit aan de orde was.',
  en: 'For this question, think only of the situations in which this came up.',
};
