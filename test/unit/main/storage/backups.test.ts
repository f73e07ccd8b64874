import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsToPrune, listBackups, writeBackup, type BackupEntry, type BackupPolicy } from '@main/storage/backups';
import { faultyFs, halfThenZero, snapshot, useTempDirs, withUmask } from './helpers';

const tempDir = useTempDirs('kompas-backups-');
const POLICY: BackupPolicy = { keepRecent: 8, keepDays: 14 };
const contents = (dir: string) => listBackups(dir).map((b) => readFileSync(join(dir, b.file), 'utf8'));

describe('writeBackup', () => {
  it('keeps the newest few when written often on one day', () => {
    const dir = tempDir();
    const start = Date.parse('2025-06-15T12:00:00.000Z');
    for (let i = 0; i < 12; i++) writeBackup(dir, `{"n":${i}}`, new Date(start + i * 1000), { keepRecent: 3, keepDays: 14 });
    expect(contents(dir)).toEqual(['{"n":11}', '{"n":10}', '{"n":9}']);
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('same millisecond: numbered after the highest, newest first, also after pruning', () => {
    const dir = tempDir();
    const at = new Date('2025-06-15T12:00:00.000Z');
    for (let i = 0; i < 12; i++) writeBackup(dir, `{"n":${i}}`, at, POLICY);
    expect(contents(dir)).toEqual([11, 10, 9, 8, 7, 6, 5, 4].map((n) => `{"n":${n}}`));
    expect(listBackups(dir)[0]?.file).toBe('2025-06-15T12-00-00-000Z-11.json');
    expect(readdirSync(dir)).not.toContain('2025-06-15T12-00-00-000Z.json'); // the first (unnumbered) one was pruned
  });

  it('a later backup in a later millisecond sorts before numbered ones of an earlier millisecond', () => {
    const dir = tempDir();
    const at = new Date('2025-06-15T12:00:00.000Z');
    writeBackup(dir, '{"n":0}', at, POLICY);
    writeBackup(dir, '{"n":1}', at, POLICY);
    writeBackup(dir, '{"n":2}', new Date(at.getTime() + 1), POLICY);
    expect(contents(dir)).toEqual(['{"n":2}', '{"n":1}', '{"n":0}']);
  });

  it('is written durably (0600 in a 0700 folder) and a failed backup prunes nothing', () => {
    const dir = join(tempDir(), 'backups');
    const start = Date.parse('2025-06-15T12:00:00.000Z');
    withUmask(0, () => {
      for (let i = 0; i < 3; i++) writeBackup(dir, `{"n":${i}}`, new Date(start + i), { keepRecent: 3, keepDays: 0 });
    });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const file of readdirSync(dir)) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
    const before = snapshot(dir);
    expect(() => writeBackup(dir, '{"n":3}', new Date(start + 3), { keepRecent: 3, keepDays: 0 }, faultyFs(halfThenZero).fs)).toThrow();
    expect(snapshot(dir)).toEqual(before);
  });

  it('ignores files that are not backups', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.json'), '{}');
    writeFileSync(join(dir, 'pre-upgrade-v1-2025-06-15T12-00-00-000Z.json'), '{}');
    writeFileSync(join(dir, '.2025-06-15T12-00-00-000Z.json.0123456789ab.tmp'), '{}');
    expect(listBackups(dir)).toEqual([]);
    expect(listBackups(join(dir, 'missing'))).toEqual([]);
    writeBackup(dir, '{"n":0}', new Date('2025-06-15T12:00:00.000Z'), { keepRecent: 1, keepDays: 0 });
    writeBackup(dir, '{"n":1}', new Date('2025-06-15T12:00:01.000Z'), { keepRecent: 1, keepDays: 0 });
    expect(readdirSync(dir).sort()).toEqual([
      '.2025-06-15T12-00-00-000Z.json.0123456789ab.tmp',
      '2025-06-15T12-00-01-000Z.json',
      'notes.json',
      'pre-upgrade-v1-2025-06-15T12-00-00-000Z.json',
    ]);
  });
});

describe('backupsToPrune (pure retention rule)', () => {
  const now = new Date('2025-06-30T12:00:00.000Z');
  const entry = (iso: string): BackupEntry => ({ file: `${iso}.json`, takenAt: new Date(iso) });
  const newestFirst = (isos: string[]) => isos.map(entry).sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());

  it('keeps everything while there are no more than keepRecent', () => {
    const entries = newestFirst(['2025-01-01T00:00:00.000Z', '2025-06-30T11:00:00.000Z']);
    expect(backupsToPrune(entries, now, { keepRecent: 2, keepDays: 0 })).toEqual([]);
  });

  it('keeps the newest N, plus the newest of each earlier day within keepDays', () => {
    const entries = newestFirst([
      '2025-06-30T11:00:00.000Z', // recent
      '2025-06-30T10:00:00.000Z', // recent
      '2025-06-30T09:00:00.000Z', // same day as the recent ones: pruned
      '2025-06-29T18:00:00.000Z', // newest of 06-29: kept
      '2025-06-29T08:00:00.000Z', // pruned
      '2025-06-20T08:00:00.000Z', // newest of 06-20 (within 14 days): kept
      '2025-06-10T08:00:00.000Z', // older than 14 days: pruned
      '2024-12-31T23:00:00.000Z', // pruned
    ]);
    expect(backupsToPrune(entries, now, { keepRecent: 2, keepDays: 14 })).toEqual([
      '2025-06-30T09:00:00.000Z.json',
      '2025-06-29T08:00:00.000Z.json',
      '2025-06-10T08:00:00.000Z.json',
      '2024-12-31T23:00:00.000Z.json',
    ]);
  });

  it('keeps old backups when they are among the newest N', () => {
    const entries = newestFirst(['2020-01-01T00:00:00.000Z', '2019-01-01T00:00:00.000Z', '2018-01-01T00:00:00.000Z']);
    expect(backupsToPrune(entries, now, { keepRecent: 2, keepDays: 14 })).toEqual(['2018-01-01T00:00:00.000Z.json']);
  });
});
