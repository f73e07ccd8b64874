/** Building blocks of the features' contracts. */
import { z } from 'zod';
import { uuidSchema } from '../kernel/primitives';

export interface Operation<I extends z.ZodType, O extends z.ZodType> {
  readonly input: I;
  readonly output: O;
}

export function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Operation<I, O> {
  return { input, output };
}

export const empty = z.strictObject({});
export const ok = z.strictObject({ ok: z.literal(true) });

/** Every data operation names the profile it works on; main keeps no hidden "active profile". */
export const profileScope = { profileId: uuidSchema } as const;
export const profileOnly = z.strictObject(profileScope);
