/**
 * A strength hint for a backup passphrase: a code the renderer words, from a rule short enough to
 * explain to the user. Characters are counted as Unicode code points after NFC.
 *
 * - `too-short`: fewer than 10 characters (sealBackup refuses these).
 * - `weak`: built on a common word — with leading and trailing digits and symbols taken away, look-alike
 *   swaps undone (`@`→a, `0`→o, `1`→i, `3`→e, `4`→a, `5` and `$`→s, `7`→t), other non-letters dropped
 *   and lower-cased, what is left is empty, one of COMMON_WORDS, or such a word repeated — or fewer
 *   than 5 different characters.
 * - `strong`: at least 16 characters with three kinds of characters (lower case, upper case, digits,
 *   other) or with four words (separated by spaces, dashes, dots, commas or underscores).
 * - `fair`: everything else.
 *
 * It is a hint, not a measure of entropy: a file can be attacked offline, and only length and
 * unpredictability help against that; PBKDF2 with 600,000 iterations slows each guess, no more.
 */
export const PASSPHRASE_STRENGTHS = ['too-short', 'weak', 'fair', 'strong'] as const;
export type PassphraseStrength = (typeof PASSPHRASE_STRENGTHS)[number];

export const PASSPHRASE_MIN_LENGTH = 10;
export const PASSPHRASE_STRONG_LENGTH = 16;

/** Words (Dutch and English) that start many guessed passwords; compared after removing digits and symbols. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'wachtwoord', 'password', 'passwort', 'welkom', 'welcome', 'geheim', 'secret', 'letmein', 'iloveyou',
  'ikhouvanjou', 'hallo', 'hello', 'admin', 'administrator', 'gebruiker', 'user', 'login', 'inloggen',
  'qwerty', 'qwertyuiop', 'azerty', 'asdfgh', 'abc', 'abcdef', 'abcdefghij', 'test', 'backup', 'profiel',
  'kompas', 'ambtelijkkompas', 'ambtenaar', 'overheid', 'rijksoverheid', 'ministerie', 'coach',
  'nederland', 'holland', 'oranje', 'amsterdam', 'rotterdam', 'denhaag', 'utrecht', 'ajax', 'feyenoord',
  'voetbal', 'football', 'zomer', 'winter', 'lente', 'herfst', 'voorjaar', 'najaar', 'monkey', 'dragon',
  'sunshine', 'princess', 'computer', 'laptop', 'schatje', 'liefde', 'familie',
]);

const length = (text: string): number => Array.from(text).length;

/** Whether sealBackup takes the passphrase: at least PASSPHRASE_MIN_LENGTH characters. */
export function passphraseLongEnough(passphrase: string): boolean {
  return length(passphrase.normalize('NFC')) >= PASSPHRASE_MIN_LENGTH;
}

const LOOK_ALIKES: Readonly<Record<string, string>> = { '@': 'a', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', $: 's', '7': 't' };

function builtOnCommonWord(text: string): boolean {
  const core = text
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    .replace(/[@013457$]/gu, (c) => LOOK_ALIKES[c] ?? c)
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  if (core === '') return true;
  for (const word of COMMON_WORDS) {
    if (core.length % word.length === 0 && core === word.repeat(core.length / word.length)) return true;
  }
  return false;
}

function kindsOfCharacters(text: string): number {
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{Ll}\p{Lu}\p{N}]/u];
  return kinds.filter((kind) => kind.test(text)).length;
}

const wordCount = (text: string): number => text.split(/[\s\-_.,]+/u).filter((w) => w !== '').length;

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const text = passphrase.normalize('NFC');
  const chars = length(text);
  if (chars < PASSPHRASE_MIN_LENGTH) return 'too-short';
  if (builtOnCommonWord(text) || new Set(Array.from(text)).size < 5) return 'weak';
  if (chars >= PASSPHRASE_STRONG_LENGTH && (kindsOfCharacters(text) >= 3 || wordCount(text) >= 4)) return 'strong';
  return 'fair';
}
