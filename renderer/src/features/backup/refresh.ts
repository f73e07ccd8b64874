/** After a restore, an import or an undo: every profile store starts afresh from the stored data. */
import { useSession } from '../../app/session';

export async function refreshAfterChange(): Promise<void> {
  // Empties every profile store (nothing of the data before the change stays on screen) and reloads.
  await useSession.getState().reopen();
}
