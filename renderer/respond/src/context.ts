/** What every step renderer gets from the form controller. */
import type { Lang } from '@shared/kernel/compass/model';
import type { FormState } from './state';
import type { RespondTexts, ScaleTexts } from './texts';

/** Where focus goes after a step change: the heading (default), an item's radio group, or the rater group. */
export type FocusTarget = { readonly item: string } | { readonly group: true } | undefined;

export interface StepContext {
  readonly state: FormState;
  readonly t: RespondTexts;
  readonly lang: Lang;
  /** The answer labels of the invitation's questionnaire version. */
  readonly scale: ScaleTexts;
  goTo(step: number, focus?: FocusTarget): void;
  /** Call after an answer changed: updates the progress line. */
  answered(): void;
  /** Builds (once), encrypts and saves the payload; resolves to the file name. */
  save(): Promise<string>;
  /** Clears everything and starts a new answer with a new responseId. */
  restart(): void;
}
