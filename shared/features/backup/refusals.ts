/** Why a backup or profile file is refused: the file's own checks (readBackupFile) and the content's. */
import { BACKUP_REFUSALS } from './readBackupFile';

export const BACKUP_FILE_REFUSALS = [
  ...BACKUP_REFUSALS,
  /** Larger than BACKUP_MAX_CHARS: refused before anything is read. */
  'too-large',
  /** Opened, but its content (or one of its documents) was made by a newer app version. */
  'newer-content',
  /** A backup of everything where a profile file was asked for. */
  'expected-profile-file',
  /** A profile file where a backup of everything was asked for. */
  'expected-backup-file',
] as const;
export type BackupFileRefusal = (typeof BACKUP_FILE_REFUSALS)[number];
