import type { MessageKey } from '@shared/i18n/index';
import type { TimelineSeries } from './timelineGeometry';

/** A series' name in the legend and in a point's label. */
export const SERIES_LABEL = {
  self: 'history.timeline.self',
  target: 'history.timeline.target',
  others: 'history.timeline.others',
} as const satisfies Record<TimelineSeries, MessageKey>;
