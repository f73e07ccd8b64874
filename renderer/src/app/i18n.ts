import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@shared/kernel/compass/model';
import { DEFAULT_LANGUAGE, messages } from '@shared/i18n/index';

export async function initI18n(language: Lang = DEFAULT_LANGUAGE): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: messages.nl }, en: { translation: messages.en } },
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

// Dates and numbers read the same everywhere: shared/kernel/format.ts.
export { formatDateTime, formatLongDate as formatDate, formatTime } from '@shared/kernel/format';
