import type { TFunction } from 'i18next';
import type { Lang, NeedleId } from '@shared/kernel/compass/model';
import type { RaterGroup } from '@shared/features/exchange/formats';
import type { GroupPlacementCode, HighlightReason, PublishedSet } from '@shared/features/feedback/reportModel';
import { formatList } from '@shared/kernel/format';
import type { MessageKey } from '@shared/i18n/index';
import { REPORT_SET_LABEL } from '../../../ui/labels';

/** "collega’s" for `collega`: a rater group inside a sentence. */
const GROUP_WORD = {
  leidinggevende: 'report.setPlan.groupWords.leidinggevende',
  collega: 'report.setPlan.groupWords.collega',
  medewerker: 'report.setPlan.groupWords.medewerker',
  extern: 'report.setPlan.groupWords.extern',
  bestuurlijk: 'report.setPlan.groupWords.bestuurlijk',
} as const satisfies Record<RaterGroup, MessageKey>;

/** Why a group that is not shown on its own is not (the `separate` ones are listed as sets). */
export const PLACEMENT_TEXT = {
  'too-few': 'report.setPlan.placement.too-few',
  'would-leave-few': 'report.setPlan.placement.would-leave-few',
  'only-group': 'report.setPlan.placement.only-group',
} as const satisfies Record<Exclude<GroupPlacementCode, 'separate'>, MessageKey>;

/** "collega’s en leidinggevende". */
export function groupList(t: TFunction, lang: Lang, groups: readonly RaterGroup[]): string {
  return formatList(groups.map((g) => t(GROUP_WORD[g])), lang);
}

/** A set's name without its size: "Collega’s", or "Overige beoordelaars: collega’s en leidinggevende". */
export function setName(t: TFunction, lang: Lang, set: PublishedSet): string {
  if (set.key === 'overige') return t('report.setPlan.overigeNamed', { groups: groupList(t, lang, set.groups) });
  return t(REPORT_SET_LABEL[set.key]);
}

/** A set's name for people, with its size: "Collega’s (3)". */
export function setLabel(t: TFunction, lang: Lang, set: PublishedSet): string {
  return `${setName(t, lang, set)} (${set.n})`;
}

/** Why a needle is highlighted, as a sentence about the set's figure. */
export const HIGHLIGHT_TEXT = {
  'highest-others': 'report.highlight.highest-others',
  'lowest-others': 'report.highlight.lowest-others',
  'blind-spot': 'report.highlight.blind-spot',
} as const satisfies Record<HighlightReason, MessageKey>;

/** The set the report compares self with (one rule, shared with the history service). */
export { basisSet } from '@shared/features/history/history';

export function needleValues(set: PublishedSet): Partial<Record<NeedleId, number | null>> {
  const values: Partial<Record<NeedleId, number | null>> = {};
  for (const [key, figure] of Object.entries(set.needles)) values[Number(key) as NeedleId] = figure?.mean ?? null;
  return values;
}
