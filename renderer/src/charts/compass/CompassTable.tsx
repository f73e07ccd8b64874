import type { Lang } from '@shared/kernel/compass/model';
import { formatScore } from '@shared/kernel/format';
import { contentSectors, isScore } from './radarGeometry';
import {
  dimensionName,
  needleName,
  seriesLabel,
  useRadarText,
  type RadarSeries,
} from './CompassRadar';
import './compass.css';

export interface CompassTableProps {
  series: readonly RadarSeries[];
  lang: Lang;
  /** Table caption; defaults to "Tabel met dezelfde cijfers". */
  caption?: string;
  id?: string;
}

/** The numbers of the compass radar as an accessible table: one row per needle, grouped by dimension. */
export function CompassTable({ series, lang, caption, id }: CompassTableProps) {
  const text = useRadarText(lang);
  const columns = series.length + 1;
  return (
    <table className="compass-table" id={id}>
      <caption>{caption ?? text('radar.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{text('radar.table.needleColumn')}</th>
          {series.map((s) => (
            <th key={s.id} scope="col" className="compass-table__series" data-series={s.kind}>
              {seriesLabel(s, text)}
            </th>
          ))}
        </tr>
      </thead>
      {contentSectors().map((sector) => (
        <tbody key={sector.dimension} data-dimension={sector.dimension}>
          <tr className="compass-table__dimension">
            <th scope="rowgroup" colSpan={columns}>
              {text('radar.dimension', { numeral: sector.dimension, name: dimensionName(sector.dimension, lang) })}
            </th>
          </tr>
          {sector.needles.map((needle) => (
            <tr key={needle} data-needle={needle}>
              <th scope="row">
                <span className="compass-table__number" aria-hidden="true">
                  {needle}
                </span>
                <span className="compass-visually-hidden">{text('radar.needle', { number: needle })}: </span>
                {needleName(needle, lang)}
              </th>
              {series.map((s) => {
                const v = s.values[needle];
                return isScore(v) ? (
                  <td key={s.id} className="compass-table__value" data-series={s.kind} data-needle={needle} data-value={v}>
                    {formatScore(v, lang)}
                  </td>
                ) : (
                  <td key={s.id} className="compass-table__value compass-table__missing" data-series={s.kind} data-needle={needle}>
                    <span aria-hidden="true">–</span>
                    <span className="compass-visually-hidden">{text('radar.noScore')}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
