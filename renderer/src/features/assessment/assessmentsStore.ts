import { create } from 'zustand';
import { latestAssessment } from '@shared/features/assessment/latest';
import type { Assessment } from '@shared/features/assessment/schemas';
import { api } from '../../app/api/client';
import { scoped } from '../../app/profileScope';
import { registerProfileStore } from '../../app/profileSwitch';
import { toProblem, type Problem } from '../../app/problem';

interface AssessmentsStore {
  list: Assessment[] | null;
  problem: Problem | null;
  load: () => Promise<void>;
  remove: (id: string) => Promise<boolean>;
}

/** The latest meetmoment of a list (the one rule: shared/features/assessment/latest.ts). */
export function selectLatest(s: Pick<AssessmentsStore, 'list'>): Assessment | null {
  return s.list ? latestAssessment(s.list) : null;
}

/** Saved meetmomenten, newest first (the order the API returns). */
export const useAssessments = create<AssessmentsStore>((set) => ({
  list: null,
  problem: null,
  load: async () => {
    try {
      set({ list: await api().listAssessments(scoped({})), problem: null });
    } catch (error) {
      set({ problem: toProblem(error) });
    }
  },
  remove: async (id) => {
    try {
      await api().deleteAssessment(scoped({ id }));
      set((s) => ({ list: (s.list ?? []).filter((a) => a.id !== id), problem: null }));
      return true;
    } catch (error) {
      set({ problem: toProblem(error) });
      return false;
    }
  },
}));

registerProfileStore({
  reset: () => useAssessments.setState({ list: null, problem: null }),
  reload: () => useAssessments.getState().load(),
});
