/**
 * Backup / profile files of spec §6: round trips, every refusal code, and tampering with the header or
 * the ciphertext. Each seal or open with a passphrase runs PBKDF2 with 600,000 iterations, so the sealed
 * files are made once and shared; refusals decided before the KDF use readBackupFile's cheap checks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '@shared/features/exchange/base64url';
import { BACKUP_FORMAT, BACKUP_ITERATIONS, BACKUP_REFUSALS, openBackup, readBackupFile, sealBackup } from '@shared/features/backup';

const PASSPHRASE = 'Zeven-zeeën & één kompas 2026';
const PAYLOAD_ALL = {
  profiles: [{ id: 'p1', alias: 'Anneke van der Ploeg-Çelik', note: 'Ééndrachtig — “leiding” geven ✓ 中文 🧭' }],
  counts: [0, 1.5, -2, 1e21],
  flags: { empty: {}, none: null, yes: true, list: [] },
};
const PAYLOAD_PROFILE = 'één profiel als tekst';

type Json = Record<string, unknown>;
const parse = (text: string): Json => JSON.parse(text) as Json;
/** The sealed file with `change` applied to its parsed form, as text. */
function edited(text: string, change: (file: Json & { kdf: Json; cipher: Json }) => void): string {
  const file = parse(text) as Json & { kdf: Json; cipher: Json };
  change(file);
  return JSON.stringify(file);
}

let sealedAll = '';
let sealedProfile = '';
beforeAll(async () => {
  sealedAll = await sealBackup({ scope: 'all', payload: PAYLOAD_ALL, passphrase: PASSPHRASE });
  sealedProfile = await sealBackup({ scope: 'profile', payload: PAYLOAD_PROFILE, passphrase: PASSPHRASE });
});

describe('sealBackup', () => {
  it('writes exactly the spec fields, 600,000 iterations, a fresh 16-byte salt and 12-byte IV', () => {
    const file = parse(sealedAll) as Json & { kdf: Json; cipher: Json };
    expect(Object.keys(file)).toEqual(['format', 'version', 'scope', 'kdf', 'cipher', 'ct']);
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 1, scope: 'all' });
    expect(file.kdf).toEqual({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: expect.any(String) as string });
    expect(file.cipher).toEqual({ name: 'AES-GCM', iv: expect.any(String) as string });
    expect(decodeBase64url(file.kdf.salt as string)?.length).toBe(16);
    expect(decodeBase64url(file.cipher.iv as string)?.length).toBe(12);
    const other = parse(sealedProfile) as { kdf: Json; cipher: Json };
    expect(other.kdf.salt).not.toBe(file.kdf.salt);
    expect(other.cipher.iv).not.toBe(file.cipher.iv);
  });

  it('puts nothing of the content in clear', () => {
    // The header holds nothing of it; `ct` is random-looking base64url, where any two letters (`p1`)
    // turn up by chance, so it is checked for the content's own words and their base64url only.
    // Salt and iv are random base64url too, so they are left out of the look for short texts.
    const header = (text: string) => {
      const f = parse(text) as Json & { kdf: Json; cipher: Json };
      return JSON.stringify({ ...f, ct: undefined, kdf: { ...f.kdf, salt: undefined }, cipher: { ...f.cipher, iv: undefined } });
    };
    for (const clear of ['Anneke', 'profiles', 'p1', 'Ploeg', 'profiel']) expect(header(sealedAll)).not.toContain(clear);
    for (const clear of ['Anneke', 'profiles', 'Ploeg']) {
      expect(sealedAll).not.toContain(clear);
      expect(sealedAll).not.toContain(encodeBase64url(new TextEncoder().encode(clear)).slice(0, 6));
    }
    expect(sealedProfile).not.toContain('profiel als');
  });

  it('refuses a passphrase under 10 characters and a payload that is not JSON, before any work', async () => {
    await expect(sealBackup({ scope: 'all', payload: 1, passphrase: 'kort-9-tk' })).rejects.toThrow(RangeError);
    await expect(sealBackup({ scope: 'all', payload: undefined, passphrase: PASSPHRASE })).rejects.toThrow(TypeError);
  });
});

