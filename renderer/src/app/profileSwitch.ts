/**
 * Switching the profile on screen (coach mode: another coachee) without a frame of the previous
 * one's data. The rule, in one place:
 * - every store that holds a profile's data registers here how to empty itself (and, for the
 *   stores the app keeps loaded, how to load again);
 * - before the active profile changes, pending work of the old one is finished (the draft is saved
 *   to its own profile) and then every store is emptied in one synchronous step;
 * - each switch starts a new epoch: an answer to a request made for a profile in an earlier epoch
 *   is dropped (it never settles), so a late answer of the old profile can never fill a store.
 */

interface ProfileStore {
  /** Empties the store's data of the profile (synchronous). */
  readonly reset: () => void;
  /** Work of the old profile to finish first (e.g. a draft save that is waiting). */
  readonly finish?: () => Promise<void>;
  /** Loads again for the new profile (only stores the app keeps loaded, not those a screen loads). */
  readonly reload?: () => Promise<void>;
}

const stores = new Set<ProfileStore>();
let epoch = 0;

/** Registers a store that holds data of the active profile. */
export function registerProfileStore(store: ProfileStore): void {
  stores.add(store);
}

/** The current epoch; it changes with every switch of the active profile. */
export function profileEpoch(): number {
  return epoch;
}

/** Finishes what the old profile still had under way (before anything is emptied). */
export async function finishProfileWork(): Promise<void> {
  await Promise.all([...stores].map((s) => s.finish?.()));
}

/** Empties every profile store and starts a new epoch; call right before the active id changes. */
export function resetProfileStores(): void {
  epoch++;
  for (const store of stores) store.reset();
}

/** Loads what the app keeps loaded, for the profile now active. */
export async function reloadProfileStores(): Promise<void> {
  await Promise.all([...stores].map((s) => s.reload?.()));
}

/** A promise that never settles: what a dropped answer becomes. */
export function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}
