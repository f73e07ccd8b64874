import { useSession } from '../../app/session';

/** The name of the profile on screen (a coachee's name; '' for a leader who never named it). */
export function useProfileName(): string {
  return useSession((s) => s.state?.profiles.find((p) => p.id === s.state?.activeProfileId)?.name.trim() ?? '');
}