describe('openBackup', () => {
  it('round-trips both scopes, non-ASCII text included', async () => {
    expect(await openBackup(sealedAll, PASSPHRASE)).toEqual({ ok: true, scope: 'all', payload: PAYLOAD_ALL });
    expect(await openBackup(sealedProfile, PASSPHRASE)).toEqual({ ok: true, scope: 'profile', payload: PAYLOAD_PROFILE });
  });

  it('opens a file whose header keys are in another order (the additional data is canonical JSON)', async () => {
    const f = parse(sealedProfile) as Json & { kdf: Json; cipher: Json };
    const reordered = JSON.stringify(
      {
        ct: f.ct,
        cipher: { iv: f.cipher.iv, name: f.cipher.name },
        kdf: { salt: f.kdf.salt, iterations: f.kdf.iterations, hash: f.kdf.hash, name: f.kdf.name },
        scope: f.scope,
        version: f.version,
        format: f.format,
      },
      null,
      2,
    );
    expect(reordered).not.toBe(sealedProfile);
    expect(await openBackup(reordered, PASSPHRASE)).toEqual({ ok: true, scope: 'profile', payload: PAYLOAD_PROFILE });
  });

  it('uses the header as canonical JSON for the additional data (checked with WebCrypto directly)', async () => {
    const f = parse(sealedProfile) as Json & { kdf: Json; cipher: Json };
    const aad =
      `{"cipher":{"iv":"${f.cipher.iv as string}","name":"AES-GCM"},"format":"ambtelijk-kompas/backup",` +
      `"kdf":{"hash":"SHA-256","iterations":600000,"name":"PBKDF2","salt":"${f.kdf.salt as string}"},"scope":"profile","version":1}`;
    const subtle = globalThis.crypto.subtle;
    const material = await subtle.importKey('raw', new TextEncoder().encode(PASSPHRASE), 'PBKDF2', false, ['deriveKey']);
    const key = await subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: decodeBase64url(f.kdf.salt as string)!, iterations: 600_000 },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const plain = await subtle.decrypt(
      { name: 'AES-GCM', iv: decodeBase64url(f.cipher.iv as string)!, additionalData: new TextEncoder().encode(aad) },
      key,
      decodeBase64url(f.ct as string)!,
    );
    expect(JSON.parse(new TextDecoder().decode(plain))).toBe(PAYLOAD_PROFILE);
  });

  it('opens with the same passphrase typed in decomposed form (NFD), as some systems send it', async () => {
    const decomposed = PASSPHRASE.normalize('NFD');
    expect(decomposed).not.toBe(PASSPHRASE);
    expect(await openBackup(sealedProfile, decomposed)).toMatchObject({ ok: true, scope: 'profile' });
  });

  it('refuses a wrong passphrase', async () => {
    expect(await openBackup(sealedProfile, 'Zeven-zeeen & een kompas 2026')).toEqual({ ok: false, reason: 'wrong-passphrase-or-altered' });
  });

  it('refuses a file whose scope was changed in the header, returning nothing', async () => {
    const swapped = edited(sealedProfile, (f) => (f.scope = 'all'));
    expect(await openBackup(swapped, PASSPHRASE)).toEqual({ ok: false, reason: 'wrong-passphrase-or-altered' });
  });

  it('refuses a file whose iteration count was raised in the header', async () => {
    const raised = edited(sealedProfile, (f) => (f.kdf.iterations = BACKUP_ITERATIONS + 1));
    expect(await openBackup(raised, PASSPHRASE)).toEqual({ ok: false, reason: 'wrong-passphrase-or-altered' });
  });

  it('refuses a file whose ciphertext was changed by one bit', async () => {
    const flipped = edited(sealedProfile, (f) => {
      const ct = decodeBase64url(f.ct as string)!;
      ct[0] = ct[0]! ^ 1;
      f.ct = encodeBase64url(ct);
    });
    expect(await openBackup(flipped, PASSPHRASE)).toEqual({ ok: false, reason: 'wrong-passphrase-or-altered' });
  });
});

