/** UI messages per language, as i18next resources. Compass content lives in shared/compass. */
import type { Lang } from '../compass/model';
import * as enApp from './en/app';
import { feedback as enFeedback } from './en/feedback';
import { radar as enRadar } from './en/radar';
import * as nlApp from './nl/app';
import { feedback as nlFeedback } from './nl/feedback';
import { radar as nlRadar } from './nl/radar';

export const messages = {
  nl: { ...nlApp, radar: nlRadar, feedback: nlFeedback },
  en: { ...enApp, radar: enRadar, feedback: enFeedback },
} as const satisfies Record<Lang, unknown>;

export const DEFAULT_LANGUAGE: Lang = 'nl';
