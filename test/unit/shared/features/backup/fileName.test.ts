import { describe, expect, it } from 'vitest';
import { backupFileName, backupFileNameFor, profileFileName, safeFileNamePart } from '@shared/features/backup/fileName';

describe('backup file names', () => {
  it('names a backup of everything by date', () => {
    expect(backupFileName('2026-11-30')).toBe('kompas-backup-2026-11-30.json');
    expect(backupFileNameFor('all', '2026-11-30', 'ignored')).toBe('kompas-backup-2026-11-30.json');
  });

  it('names a profile file by alias and date', () => {
    expect(profileFileName('Anneke de Vries', '2026-01-05')).toBe('kompas-profiel-Anneke-de-Vries-2026-01-05.json');
    expect(backupFileNameFor('profile', '2026-01-05', 'Zoë')).toBe('kompas-profiel-Zoë-2026-01-05.json');
  });

  it('leaves the alias out when nothing of it is usable', () => {
    expect(profileFileName(' /\\.. ', '2026-01-05')).toBe('kompas-profiel-2026-01-05.json');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => backupFileName('2026-02-30')).toThrow(RangeError);
    expect(() => profileFileName('A', '30-11-2026')).toThrow(RangeError);
  });
});

describe('safeFileNamePart', () => {
  it.each([
    ['Anneke van der Ploeg-Çelik', 'Anneke-van-der-Ploeg-Çelik'],
    ['Noël Ångström', 'Noël-Ångström'],
    ['Zoe\u0308', 'Zoë'],
    ['Σωκράτης', 'Σωκράτης'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Users\\x', 'C-Users-x'],
    ['a<b>c:d"e|f?g*h', 'a-b-c-d-e-f-g-h'],
    ['tab\there\nnew\u0000nul', 'tab-here-new-nul'],
    ['evil\u202Efdp.exe', 'evil-fdp-exe'],
    ['Team 2026.', 'Team-2026'],
    ['CON', 'CON_'],
    ['lpt1', 'lpt1_'],
    ['Com9', 'Com9_'],
    ['Console', 'Console'],
    ['\u0301abc', 'abc'],
  ])('%j → %j', (alias, expected) => {
    expect(safeFileNamePart(alias)).toBe(expected);
  });

  it('keeps at most 60 characters and no dash at the end', () => {
    const part = safeFileNamePart(`${'é'.repeat(59)} abc`);
    expect(part).toBe('é'.repeat(59));
    expect(Array.from(safeFileNamePart('🧭x'.repeat(100))).length).toBeLessThanOrEqual(60);
  });
});
