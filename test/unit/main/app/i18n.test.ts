/** Main's small t(): the shared messages, placeholders, plural forms, and the OS locale's language. */
import { describe, expect, it } from 'vitest';
import { languageOfLocale, translator } from '@main/app/i18n';

describe('main t()', () => {
  it('words a key in Dutch and in English from the shared messages', () => {
    expect(translator('nl')('system.web.stopped')).toBe('Ambtelijk Kompas is gestopt.');
    expect(translator('en')('system.web.stopped')).toBe('Ambtelijk Kompas has stopped.');
  });

  it('fills placeholders and picks the plural form from count', () => {
    const nl = translator('nl');
    expect(nl('system.web.badPort', { value: 'abc' })).toBe('KOMPAS_PORT moet een poortnummer zijn (0–65535), niet "abc".');
    expect(nl('system.reminders.actions', { count: 1 })).toBe('1 actie van uw routekaart');
    expect(nl('system.reminders.actions', { count: 3 })).toBe('3 acties van uw routekaart');
    expect(translator('en')('system.reminders.actions', { count: 1 })).toBe('1 action from your route map');
  });

  it('words error codes for OS texts too (e.g. a second server on the same data folder)', () => {
    expect(translator('en')('errors.storage.dataFolderInUse', { dir: '/data' })).toContain('The data folder /data is already in use');
  });

  it('takes the language of an OS locale, Dutch when it is neither', () => {
    expect(languageOfLocale('en-US')).toBe('en');
    expect(languageOfLocale('en_GB.UTF-8')).toBe('en');
    expect(languageOfLocale('nl_NL.UTF-8')).toBe('nl');
    expect(languageOfLocale('de-DE')).toBe('nl');
    expect(languageOfLocale('C.UTF-8')).toBe('nl');
    expect(languageOfLocale(undefined)).toBe('nl');
  });
});
