import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIR_MODE, FILE_MODE, TEMP_FILE_PATTERN, WriteFailed, writeFileDurably } from '@main/storage/durableWrite';
import { isLeftover } from '@main/storage/housekeeping';
import { dribble, failureOf, faultyFs, halfThenZero, noSpace, snapshot, useTempDirs, withUmask } from './helpers';

const tempDir = useTempDirs('kompas-durable-');
const PREVIOUS = '{"schemaVersion":1,"name":"de vorige versie"}';
/** Long enough to need several writes, with multi-byte characters (bytes ≠ characters). */
const NEXT = JSON.stringify({ schemaVersion: 1, name: 'één nieuwe versie', notes: 'ü€'.repeat(500) });

function withPrevious(): { dir: string; target: string } {
  const dir = tempDir();
  const target = join(dir, 'doc.json');
  writeFileSync(target, PREVIOUS);
  return { dir, target };
}

describe('writeFileDurably', () => {
  it('creates missing folders, replaces the content, leaves no temp file', () => {
    const dir = tempDir();
    const target = join(dir, 'a', 'b', 'doc.json');
    writeFileDurably(target, PREVIOUS);
    writeFileDurably(target, NEXT);
    expect(readFileSync(target, 'utf8')).toBe(NEXT);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['doc.json']);
  });

  it('writes bytes as given (Uint8Array)', () => {
    const dir = tempDir();
    const bytes = Uint8Array.from([0, 255, 10, 13, 0x80]);
    writeFileDurably(join(dir, 'bin'), bytes);
    expect([...readFileSync(join(dir, 'bin'))]).toEqual([...bytes]);
  });

  it('writes through a temp file of our own pattern beside the target (what housekeeping removes)', () => {
    const { dir, target } = withPrevious();
    const injected = faultyFs(dribble(1 << 20));
    writeFileDurably(target, NEXT, injected.fs);
    expect(injected.opened).toHaveLength(1);
    const tmp = injected.opened[0] as string;
    expect(tmp.startsWith(`${dir}/`)).toBe(true);
    expect(basename(tmp)).toMatch(/^\.doc\.json\.[0-9a-f]{12}\.tmp$/);
    expect(TEMP_FILE_PATTERN.test(basename(tmp))).toBe(true);
    expect(isLeftover(basename(tmp))).toBe(true);
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });
});

describe('a write cut short', () => {
  it('fewer bytes than asked, then 0: WriteFailed, the previous file byte-identical, no temp file left', () => {
    const { dir, target } = withPrevious();
    const before = snapshot(dir);
    const injected = faultyFs(halfThenZero);
    const error = (() => {
      try {
        writeFileDurably(target, NEXT, injected.fs);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(WriteFailed);
    expect((error as WriteFailed).path).toBe(target);
    expect((error as WriteFailed).reason).toMatch(/short write/);
    expect(injected.calls()).toBe(2); // it did try to continue after the short write
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });

  it('a new file: nothing is created at all', () => {
    const dir = tempDir();
    expect(() => writeFileDurably(join(dir, 'new.json'), NEXT, faultyFs(halfThenZero).fs)).toThrow(WriteFailed);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('partial counts that eventually complete: the whole content is written', () => {
    const { dir, target } = withPrevious();
    const injected = faultyFs(dribble(7));
    writeFileDurably(target, NEXT, injected.fs);
    expect(readFileSync(target, 'utf8')).toBe(NEXT);
    expect(injected.calls()).toBe(Math.ceil(Buffer.byteLength(NEXT) / 7));
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });

  it('a count that is not a whole positive number is a failure too', () => {
    const { dir, target } = withPrevious();
    const before = snapshot(dir);
    expect(() => writeFileDurably(target, NEXT, faultyFs(() => -1).fs)).toThrow(WriteFailed);
    expect(() => writeFileDurably(target, NEXT, faultyFs(() => Number.NaN).fs)).toThrow(WriteFailed);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('a full disk or another failure', () => {
  it('ENOSPC: WriteFailed naming the cause, previous file intact, no temp file', async () => {
    const { dir, target } = withPrevious();
    const before = snapshot(dir);
    const error = await failureOf(() => writeFileDurably(target, NEXT, faultyFs(noSpace).fs));
    expect(error).toBeInstanceOf(WriteFailed);
    expect((error as WriteFailed).reason).toBe('ENOSPC');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a failing rename (a folder in the way): WriteFailed, temp file removed, the folder untouched', () => {
    const dir = tempDir();
    const target = join(dir, 'doc.json');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'kept');
    expect(() => writeFileDurably(target, NEXT)).toThrow(WriteFailed);
    expect(readdirSync(dir)).toEqual(['doc.json']);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('a failing fsync: WriteFailed, previous file intact', () => {
    const { dir, target } = withPrevious();
    const before = snapshot(dir);
    const { fs } = faultyFs(dribble(1 << 20));
    const broken = {
      ...fs,
      fsyncSync: () => {
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
      },
    };
    expect(() => writeFileDurably(target, NEXT, broken)).toThrow(WriteFailed);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('permissions: files 0600, folders 0700, whatever the umask', () => {
  const modeOf = (path: string) => statSync(path).mode & 0o777;

  it.each([0o000, 0o022])('umask %o: a new file and the folders made for it', (mask) => {
    const dir = tempDir();
    const target = join(dir, 'x', 'y', 'doc.json');
    withUmask(mask, () => writeFileDurably(target, NEXT));
    expect(modeOf(target)).toBe(FILE_MODE);
    expect(modeOf(join(dir, 'x'))).toBe(DIR_MODE);
    expect(modeOf(join(dir, 'x', 'y'))).toBe(DIR_MODE);
    expect([FILE_MODE, DIR_MODE]).toEqual([0o600, 0o700]);
  });

  it('replacing a 0644 file leaves a 0600 file', () => {
    const { target } = withPrevious();
    chmodSync(target, 0o644);
    withUmask(0, () => writeFileDurably(target, NEXT));
    expect(modeOf(target)).toBe(0o600);
    expect(existsSync(target)).toBe(true);
  });
});
