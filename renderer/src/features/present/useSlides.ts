import { useMemo } from 'react';
import { availableParts, presentationSlides, type Slide } from '@shared/features/present/slides';
import type { HideablePart } from '@shared/features/present/parts';
import { useSession } from '../../app/session';
import { hiddenOf, usePresent } from './presentStore';

export interface PresentationPlan {
  readonly slides: readonly Slide[];
  /** The parts the data has (the only ones worth offering to hide). */
  readonly available: readonly HideablePart[];
  readonly hidden: readonly HideablePart[];
  readonly profileId: string;
}

/** The active profile's slides under its hidden choices; null until that profile's data is loaded. */
export function usePresentationPlan(): PresentationPlan | null {
  const profileId = useSession((s) => s.state?.activeProfileId);
  const loaded = usePresent((s) => s.loaded);
  const hidden = usePresent((s) => hiddenOf(s, profileId));
  return useMemo(() => {
    if (!profileId || !loaded || loaded.profileId !== profileId) return null;
    return { slides: presentationSlides(loaded.source, hidden), available: availableParts(loaded.source), hidden, profileId };
  }, [profileId, loaded, hidden]);
}
