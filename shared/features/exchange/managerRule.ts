/**
 * The one rule about names (spec §2): only the manager group can be asked to answer without
 * anonymity, and then every answer of that group is the manager's own, labelled as such.
 */
import type { RaterGroup } from './formatConstants';

export const NAMEABLE_GROUP = 'leidinggevende' satisfies RaterGroup;

/** Whether answers of `group` are the named manager's, in a round set up with `managerNonAnonymous`. */
export function isNamedManager(managerNonAnonymous: boolean, group: RaterGroup | null): boolean {
  return managerNonAnonymous && group === NAMEABLE_GROUP;
}

/** Whether this group may carry a name at all. */
export function mayBeNamed(group: RaterGroup | null): boolean {
  return group === NAMEABLE_GROUP;
}

/** A round may name its manager only when it asks the manager group. */
export function managerNamingAllowed(round: { readonly managerNonAnonymous: boolean; readonly groups: readonly RaterGroup[] }): boolean {
  return !round.managerNonAnonymous || round.groups.includes(NAMEABLE_GROUP);
}
