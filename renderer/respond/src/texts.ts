/** The form's texts in the invitation's language, and {{placeholder}} filling (no i18next here). */
import { SCALE_VALUES, type Lang, type QuestionnaireVersion, type ScaleValue } from '@shared/kernel/compass/model';
import { noAnswerLabel, scaleLabel } from '@shared/kernel/compass/scales';
import { respond as en } from '@shared/i18n/en/respond';
import { respond as nl } from '@shared/i18n/nl/respond';

/** The shape of the texts with plain strings instead of literal types, so both languages fit it. */
type Widen<T> = T extends string ? string : T extends readonly string[] ? readonly string[] : { readonly [K in keyof T]: Widen<T[K]> };
export type RespondTexts = Widen<typeof nl>;

const TEXTS: Readonly<Record<Lang, RespondTexts>> = { nl, en };

export function textsFor(language: Lang): RespondTexts {
  return TEXTS[language];
}

/** The answer labels of one questionnaire version, in the form's language. */
export interface ScaleTexts {
  readonly values: Readonly<Record<ScaleValue, string>>;
  /** The others' "no answer" choice: "Kan ik niet beoordelen". */
  readonly na: string;
}

/** The labels the invitation's questionnaire version was written with (scales.ts), so answers mean the same everywhere. */
export function scaleTexts(version: QuestionnaireVersion, language: Lang): ScaleTexts {
  const values = Object.fromEntries(SCALE_VALUES.map((v) => [v, scaleLabel(version, v)[language]])) as Record<ScaleValue, string>;
  return { values, na: noAnswerLabel(version, 'others')[language] };
}

/** Replaces each `{{name}}` by its value; unknown placeholders stay visible so they are noticed. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

// Dates read the same in the form as in the app: shared/kernel/format.ts.
export { formatLongDate as formatDate } from '@shared/kernel/format';
