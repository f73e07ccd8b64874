/** UI messages per language, as i18next resources. Compass content lives in shared/kernel/compass. */
import type { Lang } from '../kernel/compass/model';
import * as enApp from './en/app';
import { backup as enBackup } from './en/backup';
import { errors as enErrors } from './en/errors';
import { feedback as enFeedback } from './en/feedback';
import { history as enHistory } from './en/history';
import { plan as enPlan } from './en/plan';
import { report as enReport } from './en/report';
import { radar as enRadar } from './en/radar';
import { system as enSystem } from './en/system';
import * as nlApp from './nl/app';
import { backup as nlBackup } from './nl/backup';
import { errors as nlErrors } from './nl/errors';
import { feedback as nlFeedback } from './nl/feedback';
import { history as nlHistory } from './nl/history';
import { plan as nlPlan } from './nl/plan';
import { report as nlReport } from './nl/report';
import { radar as nlRadar } from './nl/radar';
import { system as nlSystem } from './nl/system';

export const messages = {
  nl: { ...nlApp, radar: nlRadar, feedback: nlFeedback, report: nlReport, history: nlHistory, plan: nlPlan, errors: nlErrors, system: nlSystem, backup: nlBackup },
  en: { ...enApp, radar: enRadar, feedback: enFeedback, report: enReport, history: enHistory, plan: enPlan, errors: enErrors, system: enSystem, backup: enBackup },
} as const satisfies Record<Lang, unknown>;

export const DEFAULT_LANGUAGE: Lang = 'nl';

/** `a_one` / `a_other` are one key `a` (i18next picks the plural form from `count`). */
type WithoutPlural<K extends string> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;

/** Every message key, as `t()` takes it ("feedback.groups.collega"). */
type Keys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${WithoutPlural<K>}` : Keys<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Keys<(typeof messages)['nl']>;
