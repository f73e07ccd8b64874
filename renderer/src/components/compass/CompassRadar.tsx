import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionId, Lang, NeedleId } from '../../../../shared/compass/model';
import { dimensionById, needleById } from '../../../../shared/compass/content';
import {
  RING_VALUES,
  SERIES_STYLES,
  SYSTEM_FONT,
  contentSectors,
  formatScore,
  markerPath,
  firstLineOffset,
  isScore,
  labelAnchor,
  movePoint,
  polar,
  radiusScale,
  sectorAngles,
  sectorArcPath,
  seriesPath,
  spokeLayout,
  labelLines,
  placePoints,
  pointKey,
  type ActivePoint,
  type PlacedPoint,
  type SeriesKind,
} from './radarGeometry';
import './compass.css';

export type { SeriesKind, SeriesStyle } from './radarGeometry';

/** One overlay on the compass. `id` must be unique within one chart. */
export interface RadarSeries {
  id: string;
  kind: SeriesKind;
  /** Shown in the legend, detail box and table; empty → the kind's default label ("Huidig", …). */
  label: string;
  /** Needle score 1–5 (a mean, so decimals are fine); null/undefined/missing = no score. */
  values: Partial<Record<NeedleId, number | null>>;
}

export interface CompassRadarProps {
  series: readonly RadarSeries[];
  lang: Lang;
  /** Accessible name of the chart. */
  title: string;
  /** Rendered width in CSS pixels (default 520); the chart scales down to its container. */
  size?: number;
  /** Id(s) of element(s) that describe the chart, e.g. a visible intro text. */
  describedBy?: string;
  /** Render the HTML legend under the chart (default true). */
  showLegend?: boolean;
  // Later: `routes?: RadarRoute[]`, drawn in the "routes" layer inside their dimension's sector
  // (see sectorAngles / DEFAULT_SECTORS); their markers can join the same roving focus list.
}

export type RadarText = (key: string, vars?: Record<string, string | number>) => string;

/** Radar texts in `lang` (not necessarily the UI language, e.g. for a report); React escapes, i18next need not. */
export function useRadarText(lang: Lang): RadarText {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const t = i18n.getFixedT(lang);
    return (key, vars) => t(key, { ...vars, interpolation: { escapeValue: false } });
  }, [i18n, lang]);
}

