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
  /** A personal plan prompt: one question about what the leader could do in the next three months. */
  readonly prompt: Localized;
}

export interface QuestionnaireItem {
  readonly id: ItemId;
  readonly needle: NeedleId;
  /** Self form: "Ik …" / "I …". */
  readonly self: Localized;
  /** Others form: "Deze leider …" / "This leader …". */
  readonly others: Localized;
  /**
   * True when the behaviour only happens in certain situations (a decision on incomplete information, a
   * proposed exception, …): the form then shows SITUATIONAL_INSTRUCTION (scales.ts). Always false in v1.
   */
  readonly situational: boolean;
}

/** Every version of questionnaire `kompas`; every stored answer records the version it was given with. */
export const QUESTIONNAIRE_VERSIONS = [1, 2] as const;
export type QuestionnaireVersion = (typeof QUESTIONNAIRE_VERSIONS)[number];

export interface Questionnaire<V extends QuestionnaireVersion = QuestionnaireVersion> {
  readonly id: 'kompas';
  readonly version: V;
  readonly items: readonly QuestionnaireItem[];
}

/** Answer values 1–5 (labels per version: scales.ts); null = the "no answer" choice of the form. */
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];
export type Answer = ScaleValue | null;
