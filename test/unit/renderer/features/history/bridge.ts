/** A tiny fake KompasBridge for the history and compass component tests: fixed answers per operation. */
import type { ApiResult, History, KompasBridge, OperationName } from '@shared/contract/api';
import { OPERATION_LIST } from '@shared/contract/operations';

export type Answers = Partial<Record<OperationName, unknown | Error>>;

/** Answers each listed operation with its value (or, for an Error, with the code `internal`); others fail. */
export function answeringBridge(answers: Answers): KompasBridge {
  const bridge: Record<string, () => Promise<ApiResult<unknown>>> = {};
  for (const name of OPERATION_LIST) {
    bridge[name] = async () => {
      const value = answers[name];
      if (value === undefined || value instanceof Error) return { ok: false, error: { code: 'internal', params: {} } };
      return { ok: true, value: structuredClone(value) };
    };
  }
  return bridge as unknown as KompasBridge;
}

export const ID = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A `needleMeans` record: the given values, null for the rest. */
export function means(values: Record<number, number>): History['assessments'][number]['needles'] {
  return Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), values[i + 1] ?? null])) as History['assessments'][number]['needles'];
}