export function seriesLabel(s: RadarSeries, text: RadarText): string {
  return s.label.trim() !== '' ? s.label : text(`radar.kind.${s.kind}`);
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

// Layout in viewBox units; at the default size one unit is one CSS pixel.
const VIEW_W = 520;
const VIEW_H = 366;
const CX = 260;
const CY = 180;
const R = 130;
const NUMBER_R = R + 14;
const LABEL_R = R + 30;
/** Characters per label line: narrow beside the circle, wider above and below it. */
const LABEL_MAX_CHARS = { side: 14, other: 22 } as const;
const MARKER_AREA = 64;
const SECTOR_TINTS = ['#eaf1f8', '#eef5ec', '#f7f1e6', '#f2edf6', '#e9f4f4'] as const;
const GRID = '#7d8287';

export function CompassRadar({ series, lang, title, size = VIEW_W, describedBy, showLegend = true }: CompassRadarProps) {
  const text = useRadarText(lang);
  const uid = useId();
  const titleId = `${uid}-title`;
  const hintId = `${uid}-hint`;
  const tooltipId = `${uid}-tooltip`;

  const sectors = useMemo(() => contentSectors(), []);
  const spokes = useMemo(() => spokeLayout(sectors), [sectors]);
  const scale = useMemo(() => radiusScale(R), []);
  const spokeOrder = useMemo(() => spokes.map((s) => s.needle), [spokes]);

  const placed = useMemo(() => placePoints(series, spokes, scale), [series, spokes, scale]);
  const rows = useMemo(() => placed.map((ps) => ps.map((p) => p.needle)), [placed]);
  const byKey = useMemo(() => new Map(placed.flat().map((p) => [p.key, p])), [placed]);

  const [activeState, setActive] = useState<ActivePoint | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const pointEls = useRef(new Map<string, SVGGElement>());
  const tooltipEl = useRef<HTMLDivElement>(null);

  // The active point survives data changes only if it still exists; otherwise the first point.
  const firstPoint = placed.flat()[0];
  const activeKey =
    activeState && byKey.has(pointKey(activeState.seriesIndex, activeState.needle))
      ? pointKey(activeState.seriesIndex, activeState.needle)
      : (firstPoint?.key ?? null);

  const shownKey = dismissed ? null : (hovered ?? focused);
  const shown = shownKey ? byKey.get(shownKey) : undefined;

  const onKeyDown = useCallback(
    (e: KeyboardEvent<SVGGElement>) => {
      const current = activeKey ? byKey.get(activeKey) : undefined;
      if (!current) return;
      if (e.key === 'Escape') {
        setDismissed(true);
        return;
      }
      const next = movePoint(rows, spokeOrder, current, e.key);
      if (!next) return;
      e.preventDefault();
      const key = pointKey(next.seriesIndex, next.needle);
      setActive(next);
      setDismissed(false);
      pointEls.current.get(key)?.focus();
    },
    [activeKey, byKey, rows, spokeOrder],
  );

  const onSvgLeave = (e: MouseEvent<SVGSVGElement>) => {
    if (e.relatedTarget instanceof Node && tooltipEl.current?.contains(e.relatedTarget)) return;
    setHovered(null);
  };

  const pointLabel = (p: PlacedPoint) => {
    const s = series[p.seriesIndex];
    return text('radar.point', {
      number: p.needle,
      name: needleName(p.needle, lang),
      series: s ? seriesLabel(s, text) : '',
      value: formatScore(p.value, lang),
    });
  };

  // Draw order: by kind (current on top), keeping the given order within a kind.
  const drawOrder = series
    .map((s, i) => i)
    .sort((a, b) => (SERIES_STYLES[series[a]?.kind ?? 'current'].z - SERIES_STYLES[series[b]?.kind ?? 'current'].z) || a - b);

  return (
    <div className="compass-radar">
      <span id={titleId} className="compass-visually-hidden">{title}</span>
      <p id={hintId} className="compass-visually-hidden">
        {text('radar.scale')}. {text('radar.keyboardHint')}
      </p>
      <div className="compass-radar__figure">
        <svg
          role="group"
          aria-labelledby={titleId}
          aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
          className="compass-radar__svg"
          width={size}
          height={(size * VIEW_H) / VIEW_W}
          viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
          fontFamily={SYSTEM_FONT}
          onMouseLeave={onSvgLeave}
        >
          <g transform={`translate(${CX} ${CY})`}>
            <g className="compass-radar__sectors" aria-hidden="true">
              {sectors.map((sec, i) => {
                const a = sectorAngles(i, sectors.length);
                return (
                  <path key={sec.dimension} d={sectorArcPath(a.startAngle, a.endAngle, 0, R)} fill={SECTOR_TINTS[i % SECTOR_TINTS.length]} stroke="#ffffff" strokeWidth={2} />
                );
              })}
            </g>
            <g className="compass-radar__grid" aria-hidden="true">
              {RING_VALUES.map((v) => (
                <circle key={v} r={scale(v)} fill="none" stroke={GRID} strokeWidth={v === 5 ? 1.25 : 0.75} />
              ))}
              {spokes.map((sp) => {
                const end = polar(sp.angle, R);
                return <line key={sp.needle} data-testid="radar-spoke" data-needle={sp.needle} x1={0} y1={0} x2={end.x} y2={end.y} stroke={GRID} strokeWidth={1} />;
              })}
              {RING_VALUES.map((v) => (
                <text key={v} className="compass-radar__ring-number" x={3} y={-scale(v)} dy="-0.25em" fontSize={10} fill="#4b4f54" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
                  {v}
                </text>
              ))}
            </g>
            <g className="compass-radar__labels">
              {spokes.map((sp) => {
                const p = polar(sp.angle, NUMBER_R);
                return (
                  <text key={sp.needle} x={p.x} y={p.y} dy="0.35em" textAnchor="middle" fontSize={13} fontWeight={700} fill="#1b1b1b" aria-hidden="true">
                    {sp.needle}
                  </text>
                );
              })}
              {sectors.map((sec, i) => {
                const anchor = labelAnchor(sectorAngles(i, sectors.length).midAngle, LABEL_R);
                const maxChars = anchor.verticalAlign === 'middle' ? LABEL_MAX_CHARS.side : LABEL_MAX_CHARS.other;
                const lines = labelLines(`${sec.dimension} ${dimensionName(sec.dimension, lang)}`, maxChars, anchor.textAnchor);
                const dy0 = firstLineOffset(lines.length, anchor.verticalAlign);
                return (
                  <text key={sec.dimension} className="compass-radar__dimension" x={anchor.x} y={anchor.y} textAnchor={anchor.textAnchor} fontSize={13} fill="#1b1b1b">
                    {lines.map((ln, j) => (
                      <tspan key={j} x={anchor.x} dy={`${j === 0 ? dy0 : 1.2}em`}>
                        {ln.before}
                        {ln.head !== '' && <tspan fontWeight={700}>{ln.head}</tspan>}
                        {ln.rest}
                        {ln.after}
                      </tspan>
                    ))}
                  </text>
                );
              })}
            </g>
            {/* routes layer goes here (between the grid and the series) */}
            <g className="compass-radar__series" aria-hidden="true">
              {drawOrder.map((i) => {
                const s = series[i];
                if (!s) return null;
                const st = SERIES_STYLES[s.kind];
                const path = seriesPath(spokes, s.values, scale);
                if (!path.d) return null;
                return (
                  <path
                    key={s.id}
                    data-series={s.kind}
                    d={path.d}
                    fill={path.closed && st.fillOpacity > 0 ? st.color : 'none'}
                    fillOpacity={st.fillOpacity}
                    stroke={st.color}
                    strokeWidth={st.strokeWidth}
                    strokeDasharray={st.dash}
                    strokeLinecap={s.kind === 'others' ? 'round' : 'butt'}
                    strokeLinejoin="round"
                  />
                );
              })}
            </g>
            <g className="compass-radar__points" onKeyDown={onKeyDown}>
              {drawOrder.flatMap((i) => {
                const s = series[i];
                if (!s) return [];
                const st = SERIES_STYLES[s.kind];
                return (placed[i] ?? []).map((p) => {
                  const isActive = p.key === activeKey;
                  return (
                    <g
                      key={p.key}
                      ref={(el) => {
                        if (el) pointEls.current.set(p.key, el);
                        else pointEls.current.delete(p.key);
                      }}
                      className="compass-radar__point"
                      role="img"
                      tabIndex={isActive ? 0 : -1}
                      aria-label={pointLabel(p)}
                      aria-describedby={isActive && shownKey === p.key ? tooltipId : undefined}
                      data-series={s.kind}
                      data-series-id={s.id}
                      data-needle={p.needle}
                      data-value={p.value}
                      transform={`translate(${p.x} ${p.y})`}
                      onFocus={() => {
                        setActive({ seriesIndex: p.seriesIndex, needle: p.needle });
                        setFocused(p.key);
                        setDismissed(false);
                      }}
                      onBlur={() => setFocused((k) => (k === p.key ? null : k))}
                      onMouseEnter={() => {
                        setHovered(p.key);
                        setDismissed(false);
                      }}
                    >
                      <circle r={11} fill="transparent" />
                      <circle className="compass-radar__focus-ring" r={10} fill="none" stroke="#0b0c0c" strokeWidth={2.5} visibility="hidden" />
                      <path d={markerPath(s.kind, MARKER_AREA)} fill={st.hollow ? '#ffffff' : st.color} stroke={st.color} strokeWidth={2} />
                    </g>
                  );
                });
              })}
            </g>
          </g>
        </svg>
        {shown && (
          <RadarDetail
            id={tooltipId}
            ref={tooltipEl}
            point={shown}
            series={series}
            lang={lang}
            text={text}
            onLeave={() => setHovered(null)}
          />
        )}
      </div>
      {showLegend && (
        <div className="compass-legend">
          <p id={`${uid}-legend`} className="compass-legend__title">
            {text('radar.legend')}
          </p>
          {series.length === 0 ? (
            <p className="compass-legend__empty">{text('radar.empty')}</p>
          ) : (
            <ul className="compass-legend__list" aria-labelledby={`${uid}-legend`}>
              {series.map((s) => (
                <li key={s.id} className="compass-legend__item" data-series={s.kind}>
                  <SeriesSwatch kind={s.kind} />
                  <span>{seriesLabel(s, text)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

interface RadarDetailProps {
  id: string;
  ref: Ref<HTMLDivElement>;
  point: PlacedPoint;
  series: readonly RadarSeries[];
  lang: Lang;
  text: RadarText;
  onLeave: () => void;
}

/** Detail box for one needle: its name, dimension and every series' value. */
function RadarDetail({ id, ref, point, series, lang, text, onLeave }: RadarDetailProps) {
  const needle = needleById(point.needle);
  const dim = needle.dimension;
  const left = ((CX + point.x) / VIEW_W) * 100;
  const top = ((CY + point.y) / VIEW_H) * 100;
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
