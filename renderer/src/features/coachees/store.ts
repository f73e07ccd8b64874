/**
 * Adding, renaming, opening and deleting coachees (profiles). The list itself is the app state's
 * (session); after each change it is read again. Opening goes through the session's switch, which
 * empties every store of the old profile first (app/profileSwitch.ts).
 */
import { create } from 'zustand';
import { api, ApiClientError } from '../../app/api/client';
import { toProblem, type Problem } from '../../app/problem';
import { useSession } from '../../app/session';

/** What happened last, for the screen's status message; `n` counts so a repeat is announced again. */
export type CoacheesDone =
  | { kind: 'added' | 'renamed' | 'removed'; name: string; n: number }
  | { kind: 'removedSwitched'; name: string; other: string; n: number };

interface CoacheesStore {
  busy: boolean;
  problem: Problem | null;
  done: CoacheesDone | null;
  add: (name: string) => Promise<boolean>;
  rename: (profileId: string, name: string) => Promise<boolean>;
  /** Opens another coachee's data; true when it is on screen. */
  open: (profileId: string) => Promise<boolean>;
  /** Deletes a coachee; the one on screen is first switched to `otherId`. `labels` name both in the message. */
  remove: (profileId: string, labels: { name: string; other: string | null }, otherId: string | null) => Promise<boolean>;
  clear: () => void;
}

export const useCoachees = create<CoacheesStore>((set, get) => {
  async function run(work: () => Promise<CoacheesDone | null>): Promise<boolean> {
    if (get().busy) return false;
    set({ busy: true, problem: null });
    try {
      const done = await work();
      await useSession.getState().refresh();
      set({ busy: false, done });
      return true;
    } catch (error) {
      set({ busy: false, problem: toProblem(error), done: null });
      return false;
    }
  }

  const next = () => (get().done?.n ?? 0) + 1;

  return {
    busy: false,
    problem: null,
    done: null,
    clear: () => set({ problem: null, done: null }),
    add: (name) =>
      run(async () => {
        const profile = await api().createProfile({ name: name.trim() });
        return { kind: 'added', name: profile.name, n: next() };
      }),
    rename: (profileId, name) =>
      run(async () => {
        const profile = await api().renameProfile({ profileId, name: name.trim() });
        return { kind: 'renamed', name: profile.name, n: next() };
      }),
    open: async (profileId) => {
      set({ problem: null, done: null });
      return useSession.getState().switchProfile(profileId);
    },
    remove: (profileId, labels, otherId) =>
      run(async () => {
        const active = useSession.getState().state?.activeProfileId;
        if (profileId === active) {
          // The data on screen goes first: another coachee is shown before anything is deleted.
          if (otherId === null || !(await useSession.getState().switchProfile(otherId))) {
            throw new ApiClientError(useSession.getState().problem ?? { code: 'internal', params: {} });
          }
        }
        await api().deleteProfile({ profileId });
        return profileId === active && labels.other !== null
          ? { kind: 'removedSwitched', name: labels.name, other: labels.other, n: next() }
          : { kind: 'removed', name: labels.name, n: next() };
      }),
  };
});
