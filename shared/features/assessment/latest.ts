/** Which meetmoment is the latest: by date, then by when it was saved. The one rule for it. */
import type { Assessment } from './schemas';

type Dated = Pick<Assessment, 'date' | 'createdAt'>;

export function compareNewestFirst(a: Dated, b: Dated): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}

export function sortNewestFirst<T extends Dated>(list: readonly T[]): T[] {
  return [...list].sort(compareNewestFirst);
}

export function sortOldestFirst<T extends Dated>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => compareNewestFirst(b, a));
}

export function latestAssessment<T extends Dated>(list: readonly T[]): T | null {
  return list.reduce<T | null>((latest, a) => (latest === null || compareNewestFirst(a, latest) < 0 ? a : latest), null);
}
