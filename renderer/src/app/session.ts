import { create } from 'zustand';
import i18next from 'i18next';
import type { AppState } from '@shared/contract/api';
import type { Lang } from '@shared/kernel/compass/model';
import { api } from './api/client';
import { toProblem, type Problem } from './problem';
import { finishProfileWork, reloadProfileStores, resetProfileStores } from './profileSwitch';

interface SessionStore {
  state: AppState | null;
  problem: Problem | null;
  /** The profile on screen is being switched: screens show a neutral loading state meanwhile. */
  switching: boolean;
  load: () => Promise<void>;
  setLanguage: (language: Lang) => Promise<void>;
  /** Switches coach mode; the problem when it is refused (the screen shows it beside the switch). */
  setCoachMode: (on: boolean) => Promise<Problem | null>;
  /** Shows another profile (coach mode); false when it failed (the old one stays, the problem is shown). */
  switchProfile: (profileId: string) => Promise<boolean>;
  /** Reads the app state again (after profiles were added, renamed or deleted). */
  refresh: () => Promise<void>;
  /**
   * The data of the profiles changed under the screens (a restore, an import that replaced a
   * profile): every store is emptied and the screens start afresh, as after a switch.
   */
  reopen: () => Promise<void>;
  dismissIssue: (id: string) => Promise<void>;
}

async function applyLanguage(language: Lang): Promise<void> {
  document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export const useSession = create<SessionStore>((set, get) => {
  /** Takes a new app state; if it names another active profile, the stores are emptied first. */
  function apply(state: AppState): void {
    const before = get().state?.activeProfileId;
    const changed = before !== undefined && before !== state.activeProfileId;
    if (changed) resetProfileStores();
    set({ state, problem: null });
    if (changed) void reloadProfileStores();
  }

  function withActive(profileId: string): void {
    set((s) => (s.state ? { state: { ...s.state, activeProfileId: profileId } } : s));
  }

  return {
    state: null,
    problem: null,
    switching: false,
    load: async () => {
      try {
        const state = await api().getAppState({});
        await applyLanguage(state.language);
        apply(state);
      } catch (error) {
        set({ problem: toProblem(error) });
      }
    },
    setLanguage: async (language) => {
      try {
        const state = await api().setLanguage({ language });
        await applyLanguage(state.language);
        apply(state);
      } catch (error) {
        set({ problem: toProblem(error) });
      }
    },
    setCoachMode: async (on) => {
      try {
        apply(await api().setCoachMode({ on }));
        return null;
      } catch (error) {
        return toProblem(error);
      }
    },
    switchProfile: async (profileId) => {
      const before = get().state?.activeProfileId;
      if (before === undefined || get().switching) return false;
      if (before === profileId) return true;
      // The screens of the old profile leave first; its work under way (a draft save) is finished.
      set({ switching: true });
      try {
        await finishProfileWork();
      } catch (error) {
        set({ switching: false, problem: toProblem(error) });
        return false;
      }
      // One synchronous step: the stores are empty before the new profile is the active one.
      resetProfileStores();
      withActive(profileId);
      try {
        const state = await api().setActiveProfile({ profileId });
        set({ state, problem: null, switching: false });
        void reloadProfileStores();
        return true;
      } catch (error) {
        resetProfileStores();
        withActive(before);
        set({ switching: false, problem: toProblem(error) });
        void reloadProfileStores();
        return false;
      }
    },
    reopen: async () => {
      set({ switching: true });
      await finishProfileWork().catch(() => undefined); // the data it would save is being replaced
      resetProfileStores();
      try {
        const state = await api().getAppState({});
        set({ state, problem: null, switching: false });
      } catch (error) {
        set({ switching: false, problem: toProblem(error) });
      }
      void reloadProfileStores();
    },
    refresh: async () => {
      try {
        apply(await api().getAppState({}));
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
  };
});

export function useLanguage(): Lang {
  return useSession((s) => s.state?.language ?? 'nl');
}

/** Coach mode is on (shared/features/settings/coachMode.ts); false until the app state is loaded. */
export function useCoachMode(): boolean {
  return useSession((s) => s.state?.coachMode ?? false);
}
