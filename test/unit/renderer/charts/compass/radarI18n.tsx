/** The radar's own i18n resources in a separate i18next instance, for rendering chart components in tests. */
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { radar as radarEn } from '@shared/i18n/en/radar';
import { radar as radarNl } from '@shared/i18n/nl/radar';

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  lng: 'nl',
  fallbackLng: 'nl',
  resources: { nl: { translation: { radar: radarNl } }, en: { translation: { radar: radarEn } } },
});

export const wrap = (ui: ReactNode) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
