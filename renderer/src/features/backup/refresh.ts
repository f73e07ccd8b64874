/** After a restore, an import or an undo: the app state and the open profile's data are read again. */
import { useSession } from '../../app/session';
import { useAssessments, useDraft } from '../assessment';

export async function refreshAfterChange(): Promise<void> {
  await useSession.getState().load();
  await Promise.all([useAssessments.getState().load(), useDraft.getState().load()]);
}
