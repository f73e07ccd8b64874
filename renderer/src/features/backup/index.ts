/** What other features may use of the backup feature: its screen (route `#/bestanden`). */
export { BackupScreen } from './BackupScreen';
