/** How numbers and dates read, in Dutch or English: the one place for score and date formatting. */
import type { Lang } from './compass/model';

const LOCALES: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** A score with at most one decimal: "3,5" in Dutch, "3.5" in English. */
export function formatScore(value: number, lang: Lang): string {
  return cached(`score-${lang}`, () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 })).format(value);
}

/**
 * A score with up to two decimals, where rounding to one would mislead (a dimension mean of 3,25
 * beside a change of 0,25).
 */
export function formatPrecise(value: number, lang: Lang): string {
  return cached(`precise-${lang}`, () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 })).format(value);
}

/** A change with its sign: "+0,5", "−1", "0" (a real minus sign). */
export function formatChange(change: number, lang: Lang): string {
  return cached(`change-${lang}`, () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2, signDisplay: 'exceptZero' }))
    .format(change)
    .replace('-', '−');
}

/** A plain number in the language's notation ("0,75"). */
export function formatNumber(value: number, lang: Lang): string {
  return cached(`number-${lang}`, () => new Intl.NumberFormat(LOCALES[lang])).format(value);
}

/** "23 november 2026" / "23 November 2026" for a `YYYY-MM-DD` date (no time-zone shift). */
export function formatLongDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return cached(`date-${lang}`, () => new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
  );
}

/** "29 november 2026 om 21:30" for an instant, in this machine's time zone. */
export function formatDateTime(instant: string, lang: Lang): string {
  return cached(`datetime-${lang}`, () => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' })).format(new Date(instant));
}

/** "21:30" for an instant, in this machine's time zone. */
export function formatTime(instant: string, lang: Lang): string {
  return cached(`time-${lang}`, () => new Intl.DateTimeFormat(LOCALES[lang], { timeStyle: 'short' })).format(new Date(instant));
}

/** "collega’s en leidinggevende" / "peers and line manager": words joined as a list in the language. */
export function formatList(words: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(words);
}
