/**
 * The backup / profile file of spec §6 (`ambtelijk-kompas/backup`, version 1): constants, the strict
 * schema, the header that is the AES-GCM additional data, and the file's text. Pure, no crypto here.
 */
import { z } from 'zod';
import { BASE64URL_PATTERN } from '../exchange/base64url';
import { canonicalJson } from './canonicalJson';

export const BACKUP_FORMAT = 'ambtelijk-kompas/backup';
/** The backup versions this app reads; a higher whole number comes from a newer app. */
export const BACKUP_VERSIONS: readonly number[] = [1];
export const BACKUP_VERSION = 1;
/** `all`: everything the app stores; `profile`: one profile (a coachee's). */
export const BACKUP_SCOPES = ['all', 'profile'] as const;
export type BackupScope = (typeof BACKUP_SCOPES)[number];

export const BACKUP_KDF = { name: 'PBKDF2', hash: 'SHA-256' } as const;
/** Written always; a reader refuses fewer (spec §6). */
export const BACKUP_ITERATIONS = 600_000;
/**
 * The most iterations a reader runs. The spec fixes no ceiling, but a file naming billions would hang
 * the app before the passphrase could even be checked; 10,000,000 is about 17× the written count.
 */
export const BACKUP_MAX_ITERATIONS = 10_000_000;
export const BACKUP_CIPHER = 'AES-GCM';
export const BACKUP_SALT_BYTES = 16;
export const BACKUP_IV_BYTES = 12;
/** The AES-GCM tag: a ciphertext is never shorter. */
export const BACKUP_TAG_BYTES = 16;

/** base64url length (no padding) of `n` bytes. */
const b64Length = (n: number): number => Math.ceil((n * 4) / 3);
const b64url = z.string().regex(BASE64URL_PATTERN);

/** The file as the spec writes it; strict objects: any extra field makes the file damaged. */
export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  scope: z.enum(BACKUP_SCOPES),
  kdf: z.strictObject({
    name: z.literal(BACKUP_KDF.name),
    hash: z.literal(BACKUP_KDF.hash),
    iterations: z.number().int().min(BACKUP_ITERATIONS).max(BACKUP_MAX_ITERATIONS),
    salt: b64url.length(b64Length(BACKUP_SALT_BYTES)),
  }),
  cipher: z.strictObject({
    name: z.literal(BACKUP_CIPHER),
    iv: b64url.length(b64Length(BACKUP_IV_BYTES)),
  }),
  ct: b64url.min(b64Length(BACKUP_TAG_BYTES)),
});
export type BackupFile = z.infer<typeof backupFileSchema>;
export type BackupHeader = Omit<BackupFile, 'ct'>;

/** The header: every field but `ct`. */
export function backupHeader(file: BackupFile): BackupHeader {
  const { format, version, scope, kdf, cipher } = file;
  return { format, version, scope, kdf, cipher };
}

/** The AES-GCM additional data: the header as canonical JSON (keys sorted, no whitespace), UTF-8. */
export function headerAdditionalData(header: BackupHeader): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(header));
}

/** The file's text: compact JSON, fields in the spec's order. */
export function serializeBackupFile(file: BackupFile): string {
  const { format, version, scope, kdf, cipher, ct } = file;
  return JSON.stringify({
    format,
    version,
    scope,
    kdf: { name: kdf.name, hash: kdf.hash, iterations: kdf.iterations, salt: kdf.salt },
    cipher: { name: cipher.name, iv: cipher.iv },
    ct,
  });
}
