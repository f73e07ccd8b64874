import { create } from 'zustand';
import i18next from 'i18next';
import type { AppState } from '@shared/contract/api';
import type { Lang } from '@shared/kernel/compass/model';
import { api } from './api/client';
import { toProblem, type Problem } from './problem';

interface SessionStore {
  state: AppState | null;
  problem: Problem | null;
  load: () => Promise<void>;
  setLanguage: (language: Lang) => Promise<void>;
  dismissIssue: (id: string) => Promise<void>;
}

async function applyLanguage(language: Lang): Promise<void> {
  document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export const useSession = create<SessionStore>((set) => ({
  state: null,
  problem: null,
  load: async () => {
    try {
      const state = await api().getAppState({});
      await applyLanguage(state.language);
      set({ state, problem: null });
    } catch (error) {
      set({ problem: toProblem(error) });
    }
  },
  setLanguage: async (language) => {
    try {
      const state = await api().setLanguage({ language });
      await applyLanguage(state.language);
      set({ state, problem: null });
    } catch (error) {
      set({ problem: toProblem(error) });
    }
  },
  dismissIssue: async (id) => {
    try {
      await api().dismissStorageIssue({ id });
      set((s) => (s.state ? { state: { ...s.state, storageIssues: s.state.storageIssues.filter((i) => i.id !== id) } } : s));
    } catch (error) {
      set({ problem: toProblem(error) });
    }
  },
}));

export function useLanguage(): Lang {
  return useSession((s) => s.state?.language ?? 'nl');
}
