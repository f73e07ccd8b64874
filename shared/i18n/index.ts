/** UI messages per language, as i18next resources. Compass content lives in shared/kernel/compass. */
import type { Lang } from '../kernel/compass/model';
import * as enApp from './en/app';
import { backup as enBackup } from './en/backup';
import { errors as enErrors } from './en/errors';
import { feedback as enFeedback } from './en/feedback';
import { history as enHistory } from './en/history';
import { notes as enNotes } from './en/notes';
import { plan as enPlan } from './en/plan';
import { print as enPrint } from './en/print';
import { present as enPresent } from './en/present';
import { report as enReport } from './en/report';
import { radar as enRadar } from './en/radar';
import { system as enSystem } from './en/system';
import { coachees as enCoachees } from './en/coachees';
import { settings as enSettings } from './en/settings';
import * as nlApp from './nl/app';
import { backup as nlBackup } from './nl/backup';
import { errors as nlErrors } from './nl/errors';
import { feedback as nlFeedback } from './nl/feedback';
import { history as nlHistory } from './nl/history';
import { notes as nlNotes } from './nl/notes';
import { plan as nlPlan } from './nl/plan';
import { print as nlPrint } from './nl/print';
import { present as nlPresent } from './nl/present';
import { report as nlReport } from './nl/report';
import { radar as nlRadar } from './nl/radar';
import { system as nlSystem } from './nl/system';
import { coachees as nlCoachees } from './nl/coachees';
import { settings as nlSettings } from './nl/settings';

export const messages = {
  nl: { ...nlApp, radar: nlRadar, feedback: nlFeedback, report: nlReport, history: nlHistory, plan: nlPlan, print: nlPrint, present: nlPresent, notes: nlNotes, errors: nlErrors, system: nlSystem, coachees: nlCoachees, settings: nlSettings, backup: nlBackup },
  en: { ...enApp, radar: enRadar, feedback: enFeedback, report: enReport, history: enHistory, plan: enPlan, print: enPrint, present: enPresent, notes: enNotes, errors: enErrors, system: enSystem, coachees: enCoachees, settings: enSettings, backup: enBackup },
} as const satisfies Record<Lang, unknown>;

export const DEFAULT_LANGUAGE: Lang = 'nl';

/** `a_one` / `a_other` are one key `a` (i18next picks the plural form from `count`). */
type WithoutPlural<K extends string> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;

/** Every message key, as `t()` takes it ("feedback.groups.collega"). */
type Keys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${WithoutPlural<K>}` : Keys<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Keys<(typeof messages)['nl']>;
