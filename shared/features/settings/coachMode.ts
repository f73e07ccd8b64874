/**
 * Coach mode: the coachees screen, the name of whose data is on screen, the words "coachee" and
 * "profiel". A leader with one profile who never switched it on sees none of it.
 */

/** On when the setting is on, and always while there is more than one profile (so whose data is shown is always named). */
export function coachModeOn(setting: boolean, profileCount: number): boolean {
  return setting || profileCount > 1;
}

/** Coach mode can be switched off only when one profile is left; null when it can, else the number of profiles. */
export function coachModeOffRefusal(profileCount: number): number | null {
  return profileCount > 1 ? profileCount : null;
}
