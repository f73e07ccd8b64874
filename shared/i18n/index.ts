/** UI messages per language, as i18next resources. Compass content lives in shared/compass. */
import type { Lang } from '../compass/model';
import * as enApp from './en/app';
import { radar as enRadar } from './en/radar';
import * as nlApp from './nl/app';
import { radar as nlRadar } from './nl/radar';

export const messages = {
  nl: { ...nlApp, radar: nlRadar },
  en: { ...enApp, radar: enRadar },
} as const satisfies Record<Lang, unknown>;

export const DEFAULT_LANGUAGE: Lang = 'nl';
