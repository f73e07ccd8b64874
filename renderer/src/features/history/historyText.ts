/** Words for the history screen: point labels, set names, changes as arrows and words. */
import type { TFunction } from 'i18next';
import type { Lang } from '@shared/kernel/compass/model';
import type { TimelinePoint } from '@shared/features/history/history';
import { formatChange, formatPrecise, formatScore } from '@shared/kernel/format';
import { formatDate } from '../../app/i18n';
import type { ChartPoint } from '../../charts/timeline/timelineGeometry';
import { SERIES_LABEL } from '../../charts/timeline/timelineLabels';
import { isReportSet, REPORT_SET_LABEL } from '../../ui/labels';
import type { MessageKey } from '@shared/i18n/index';

/** The report set a round's figures come from, for people: "Alle anderen". */
export function basisName(t: TFunction, basis: string): string {
  return isReportSet(basis) ? t(REPORT_SET_LABEL[basis]) : basis;
}

/** What a point is, spoken and shown: "15 januari 2026 — Zelf: 3,5". */
export function pointLabel(t: TFunction, p: ChartPoint, lang: Lang): string {
  const date = formatDate(p.point.date, lang);
  const value = formatScore(p.value, lang);
  if (p.point.kind === 'round') {
    return t('history.timeline.roundPoint', { date, name: p.point.name, basis: basisName(t, p.point.basis), value });
  }
  return t('history.timeline.point', { date, series: t(SERIES_LABEL[p.series]), value });
}

/** "Meetmoment" or "Feedbackronde Voorjaar". */
export function momentName(t: TFunction, p: TimelinePoint): string {
  return p.kind === 'round' ? t('history.timeline.round', { name: p.name }) : t('history.timeline.assessment');
}

export type Direction = 'up' | 'down' | 'equal' | 'missing';

const CHANGE_WORD = {
  up: 'history.change.up',
  down: 'history.change.down',
  equal: 'history.change.equal',
  missing: 'history.change.missing',
} as const satisfies Record<Direction, MessageKey>;

export function direction(change: number | null): Direction {
  if (change === null) return 'missing';
  return change > 0 ? 'up' : change < 0 ? 'down' : 'equal';
}

export const ARROWS: Readonly<Record<Direction, string>> = { up: '↑', down: '↓', equal: '=', missing: '–' };

/** A change in words, without colour: "+0,5 hoger", "−1 lager", "gelijk", "niet te vergelijken". */
export function changeText(t: TFunction, change: number | null, lang: Lang): string {
  const dir = direction(change);
  if (change === null || dir === 'equal' || dir === 'missing') return t(CHANGE_WORD[dir]);
  return `${formatChange(change, lang)} ${t(CHANGE_WORD[dir])}`;
}

/** A score of the comparison or "–" for none, with up to two decimals (see formatPrecise). */
export function scoreOrDash(value: number | null, lang: Lang): string {
  return value === null ? '–' : formatPrecise(value, lang);
}
