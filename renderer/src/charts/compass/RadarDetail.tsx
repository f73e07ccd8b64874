import type { Ref } from 'react';
import type { Lang } from '@shared/kernel/compass/model';
import { needleById } from '@shared/kernel/compass/content';
import type { RadarSeries } from './CompassRadar';
import { SeriesSwatch, dimensionName, needleName, seriesLabel, type RadarText } from './radarLabels';
import { formatScore } from '@shared/kernel/format';
import { isScore, type PlacedPoint } from './radarGeometry';

export interface RadarDetailProps {
  id: string;
  ref: Ref<HTMLDivElement>;
  point: PlacedPoint;
  series: readonly RadarSeries[];
  lang: Lang;
  text: RadarText;
  /** Position of the point in % of the figure. */
  left: number;
  top: number;
  onLeave: () => void;
}

/** Detail box for one needle: its name, dimension and every series' value. */
export function RadarDetail({ id, ref, point, series, lang, text, left, top, onLeave }: RadarDetailProps) {
  const needle = needleById(point.needle);
  const dim = needle.dimension;
  return (
    <div
      id={id}
      ref={ref}
      role="tooltip"
      className={`compass-radar__tooltip ${point.x > 0 ? 'compass-radar__tooltip--left' : 'compass-radar__tooltip--right'}`}
      style={{ left: `${left}%`, top: `${top}%` }}
      onMouseLeave={onLeave}
    >
      <p className="compass-radar__tooltip-title">
        {text('radar.needleWithName', { number: point.needle, name: needleName(point.needle, lang) })}
      </p>
      <p className="compass-radar__tooltip-dimension">
        {text('radar.dimensionLong', { numeral: dim, name: dimensionName(dim, lang) })}
      </p>
      <ul className="compass-radar__tooltip-values">
        {series.map((s) => {
          const v = s.values[point.needle];
          return (
            <li key={s.id}>
              <SeriesSwatch kind={s.kind} />
              {text('radar.seriesValue', {
                series: seriesLabel(s, text),
                value: isScore(v) ? formatScore(v, lang) : text('radar.noScore'),
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
