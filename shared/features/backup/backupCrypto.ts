/**
 * Sealing and opening a backup / profile file (spec §6) with WebCrypto only (Node 20+ and browsers):
 * PBKDF2-SHA-256 with 600,000 iterations and a random 16-byte salt → AES-GCM-256 with a random
 * 12-byte IV; the header as canonical JSON is the additional data. The passphrase is taken in Unicode
 * NFC, so the same typed characters open the file on any system. Nothing but the header is in clear.
 */
import { encodeBase64url } from '../exchange/base64url';
import {
  BACKUP_CIPHER,
  BACKUP_FORMAT,
  BACKUP_ITERATIONS,
  BACKUP_IV_BYTES,
  BACKUP_KDF,
  BACKUP_SALT_BYTES,
  BACKUP_VERSION,
  backupHeader,
  headerAdditionalData,
  serializeBackupFile,
  type BackupHeader,
  type BackupScope,
} from './backupFormat';
import { passphraseLongEnough } from './passphrase';
import { readBackupFile, type BackupRefusal } from './readBackupFile';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: KeyUsage): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: BACKUP_KDF.hash, salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

export interface SealBackupInput {
  readonly scope: BackupScope;
  /** Any JSON value (what main collects for the scope); it comes back deep-equal. */
  readonly payload: unknown;
  /** At least PASSPHRASE_MIN_LENGTH characters (passphrase.ts); the caller checks and says so first. */
  readonly passphrase: string;
}

/**
 * The text of a new backup file. Throws a RangeError for a passphrase that is too short and a
 * TypeError for a payload that is not JSON: both are the caller's checks, not the user's input here.
 */
export async function sealBackup(input: SealBackupInput): Promise<string> {
  if (!passphraseLongEnough(input.passphrase)) throw new RangeError('sealBackup: passphrase too short');
  const json = JSON.stringify(input.payload) as string | undefined;
  if (json === undefined) throw new TypeError('sealBackup: payload is not a JSON value');
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(BACKUP_SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(BACKUP_IV_BYTES));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    scope: input.scope,
    kdf: { name: BACKUP_KDF.name, hash: BACKUP_KDF.hash, iterations: BACKUP_ITERATIONS, salt: encodeBase64url(salt) },
    cipher: { name: BACKUP_CIPHER, iv: encodeBase64url(iv) },
  };
  const key = await deriveKey(input.passphrase, salt, BACKUP_ITERATIONS, 'encrypt');
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: headerAdditionalData(header) },
    key,
    new TextEncoder().encode(json),
  );
  return serializeBackupFile({ ...header, ct: encodeBase64url(new Uint8Array(ct)) });
}

export type OpenBackupResult =
  | { readonly ok: true; readonly scope: BackupScope; readonly payload: unknown }
  | { readonly ok: false; readonly reason: BackupRefusal };

/**
 * Opens a backup file's text with a passphrase. Every refusal but the last is decided before the KDF
 * runs (readBackupFile); nothing of the content is returned unless the AES-GCM tag verifies.
 */
export async function openBackup(text: string, passphrase: string): Promise<OpenBackupResult> {
  const read = readBackupFile(text);
  if (!read.ok) return read;
  const header = backupHeader(read.file);
  let plain: ArrayBuffer;
  try {
    const key = await deriveKey(passphrase, read.salt, header.kdf.iterations, 'decrypt');
    plain = await subtle().decrypt({ name: 'AES-GCM', iv: read.iv, additionalData: headerAdditionalData(header) }, key, read.ct);
  } catch {
    return { ok: false, reason: 'wrong-passphrase-or-altered' };
  }
  try {
    const payload: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
    return { ok: true, scope: header.scope, payload };
  } catch {
    // Authentic, yet not JSON: written wrongly, never by this app.
    return { ok: false, reason: 'damaged' };
  }
}
