import { describe, expect, it } from 'vitest';
import { passphraseLongEnough, passphraseStrength } from '@shared/features/backup/passphrase';

describe('passphraseStrength', () => {
  it.each([
    ['', 'too-short'],
    ['Kort!9xy', 'too-short'],
    ['ééééééééé', 'too-short'],
    ['Wachtwoord2026!', 'weak'],
    ['p@ssword1234', 'weak'],
    ['W3lk0m-W3lk0m!!', 'weak'],
    ['zomer zomer zomer', 'weak'],
    ['1234567890123', 'weak'],
    ['abababababababab', 'weak'],
    ['tulpenbollen', 'fair'],
    ['Tulpenbollen7', 'fair'],
    ['tulpenbollenveldje', 'fair'],
    ['Tulpenbollen-7-Lisse', 'strong'],
    ['paard batterij nietje correct', 'strong'],
    ['Één kompas voor élke dag', 'strong'],
  ])('%j → %s', (passphrase, expected) => {
    expect(passphraseStrength(passphrase)).toBe(expected);
  });

  it('counts characters, not UTF-16 units, in NFC', () => {
    const decomposed = 'e\u0301'.repeat(9) + 'x';
    expect(passphraseLongEnough(decomposed)).toBe(true);
    expect(passphraseLongEnough('🧭'.repeat(9))).toBe(false);
  });
});
