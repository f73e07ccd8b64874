/**
 * A share file with the same alias and period as one already in the cohort replaces it only after
 * the facilitator confirms (spec §5). Aliases that read the same (case and spaces at the ends aside)
 * are the same alias.
 */
export interface SharedProfileKey {
  readonly alias: string;
  readonly period: string;
}

/** Two aliases a reader cannot tell apart are one alias. */
export function sameAlias(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
}

/** The entry already imported that `incoming` would replace (so the facilitator is asked first), or null. */
export function shareToReplace<T extends SharedProfileKey>(incoming: SharedProfileKey, existing: readonly T[]): T | null {
  return existing.find((entry) => entry.period === incoming.period && sameAlias(entry.alias, incoming.alias)) ?? null;
}
