import { useEffect } from 'react';
import { useHistoryStore, type HistoryState } from './store';

export type { HistoryState };

/** The history, fetched when the screen opens. */
export function useHistory(): HistoryState {
  useEffect(() => {
    void useHistoryStore.getState().load();
  }, []);
  return useHistoryStore((s) => s.state);
}
