import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@shared/kernel/compass/model';
import { formatLongDate } from '@shared/kernel/dates';
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

/** A `YYYY-MM-DD` date as "23 november 2026". */
export const formatDate = formatLongDate;

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeStyle: 'short' }).format(new Date(iso));
}
