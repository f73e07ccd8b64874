/**
 * The presentation view's state: the coachee's data it draws on, what they chose to hide (per
 * profile, for as long as the app runs), and which slide is on screen while it runs.
 */
import { create } from 'zustand';
import { latestAssessment, sortNewestFirst } from '@shared/features/assessment/latest';
import { toggleHidden, type HideablePart } from '@shared/features/present/parts';
import { latestClosedRound, type PresentationSource } from '@shared/features/present/slides';
import { clampSlide } from '@shared/features/present/navigation';
import { api } from '../../app/api/client';
import { activeProfileId, scoped } from '../../app/profileScope';
import { toProblem, type Problem } from '../../app/problem';
import type { ScreenMode } from './fullScreen';
import { registerProfileStore } from '../../app/profileSwitch';

/** The data of one profile: a profile switch never shows another profile's slides. */
export interface LoadedSource {
  readonly profileId: string;
  readonly source: PresentationSource;
}

interface PresentStore {
  loaded: LoadedSource | null;
  problem: Problem | null;
  /**
   * Hidden parts per profile id. Kept while the app runs, not stored: the coachee decides again in
   * the next session, and nothing about it joins the profile's files or backups.
   */
  hiddenByProfile: Readonly<Record<string, readonly HideablePart[]>>;
  /** The slide on screen while the presentation runs; null while preparing. */
  showing: { readonly index: number } | null;
  /** How full screen was reached (null while it is being asked for). */
  screen: ScreenMode | null;
  /** After the presentation closed: the preparation screen puts focus back on its start button. */
  returnFocus: boolean;
  load: () => Promise<void>;
  setHidden: (profileId: string, part: HideablePart, hide: boolean) => void;
  start: () => void;
  setScreen: (screen: ScreenMode) => void;
  go: (index: number, count: number) => void;
  stop: () => void;
  focusReturned: () => void;
}

const NONE: readonly HideablePart[] = [];

export function hiddenOf(s: Pick<PresentStore, 'hiddenByProfile'>, profileId: string | undefined): readonly HideablePart[] {
  return (profileId && s.hiddenByProfile[profileId]) || NONE;
}

async function readSource(): Promise<PresentationSource> {
  const [assessments, plan, rounds] = await Promise.all([
    api().listAssessments(scoped({})),
    api().getPlan(scoped({})),
    api().listRounds(scoped({})),
  ]);
  const latest = latestAssessment(assessments);
  const earlier = sortNewestFirst(assessments).find((a) => a !== latest) ?? null;
  const closed = latestClosedRound(rounds);
  const round = closed ? { name: closed.name, report: (await api().getReport(scoped({ id: closed.id }))).report } : null;
  return { latest, earlier, routes: plan.routes, round };
}

export const usePresent = create<PresentStore>((set) => ({
  loaded: null,
  problem: null,
  hiddenByProfile: {},
  showing: null,
  screen: null,
  returnFocus: false,
  load: async () => {
    const profileId = activeProfileId();
    try {
      const source = await readSource();
      // A profile switch while reading: keep only what belongs to the profile on screen now.
      if (activeProfileId() === profileId) set({ loaded: { profileId, source }, problem: null });
    } catch (error) {
      set({ problem: toProblem(error) });
    }
  },
  setHidden: (profileId, part, hide) =>
    set((s) => ({ hiddenByProfile: { ...s.hiddenByProfile, [profileId]: toggleHidden(hiddenOf(s, profileId), part, hide) } })),
  start: () => set({ showing: { index: 0 }, screen: null, returnFocus: false }),
  setScreen: (screen) => set({ screen }),
  go: (index, count) => set((s) => (s.showing ? { showing: { index: clampSlide(index, count) } } : s)),
  stop: () => set((s) => (s.showing ? { showing: null, screen: null, returnFocus: true } : s)),
  focusReturned: () => set({ returnFocus: false }),
}));

registerProfileStore({ reset: () => usePresent.setState({ loaded: null, problem: null, showing: null }) });
