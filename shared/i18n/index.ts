/** UI messages per language, as i18next resources. Compass content lives in shared/compass. */
import type { Lang } from '../kernel/compass/model';
import * as enApp from './en/app';
import { feedback as enFeedback } from './en/feedback';
import { history as enHistory } from './en/history';
import { plan as enPlan } from './en/plan';
import { report as enReport } from './en/report';
import { radar as enRadar } from './en/radar';
import * as nlApp from './nl/app';
import { feedback as nlFeedback } from './nl/feedback';
import { history as nlHistory } from './nl/history';
import { plan as nlPlan } from './nl/plan';
import { report as nlReport } from './nl/report';
import { radar as nlRadar } from './nl/radar';

export const messages = {
  nl: { ...nlApp, radar: nlRadar, feedback: nlFeedback, report: nlReport, history: nlHistory, plan: nlPlan },
  en: { ...enApp, radar: enRadar, feedback: enFeedback, report: enReport, history: enHistory, plan: enPlan },
} as const satisfies Record<Lang, unknown>;

export const DEFAULT_LANGUAGE: Lang = 'nl';
