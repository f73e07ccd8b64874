import { useEffect, useState } from 'react';
import type { History } from '@shared/contract/api';
import { api } from '../../app/api/client';
import { toProblem, type Problem } from '../../app/problem';

export type HistoryState = { status: 'loading' } | { status: 'ready'; history: History } | { status: 'failed'; problem: Problem };

/** The history as the main process builds it, fetched when the screen opens. */
export function useHistory(): HistoryState {
  const [state, setState] = useState<HistoryState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    api()
      .getHistory({})
      .then(
        (history) => live && setState({ status: 'ready', history }),
        (error: unknown) => live && setState({ status: 'failed', problem: toProblem(error) }),
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
