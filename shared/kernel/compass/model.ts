/** The compass content model: stable ids shared by every feature and every file format. */

export const LANGUAGES = ['nl', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export type Localized = Readonly<Record<Lang, string>>;

export const DIMENSION_IDS = ['I', 'II', 'III', 'IV', 'V'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export const NEEDLE_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type NeedleId = (typeof NEEDLE_IDS)[number];

export const ROUTE_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** Item ids are `<needle>.<1|2>`: `1.1` … `10.2`. */
export type ItemId = `${NeedleId}.${1 | 2}`;

export interface Dimension {
  readonly id: DimensionId;
  /** Roman numeral order, 1-based. */
  readonly order: number;
  readonly name: Localized;
  /** One or two sentences: what this dimension is about. */
  readonly summary: Localized;
  readonly needles: readonly [NeedleId, NeedleId];
  readonly routes: readonly [RouteId, RouteId];
}

export interface Needle {
  readonly id: NeedleId;
  readonly dimension: DimensionId;
  readonly name: Localized;
  /** 2–4 sentences in our own words, faithful to the seed. */
  readonly explanation: Localized;
}

export interface Route {
  readonly id: RouteId;
  readonly dimension: DimensionId;
  readonly name: Localized;
  /** 2–4 sentences in our own words, faithful to the seed. */
  readonly explanation: Localized;
}

export interface QuestionnaireItem {
  readonly id: ItemId;
  readonly needle: NeedleId;
  /** Self form: "Ik …" / "I …". */
  readonly self: Localized;
  /** Others form: "Deze leider …" / "This leader …". */
  readonly others: Localized;
}

export interface Questionnaire {
  readonly id: 'kompas';
  readonly version: 1;
  readonly items: readonly QuestionnaireItem[];
}

/** Answer scale: 1 nauwelijks … 5 (bijna) altijd; null = "kan ik niet beoordelen". */
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];
export type Answer = ScaleValue | null;
