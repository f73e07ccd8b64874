/**
 * The checks on a backup file that need no passphrase (spec §6), in the order a reader meets them:
 * JSON, format, version, KDF, cipher, then every field. Synchronous and cheap, so a file is refused
 * before the KDF ever runs (fewer than 600,000 iterations included), and a caller can check a file
 * before asking for its passphrase.
 */
import { decodeBase64url } from '../exchange/base64url';
import {
  BACKUP_CIPHER,
  BACKUP_FORMAT,
  BACKUP_ITERATIONS,
  BACKUP_IV_BYTES,
  BACKUP_KDF,
  BACKUP_MAX_ITERATIONS,
  BACKUP_SALT_BYTES,
  BACKUP_TAG_BYTES,
  BACKUP_VERSIONS,
  backupFileSchema,
  type BackupFile,
} from './backupFormat';

export const BACKUP_REFUSALS = [
  /** Not JSON at all. */
  'not-json',
  /** JSON, but not a backup (another format, or none). */
  'not-a-backup',
  /** A whole-number version higher than this app reads: made by a newer app. */
  'newer-version',
  /** A version that does not exist (0, "1", 1.5, none). */
  'unknown-version',
  /** PBKDF2 with fewer than 600,000 iterations: refused before deriving anything. */
  'weak-kdf',
  /** Another key derivation (or hash), or more iterations than this app runs (BACKUP_MAX_ITERATIONS). */
  'unknown-kdf',
  /** Another cipher than AES-GCM. */
  'unknown-cipher',
  /** A field missing, extra, of the wrong type or length, bad base64url; or a decrypted content that is not JSON. */
  'damaged',
  /**
   * The AES-GCM tag does not match: a wrong passphrase, or a file whose header or ciphertext was
   * changed. AES-GCM cannot tell these apart, so neither does the code.
   */
  'wrong-passphrase-or-altered',
] as const;
export type BackupRefusal = (typeof BACKUP_REFUSALS)[number];

/** A file that passed every check but the passphrase, with its decoded bytes. */
export interface ReadBackup {
  readonly file: BackupFile;
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ct: Uint8Array<ArrayBuffer>;
}

export type ReadBackupResult = ({ readonly ok: true } & ReadBackup) | { readonly ok: false; readonly reason: BackupRefusal };

const refuse = (reason: BackupRefusal): ReadBackupResult => ({ ok: false, reason });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function versionRefusal(version: unknown): BackupRefusal | null {
  if (typeof version !== 'number' || !Number.isInteger(version)) return 'unknown-version';
  if (BACKUP_VERSIONS.includes(version)) return null;
  return version > Math.max(...BACKUP_VERSIONS) ? 'newer-version' : 'unknown-version';
}

/** KDF and cipher named by the file; shapes that are merely wrong are left to the schema (damaged). */
function algorithmRefusal(raw: Record<string, unknown>): BackupRefusal | null {
  const { kdf, cipher } = raw;
  if (isRecord(kdf)) {
    const { name, hash, iterations } = kdf;
    if ((typeof name === 'string' && name !== BACKUP_KDF.name) || (typeof hash === 'string' && hash !== BACKUP_KDF.hash)) {
      return 'unknown-kdf';
    }
    if (typeof iterations === 'number' && Number.isInteger(iterations)) {
      if (iterations < BACKUP_ITERATIONS) return 'weak-kdf';
      if (iterations > BACKUP_MAX_ITERATIONS) return 'unknown-kdf';
    }
  }
  if (isRecord(cipher) && typeof cipher.name === 'string' && cipher.name !== BACKUP_CIPHER) return 'unknown-cipher';
  return null;
}

/** Reads a backup file's text up to (not including) the passphrase. */
export function readBackupFile(text: string): ReadBackupResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('not-json');
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) return refuse('not-a-backup');
  const refusal = versionRefusal(raw.version) ?? algorithmRefusal(raw);
  if (refusal) return refuse(refusal);
  const parsed = backupFileSchema.safeParse(raw);
  if (!parsed.success) return refuse('damaged');
  const file = parsed.data;
  const salt = decodeBase64url(file.kdf.salt);
  const iv = decodeBase64url(file.cipher.iv);
  const ct = decodeBase64url(file.ct);
  if (salt?.length !== BACKUP_SALT_BYTES || iv?.length !== BACKUP_IV_BYTES || !ct || ct.length < BACKUP_TAG_BYTES) {
    return refuse('damaged');
  }
  return { ok: true, file, salt, iv, ct };
}
