import { create } from 'zustand';
import type { History } from '@shared/contract/api';
import { api } from '../../app/api/client';
import { toProblem, type Problem } from '../../app/problem';
import { scoped } from '../../app/profileScope';
import { registerProfileStore } from '../../app/profileSwitch';

export type HistoryState = { status: 'loading' } | { status: 'ready'; history: History } | { status: 'failed'; problem: Problem };

interface HistoryStore {
  state: HistoryState;
  /** Fetches the history as the main process builds it (when the screen opens). */
  load: () => Promise<void>;
}

export const useHistoryStore = create<HistoryStore>((set) => ({
  state: { status: 'loading' },
  load: async () => {
    set({ state: { status: 'loading' } });
    try {
      set({ state: { status: 'ready', history: await api().getHistory(scoped({})) } });
    } catch (error) {
      set({ state: { status: 'failed', problem: toProblem(error) } });
    }
  },
}));

registerProfileStore({ reset: () => useHistoryStore.setState({ state: { status: 'loading' } }) });
