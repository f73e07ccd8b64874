/**
 * The session notes of one profile. The data keeps the id of the profile it belongs to: the screen
 * shows it only while that profile is the active one (`useNotesOf`), and an answer that arrives after
 * the user switched to another profile is dropped, so no note is ever shown under another coachee.
 */
import { create } from 'zustand';
import type { Note } from '@shared/features/notes/schemas';
import type { NoteInput, NotesView } from '@shared/contract/api';
import { api } from '../../app/api/client';
import { toProblem, type Problem } from '../../app/problem';
import { activeProfileId } from '../../app/profileScope';
import { useSession } from '../../app/session';
import { registerProfileStore } from '../../app/profileSwitch';

/** Where a failure happened: loading, the form, or deleting. */
export type NotesScope = 'load' | 'save' | 'delete';

interface NotesStore {
  data: { profileId: string; notes: readonly Note[] } | null;
  problem: { profileId: string; scope: NotesScope; problem: Problem } | null;
  /** The latest successful change, for the live region; `n` counts so repeats are announced. */
  changed: { kind: 'saved' | 'removed'; n: number } | null;
  load: () => Promise<void>;
  /** Resolves the saved note, or null when refused (the problem is kept; nothing changed). */
  save: (note: NoteInput) => Promise<Note | null>;
  remove: (id: string) => Promise<boolean>;
  clearProblem: () => void;
}

/** Still the active profile? An answer for another one is not shown. */
function stillActive(profileId: string): boolean {
  return useSession.getState().state?.activeProfileId === profileId;
}

export const useNotes = create<NotesStore>((set) => {
  function accept(profileId: string, view: NotesView, kind: 'saved' | 'removed' | null): void {
    if (!stillActive(profileId)) return;
    set((s) => ({
      data: { profileId, notes: view.notes },
      problem: null,
      changed: kind ? { kind, n: (s.changed?.n ?? 0) + 1 } : s.changed,
    }));
  }

  function fail(profileId: string, scope: NotesScope, error: unknown): void {
    if (stillActive(profileId)) set({ problem: { profileId, scope, problem: toProblem(error) } });
  }

  return {
    data: null,
    problem: null,
    changed: null,
    clearProblem: () => set({ problem: null }),
    load: async () => {
      const profileId = activeProfileId();
      try {
        accept(profileId, await api().listNotes({ profileId }), null);
      } catch (error) {
        fail(profileId, 'load', error);
      }
    },
    save: async (note) => {
      const profileId = activeProfileId();
      try {
        const result = await api().saveNote({ profileId, note });
        accept(profileId, result, 'saved');
        return result.saved;
      } catch (error) {
        fail(profileId, 'save', error);
        return null;
      }
    },
    remove: async (id) => {
      const profileId = activeProfileId();
      try {
        accept(profileId, await api().deleteNote({ profileId, id }), 'removed');
        return true;
      } catch (error) {
        fail(profileId, 'delete', error);
        return false;
      }
    },
  };
});

/** The notes of `profileId`, or null while they are not (yet) loaded for that profile. */
export function useNotesOf(profileId: string | undefined): readonly Note[] | null {
  return useNotes((s) => (profileId !== undefined && s.data?.profileId === profileId ? s.data.notes : null));
}

/** The problem of one part of the screen, for the active profile only. */
export function useNotesProblem(profileId: string | undefined, scope: NotesScope): Problem | null {
  return useNotes((s) => (s.problem !== null && s.problem.profileId === profileId && s.problem.scope === scope ? s.problem.problem : null));
}

registerProfileStore({ reset: () => useNotes.setState({ data: null, problem: null, changed: null }) });
