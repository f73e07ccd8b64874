import { create } from 'zustand';
import type { ApiOutput, NewRound } from '@shared/contract/api';
import type { RaterGroup } from '@shared/features/exchange/formats';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { api } from '../../app/api/client';
import { toProblem, type Problem } from '../../app/problem';
import { scoped } from '../../app/profileScope';
import { registerProfileStore } from '../../app/profileSwitch';
import { runImport, type ImportRun } from './importRun';

/** What runs now. An import, closing a round and deleting raw answers wait for each other (spec §3). */
export type Busy = 'import' | 'close' | 'delete-raw' | 'delete-round' | null;

interface FeedbackStore {
  rounds: RoundSummary[] | null;
  problem: Problem | null;
  load: () => Promise<void>;
  create: (input: NewRound) => Promise<RoundSummary | null>;
  busy: Busy;
  /** The latest import: where it was started, how far it got, and what came of it. */
  importRun: ImportRun | null;
  /** Reads in any number of files, in chunks; does nothing while something else runs. */
  importFiles: (roundId: string, files: readonly File[]) => Promise<void>;
  /** Closes a round; the report compares with `assessmentId` (a meetmoment), or the latest when omitted. */
  close: (id: string, assessmentId?: string) => Promise<boolean>;
  deleteRaw: (id: string) => Promise<boolean>;
  /** Deletes a round with everything of it; `name` is the round's name as the leader typed it. */
  deleteRound: (id: string, name: string) => Promise<boolean>;
  /** The name of the round deleted last, for the confirmation on the rounds screen. */
  deleted: string | null;
  clearDeleted: () => void;
  /** The invitation file of one group (throws on failure: the panel shows the problem beside it). */
  invitation: (id: string, group: RaterGroup) => Promise<ApiOutput<'getInvitation'>>;
  /** Reads in a coach's report file as a closed round (throws on failure: the panel words the refusal). */
  importReport: (text: string, assessmentId?: string) => Promise<RoundSummary>;
  /** The report file of a closed round, to hand over (throws on failure). */
  exportReport: (id: string) => Promise<ApiOutput<'exportPublishedReport'>>;
  /** The report of a closed round (throws on failure). */
  report: (id: string) => Promise<ApiOutput<'getReport'>>;
  clearProblem: () => void;
}


function upsert(list: RoundSummary[] | null, rounds: readonly RoundSummary[]): RoundSummary[] {
  const byId = new Map((list ?? []).map((r) => [r.id, r]));
  for (const r of rounds) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export const useFeedback = create<FeedbackStore>((set, get) => {
  async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      const value = await work();
      set({ problem: null });
      return value;
    } catch (error) {
      set({ problem: toProblem(error) });
      return null;
    }
  }

  /** Runs `work` as the one thing that runs now; null when something else already runs. */
  async function exclusive<T>(kind: Exclude<Busy, null>, work: () => Promise<T>): Promise<T | null> {
    if (get().busy !== null) return null;
    set({ busy: kind });
    try {
      return await attempt(work);
    } finally {
      set({ busy: null });
    }
  }

  return {
    rounds: null,
    problem: null,
    deleted: null,
    clearDeleted: () => set({ deleted: null }),
    busy: null,
    importRun: null,
    clearProblem: () => set({ problem: null }),
    load: async () => {
      const rounds = await attempt(() => api().listRounds(scoped({})));
      if (rounds) set({ rounds });
    },
    create: async (input) => {
      const round = await attempt(() => api().createRound(scoped(input)));
      if (round) set((s) => ({ rounds: upsert(s.rounds, [round]) }));
      return round;
    },
    importFiles: async (roundId, files) => {
      if (files.length === 0) return;
      await exclusive('import', () =>
        runImport(
          roundId,
          files,
          (chunk) => api().importResponses(scoped({ files: chunk })),
          (run, chunk) => set((s) => ({ importRun: run, rounds: chunk ? upsert(s.rounds, chunk.rounds) : s.rounds })),
        ),
      );
    },
    close: async (id, assessmentId) => {
      const round = await exclusive('close', () => api().closeRound(scoped(assessmentId ? { id, assessmentId } : { id })));
      if (round) set((s) => ({ rounds: upsert(s.rounds, [round]) }));
      return round !== null;
    },
    deleteRaw: async (id) => {
      const round = await exclusive('delete-raw', () => api().deleteRawResponses(scoped({ id })));
      if (round) set((s) => ({ rounds: upsert(s.rounds, [round]) }));
      return round !== null;
    },
    deleteRound: async (id, name) => {
      const done = await exclusive('delete-round', () => api().deleteRound(scoped({ id, name })));
      if (done) set((s) => ({ rounds: (s.rounds ?? []).filter((r) => r.id !== id), deleted: name }));
      return done !== null;
    },
    invitation: (id, group) => api().getInvitation(scoped({ id, group })),
    importReport: async (text, assessmentId) => {
      const round = await api().importPublishedReport(scoped(assessmentId ? { text, assessmentId } : { text }));
      set((s) => ({ rounds: upsert(s.rounds, [round]) }));
      return round;
    },
    exportReport: (id) => api().exportPublishedReport(scoped({ roundId: id })),
    report: async (id) => {
      const value = await api().getReport(scoped({ id }));
      // Reading the report may fix what it compares with (a round closed by an older version).
      set((s) => ({ rounds: s.rounds ? upsert(s.rounds, [value.round]) : s.rounds }));
      return value;
    },
  };
});

registerProfileStore({
  // An import, a close or a delete under way finishes for its own profile before another is shown.
  finish: () =>
    new Promise<void>((resolve) => {
      if (useFeedback.getState().busy === null) return resolve();
      const stop = useFeedback.subscribe((s) => {
        if (s.busy !== null) return;
        stop();
        resolve();
      });
    }),
  reset: () => useFeedback.setState({ rounds: null, problem: null, deleted: null, busy: null, importRun: null }),
});
