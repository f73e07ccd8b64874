/** Texts and small pieces shared by the radar, its detail boxes, legend and table. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionId, Lang, NeedleId } from '@shared/kernel/compass/model';
import type { MessageKey } from '@shared/i18n/index';
import { dimensionById, needleById } from '@shared/kernel/compass/content';
import type { RadarSeries } from './CompassRadar';
import { SERIES_STYLES, markerPath, type SeriesKind } from './radarGeometry';

/** The radar's own message keys ("radar.legend"). */
export type RadarKey = Extract<MessageKey, `radar.${string}`>;
export type RadarText = (key: RadarKey, vars?: Record<string, string | number>) => string;

/** A series' default name, by its kind. */
export const SERIES_KIND_LABEL = {
  current: 'radar.kind.current',
  target: 'radar.kind.target',
  others: 'radar.kind.others',
  earlier: 'radar.kind.earlier',
} as const satisfies Record<SeriesKind, RadarKey>;

/** Radar texts in `lang` (not necessarily the UI language, e.g. for a report); React escapes, i18next need not. */
export function useRadarText(lang: Lang): RadarText {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const t = i18n.getFixedT(lang);
    return (key, vars) => t(key, { ...vars, interpolation: { escapeValue: false } });
  }, [i18n, lang]);
}

export function seriesLabel(s: RadarSeries, text: RadarText): string {
  return s.label.trim() !== '' ? s.label : text(SERIES_KIND_LABEL[s.kind]);
}
export function needleName(id: NeedleId, lang: Lang): string {
  return needleById(id).name[lang];
}
export function dimensionName(id: DimensionId, lang: Lang): string {
  return dimensionById(id).name[lang];
}

/** Small legend swatch: the series' line pattern with its point marker. */
export function SeriesSwatch({ kind }: { kind: SeriesKind }) {
  const st = SERIES_STYLES[kind];
  return (
    <svg className="compass-swatch" width={40} height={16} viewBox="0 0 40 16" aria-hidden="true" focusable="false">
      <line x1={2} y1={8} x2={38} y2={8} stroke={st.color} strokeWidth={st.strokeWidth} strokeDasharray={st.dash} strokeLinecap={kind === 'others' ? 'round' : 'butt'} />
      <path d={markerPath(kind, 56)} transform="translate(20 8)" fill={st.hollow ? '#ffffff' : st.color} stroke={st.color} strokeWidth={1.75} />
    </svg>
  );
}
