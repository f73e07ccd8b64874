/** Backup and profile files (spec §6): what main and the renderer use. */
export {
  BACKUP_FORMAT,
  BACKUP_ITERATIONS,
  BACKUP_MAX_ITERATIONS,
  BACKUP_SCOPES,
  BACKUP_VERSION,
  backupFileSchema,
  type BackupFile,
  type BackupHeader,
  type BackupScope,
} from './backupFormat';
export { BACKUP_REFUSALS, readBackupFile, type BackupRefusal, type ReadBackupResult } from './readBackupFile';
export { openBackup, sealBackup, type OpenBackupResult, type SealBackupInput } from './backupCrypto';
export {
  PASSPHRASE_MIN_LENGTH,
  PASSPHRASE_STRENGTHS,
  passphraseLongEnough,
  passphraseStrength,
  type PassphraseStrength,
} from './passphrase';
export { backupFileName, backupFileNameFor, profileFileName, safeFileNamePart } from './fileName';
