/**
 * The active profile is a setting the renderer reads (from the app state) and passes with every
 * data operation; the main process keeps no hidden "current profile".
 */
import type { ApiInput, OperationName } from '@shared/contract/api';
import { useSession } from './session';

/** An operation's input without the profile: the store adds the active one. */
export type ScopedInput<N extends OperationName> = Omit<ApiInput<N>, 'profileId'>;

export function activeProfileId(): string {
  const id = useSession.getState().state?.activeProfileId;
  if (!id) throw new Error('the app state is not loaded yet');
  return id;
}

/** `input` for the active profile. */
export function scoped<T extends object>(input: T): T & { profileId: string } {
  return { ...input, profileId: activeProfileId() };
}
