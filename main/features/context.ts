/** What every feature's use cases get: the workspace, the clock, and the storage notices. */
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import { safeTimeZone, todayIn } from '@shared/kernel/calendar';
import type { IssueLog } from '../storage/issues';
import type { Workspace } from '../storage/workspace';
import { ApiError } from './apiError';

export interface Clock {
  now(): Date;
  /** Today as a calendar date in the user's time zone (UTC when the zone is unknown to this runtime). */
  today(): string;
  /** The user's IANA time zone (a known one; UTC otherwise). */
  timeZone(): string;
}

export function createClock(now: () => Date, timeZone: () => string): Clock {
  const zone = () => safeTimeZone(timeZone());
  return { now, today: () => todayIn(now(), zone()), timeZone: zone };
}

export interface FeatureContext {
  readonly ws: Workspace;
  readonly clock: Clock;
  readonly issues: IssueLog;
}

/** The profile an operation names; it must exist. */
export function requireProfile(ws: Workspace, profileId: string): ProfileDocument {
  const profile = ws.profile(profileId).read();
  if (!profile) throw new ApiError('profile-not-found');
  return profile;
}
