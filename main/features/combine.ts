/** Combines the features' handlers into the one handler table, refusing an operation handled twice. */
import type { ApiHandlers } from '@shared/contract/api';

type Handlers = Partial<Record<string, (input: never) => Promise<unknown>>>;

export function combineHandlers(...parts: readonly Handlers[]): ApiHandlers {
  const all: Handlers = {};
  for (const part of parts) {
    for (const [name, handler] of Object.entries(part)) {
      if (Object.hasOwn(all, name)) throw new Error(`operation ${name} is handled twice`);
      all[name] = handler;
    }
  }
  return all as unknown as ApiHandlers;
}
