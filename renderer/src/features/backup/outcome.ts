/**
 * What the last import, restore or undo on `#/bestanden` did. Kept outside the screen: the reopen
 * after it (session.reopen) remounts every screen, and the message and the "open this profile"
 * button must outlive that. Forgotten when the user leaves the screen or opens another file.
 */
import { create } from 'zustand';
import { useSession } from '../../app/session';

export interface ImportDone {
  readonly scope: 'profile' | 'all';
  /** The profile a profile file brought in (null for a restore of everything). */
  readonly profileId: string | null;
  readonly name: string;
}

interface BackupOutcome {
  readonly imported: ImportDone | null;
  readonly undone: boolean;
}

export const useBackupOutcome = create<BackupOutcome>(() => ({ imported: null, undone: false }));

export function forgetOutcome(): void {
  useBackupOutcome.setState({ imported: null, undone: false });
}

/** On unmount of the screen: forgotten, unless the screen only remounts for a reopen. */
export function forgetOutcomeOnLeave(): void {
  if (!useSession.getState().switching) forgetOutcome();
}
