/**
 * Printing from a screen: "Als PDF bewaren" asks main (Electron: hidden window and save dialog);
 * in browser mode, and for "Afdrukken", the print route opens and prints once it is ready.
 */
import { create } from 'zustand';
import { printPath, type PrintTarget } from '@shared/features/print/printTargets';
import { api } from '../../app/api/client';
import { toProblem, type Problem } from '../../app/problem';

interface PrintStore {
  /** The print route should open the print window as soon as it is ready. */
  pending: boolean;
  status: 'idle' | 'busy' | 'saved';
  problem: Problem | null;
  savePdf: (target: PrintTarget, fileName: string) => Promise<void>;
  print: (target: PrintTarget) => void;
  /** True once per request: the print route calls it when ready. */
  takePending: () => boolean;
  reset: () => void;
}

export const usePrint = create<PrintStore>((set, get) => ({
  pending: false,
  status: 'idle',
  problem: null,
  savePdf: async (target, fileName) => {
    if (get().status === 'busy') return;
    set({ status: 'busy', problem: null });
    try {
      const { outcome } = await api().savePdf({ target, fileName });
      if (outcome === 'unavailable') {
        set({ status: 'idle' });
        get().print(target);
      } else set({ status: outcome === 'saved' ? 'saved' : 'idle' });
    } catch (error) {
      set({ status: 'idle', problem: toProblem(error) });
    }
  },
  print: (target) => {
    set({ pending: true, problem: null });
    window.location.hash = `#${printPath(target)}`;
  },
  takePending: () => {
    const pending = get().pending;
    if (pending) set({ pending: false });
    return pending;
  },
  reset: () => set({ status: 'idle', problem: null }),
}));
