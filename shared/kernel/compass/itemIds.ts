import { NEEDLE_IDS, type ItemId } from './model';

/** Every item id of questionnaire `kompas` (every version has exactly these), in order: 1.1, 1.2, … 10.2. */
export const ALL_ITEM_IDS = NEEDLE_IDS.flatMap((n) => [`${n}.1`, `${n}.2`] as const) as unknown as readonly [
  ItemId,
  ...ItemId[],
];

export function needleOfItem(id: ItemId): number {
  return Number(id.split('.')[0]);
}
