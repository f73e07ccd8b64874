/**
 * Main's small `t()` for the texts the operating system shows (notification, dialog) and the
 * browser-mode launcher prints: the same shared/i18n messages as the renderer, without i18next.
 * Keys are typed (`MessageKey`); `{{name}}` is filled from `vars`; with a numeric `count`, the
 * plural form (`key_one` / `key_other`) is chosen as i18next does.
 */
import type { Lang } from '@shared/kernel/compass/model';
import { LANGUAGES } from '@shared/kernel/compass/model';
import { DEFAULT_LANGUAGE, messages, type MessageKey } from '@shared/i18n/index';

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

function lookup(lang: Lang, path: string): string | undefined {
  let node: unknown = messages[lang];
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function fill(template: string, vars: Vars): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** The `t()` of one language. */
export function translator(lang: Lang): Translate {
  const plurals = new Intl.PluralRules(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return (key, vars = {}) => {
    const count = vars.count;
    const plural = typeof count === 'number' ? lookup(lang, `${key}_${plurals.select(count)}`) ?? lookup(lang, `${key}_other`) : undefined;
    const template = plural ?? lookup(lang, key) ?? lookup(DEFAULT_LANGUAGE, key) ?? key;
    return fill(template, vars);
  };
}

/** The app's language for an OS locale such as "en-US" or "nl_NL.UTF-8"; Dutch when it is neither. */
export function languageOfLocale(locale: string | undefined): Lang {
  const code = (locale ?? '').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Lang) : DEFAULT_LANGUAGE;
}
