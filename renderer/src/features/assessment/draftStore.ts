/**
 * The meetmoment being filled in. Every change is saved to the main process shortly after it is
 * made (and at once on a step change), so a draft survives closing the app or a crash.
 */
import { create } from 'zustand';
import { CURRENT_QUESTIONNAIRE_VERSION } from '@shared/kernel/compass/questionnaires';
import type { Answer, DimensionId, ItemId, NeedleId, ScaleValue } from '@shared/kernel/compass/model';
import type { Assessment, DraftContent } from '@shared/features/assessment/schemas';
import { api, ApiClientError } from '../../app/api/client';
import { scoped } from '../../app/profileScope';
import { registerProfileStore } from '../../app/profileSwitch';
import { toProblem, type Problem } from '../../app/problem';

const SAVE_DELAY_MS = 400;

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed' };

interface DraftStore {
  draft: DraftContent | null;
  loaded: boolean;
  status: SaveStatus;
  problem: Problem | null;
  load: () => Promise<void>;
  start: () => void;
  setAnswer: (item: ItemId, value: Answer) => void;
  setTarget: (needle: NeedleId, value: ScaleValue | null) => void;
  setReflection: (dimension: DimensionId, text: string) => void;
  setStep: (step: number) => void;
  flush: () => Promise<void>;
  discard: () => Promise<void>;
  submit: (date: string) => Promise<Assessment | null>;
}

/** A new meetmoment is filled in with the current questionnaire. */
export const EMPTY_DRAFT: DraftContent = {
  questionnaire: { id: 'kompas', version: CURRENT_QUESTIONNAIRE_VERSION },
  answers: {},
  targets: {},
  reflections: {},
  step: 0,
};

let timer: ReturnType<typeof setTimeout> | null = null;
let pending: Promise<void> = Promise.resolve();

export const useDraft = create<DraftStore>((set, get) => {
  function schedule(delay = SAVE_DELAY_MS): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save(), delay);
  }

  async function save(): Promise<void> {
    timer = null;
    const draft = get().draft;
    if (!draft) return;
    set({ status: { kind: 'saving' } });
    pending = pending.then(async () => {
      try {
        const { updatedAt } = await api().saveDraft(scoped({ draft }));
        // Only mark saved when nothing changed while the request was under way.
        if (get().draft === draft) set({ status: { kind: 'saved', at: updatedAt }, problem: null });
      } catch (error) {
        set({ status: { kind: 'failed' }, problem: toProblem(error) });
      }
    });
    await pending;
  }

  function update(change: (d: DraftContent) => DraftContent, delay?: number): void {
    set((s) => ({ draft: change(s.draft ?? EMPTY_DRAFT) }));
    schedule(delay);
  }

  return {
    draft: null,
    loaded: false,
    status: { kind: 'idle' },
    problem: null,
    load: async () => {
      try {
        const saved = await api().getDraft(scoped({}));
        set({
          draft: saved?.draft ?? null,
          loaded: true,
          status: saved ? { kind: 'saved', at: saved.updatedAt } : { kind: 'idle' },
          problem: null,
        });
      } catch (error) {
        set({ loaded: true, problem: toProblem(error) });
      }
    },
    start: () => {
      if (!get().draft) set({ draft: EMPTY_DRAFT, status: { kind: 'idle' } });
    },
    setAnswer: (item, value) => update((d) => ({ ...d, answers: { ...d.answers, [item]: value } })),
    setTarget: (needle, value) =>
      update((d) => {
        const targets = { ...d.targets };
        if (value === null) delete targets[String(needle) as keyof typeof targets];
        else targets[String(needle) as keyof typeof targets] = value;
        return { ...d, targets };
      }),
    setReflection: (dimension, text) =>
      update((d) => ({ ...d, reflections: { ...d.reflections, [dimension]: text } }), 800),
    setStep: (step) => update((d) => ({ ...d, step }), 0),
    flush: async () => {
      if (timer) {
        clearTimeout(timer);
        await save();
      }
      await pending;
    },
    discard: async () => {
      if (timer) clearTimeout(timer);
      timer = null;
      await pending;
      try {
        await api().discardDraft(scoped({}));
        set({ draft: null, status: { kind: 'idle' }, problem: null });
      } catch (error) {
        set({ problem: toProblem(error) });
      }
    },
    submit: async (date) => {
      await get().flush();
      const draft = get().draft;
      if (!draft) return null;
      try {
        const assessment = await api().createAssessment(
          scoped({
            date,
            questionnaire: draft.questionnaire,
            answers: draft.answers as Assessment['answers'],
            targets: draft.targets,
            reflections: draft.reflections,
          }),
        );
        set({ draft: null, status: { kind: 'idle' }, problem: null });
        return assessment;
      } catch (error) {
        set({ problem: toProblem(error) });
        return null;
      }
    },
  };
});

registerProfileStore({
  // The draft is saved to its own profile before another is shown; if that fails, the switch waits.
  finish: async () => {
    await useDraft.getState().flush();
    const { status, problem } = useDraft.getState();
    if (status.kind === 'failed' && problem) throw new ApiClientError(problem);
  },
  reset: () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = Promise.resolve();
    useDraft.setState({ draft: null, loaded: false, status: { kind: 'idle' }, problem: null });
  },
  reload: () => useDraft.getState().load(),
});