describe('readBackupFile: the refusals decided before the KDF runs', () => {
  const reason = (text: string): string | null => {
    const read = readBackupFile(text);
    return read.ok ? null : read.reason;
  };
  const cases: [string, () => string, string][] = [
    ['not JSON', () => '{"format":', 'not-json'],
    ['JSON but no object', () => '[1,2]', 'not-a-backup'],
    ['another format', () => edited(sealedAll, (f) => (f.format = 'ambtelijk-kompas/profiel')), 'not-a-backup'],
    ['version 2', () => edited(sealedAll, (f) => (f.version = 2)), 'newer-version'],
    ['version 0', () => edited(sealedAll, (f) => (f.version = 0)), 'unknown-version'],
    ['version "1"', () => edited(sealedAll, (f) => (f.version = '1')), 'unknown-version'],
    ['version 1.5', () => edited(sealedAll, (f) => (f.version = 1.5)), 'unknown-version'],
    ['no version', () => edited(sealedAll, (f) => delete f.version), 'unknown-version'],
    ['599,999 iterations', () => edited(sealedAll, (f) => (f.kdf.iterations = 599_999)), 'weak-kdf'],
    ['1 iteration', () => edited(sealedAll, (f) => (f.kdf.iterations = 1)), 'weak-kdf'],
    ['a billion iterations', () => edited(sealedAll, (f) => (f.kdf.iterations = 1e9)), 'unknown-kdf'],
    ['another KDF', () => edited(sealedAll, (f) => (f.kdf.name = 'scrypt')), 'unknown-kdf'],
    ['another hash', () => edited(sealedAll, (f) => (f.kdf.hash = 'SHA-1')), 'unknown-kdf'],
    ['another cipher', () => edited(sealedAll, (f) => (f.cipher.name = 'AES-CBC')), 'unknown-cipher'],
    ['an extra top-level field', () => edited(sealedAll, (f) => (f.createdAt = '2026-11-30')), 'damaged'],
    ['an extra field in kdf', () => edited(sealedAll, (f) => (f.kdf.memory = 1)), 'damaged'],
    ['an unknown scope', () => edited(sealedAll, (f) => (f.scope = 'cohort')), 'damaged'],
    ['no ct', () => edited(sealedAll, (f) => delete f.ct), 'damaged'],
    ['iterations as text', () => edited(sealedAll, (f) => (f.kdf.iterations = '600000')), 'damaged'],
    ['a 15-byte salt', () => edited(sealedAll, (f) => (f.kdf.salt = encodeBase64url(new Uint8Array(15)))), 'damaged'],
    ['a salt that is not base64url', () => edited(sealedAll, (f) => (f.kdf.salt = '+'.repeat(22))), 'damaged'],
    ['a non-canonical salt', () => edited(sealedAll, (f) => (f.kdf.salt = `${'A'.repeat(21)}B`)), 'damaged'],
    ['a 16-byte IV', () => edited(sealedAll, (f) => (f.cipher.iv = encodeBase64url(new Uint8Array(16)))), 'damaged'],
    ['a ct shorter than the tag', () => edited(sealedAll, (f) => (f.ct = encodeBase64url(new Uint8Array(15)))), 'damaged'],
  ];
  it.each(cases)('%s → %s', (_name, make, expected) => {
    expect(reason(make())).toBe(expected);
  });

  it('covers every refusal code but the one only the passphrase can decide', () => {
    const seen = new Set(cases.map(([, , code]) => code));
    expect(BACKUP_REFUSALS.filter((code) => !seen.has(code))).toEqual(['wrong-passphrase-or-altered']);
  });

  it('openBackup gives the same refusal without deriving a key', async () => {
    const weak = edited(sealedAll, (f) => (f.kdf.iterations = 599_999));
    expect(await openBackup(weak, PASSPHRASE)).toEqual({ ok: false, reason: 'weak-kdf' });
  });

  it('accepts the sealed file as it is', () => {
    expect(readBackupFile(sealedAll).ok).toBe(true);
  });
});
