import type { TFunction } from 'i18next';
import type { NeedleId } from '@shared/kernel/compass/model';
import type { HighlightReason, PublishedSet } from '@shared/features/feedback/reportModel';
import type { MessageKey } from '@shared/i18n/index';
import { REPORT_SET_LABEL } from '../../../ui/labels';

/** A set's name for people: "Collega's (3)". */
export function setLabel(t: TFunction, set: PublishedSet): string {
  return `${t(REPORT_SET_LABEL[set.key])} (${set.n})`;
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
