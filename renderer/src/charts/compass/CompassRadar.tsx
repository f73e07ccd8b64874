import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { formatScore } from '@shared/kernel/format';
import type { Lang, NeedleId } from '@shared/kernel/compass/model';
import {
  RING_VALUES,
  SERIES_STYLES,
  SYSTEM_FONT,
  contentSectors,
  markerPath,
  firstLineOffset,
  labelAnchor,
  polar,
  radiusScale,
  sectorAngles,
  sectorArcPath,
  seriesPath,
  spokeLayout,
  labelLines,
  placePoints,
  pointKey,
  type PlacedPoint,
  type SeriesKind,
} from './radarGeometry';
import { CX, CY, GRID, LABEL_MAX_CHARS, LABEL_R, MARKER_AREA, NUMBER_R, R, SECTOR_TINTS, VIEW_H, VIEW_W } from './radarLayout';
import { RadarDetail } from './RadarDetail';
import { SeriesSwatch, dimensionName, needleName, seriesLabel, useRadarText } from './radarLabels';
import { RouteDetail, RouteLegend, RouteMarkers, ROUTE_MARKER_R } from './radarRoutes';
import { focusOfKey, isRouteFocus, moveRadarFocus, placeRoutes, routeKey, type PlacedRoute, type RadarFocus, type RadarRoute } from './routeMarkers';
import './compass.css';

export type { SeriesKind, SeriesStyle } from './radarGeometry';
export type { RadarRoute } from './routeMarkers';
export { SeriesSwatch, dimensionName, needleName, seriesLabel, useRadarText, type RadarText } from './radarLabels';

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
  /** Chosen routes, drawn as lettered markers just outside the rim of their dimension's sector. */
  routes?: readonly RadarRoute[];
}

/** Route markers sit just outside the outer ring, inside the dimension labels. */
const ROUTE_R = R + ROUTE_MARKER_R + 7;
const NO_ROUTES: readonly RadarRoute[] = [];

/** Where a chart position is, in % of the figure (for the detail boxes). */
const percentOf = (p: { x: number; y: number }) => ({ left: ((CX + p.x) / VIEW_W) * 100, top: ((CY + p.y) / VIEW_H) * 100 });

export function CompassRadar({ series, lang, title, size = VIEW_W, describedBy, showLegend = true, routes = NO_ROUTES }: CompassRadarProps) {
  const text = useRadarText(lang);
  const uid = useId();
  const titleId = `${uid}-title`;
  const hintId = `${uid}-hint`;
  const tooltipId = `${uid}-tooltip`;

  const sectors = useMemo(() => contentSectors(), []);
  const spokes = useMemo(() => spokeLayout(sectors), [sectors]);
  const scale = useMemo(() => radiusScale(R), []);

  const placed = useMemo(() => placePoints(series, spokes, scale), [series, spokes, scale]);
  const rows = useMemo(() => placed.map((ps) => ps.map((p) => p.needle)), [placed]);
  const byKey = useMemo(() => new Map(placed.flat().map((p) => [p.key, p])), [placed]);
  const placedRoutes = useMemo(() => placeRoutes(routes, sectors, ROUTE_R, lang), [routes, sectors, lang]);
  const routeByKey = useMemo(() => new Map(placedRoutes.map((r) => [r.key, r])), [placedRoutes]);

  const [activeState, setActive] = useState<RadarFocus | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const pointEls = useRef(new Map<string, SVGGElement>());
  const tooltipEl = useRef<HTMLDivElement>(null);

  // The active point or route survives data changes only if it still exists; otherwise the first one.
  const keyOf = (f: RadarFocus) => (isRouteFocus(f) ? routeKey(f.route) : pointKey(f.seriesIndex, f.needle));
  const wanted = activeState ? keyOf(activeState) : null;
  const activeKey =
    wanted && (byKey.has(wanted) || routeByKey.has(wanted)) ? wanted : (placed.flat()[0]?.key ?? placedRoutes[0]?.key ?? null);

  const shownKey = dismissed ? null : (hovered ?? focused);
  const shown = shownKey ? byKey.get(shownKey) : undefined;
  const shownRoute = shownKey ? routeByKey.get(shownKey) : undefined;

  const onKeyDown = useCallback(
    (e: KeyboardEvent<SVGGElement>) => {
      const current = activeKey ? focusOfKey(activeKey, byKey, routeByKey) : null;
      if (!current) return;
      if (e.key === 'Escape') {
        setDismissed(true);
        return;
      }
      const next = moveRadarFocus({ rows, spokes, routes: placedRoutes }, current, e.key);
      if (!next) return;
      e.preventDefault();
      setActive(next);
      setDismissed(false);
      pointEls.current.get(isRouteFocus(next) ? routeKey(next.route) : pointKey(next.seriesIndex, next.needle))?.focus();
    },
    [activeKey, byKey, routeByKey, rows, spokes, placedRoutes],
  );

  const register = (key: string, el: SVGGElement | null) => {
    if (el) pointEls.current.set(key, el);
    else pointEls.current.delete(key);
  };
  const onFocusRoute = (r: PlacedRoute) => {
    setActive({ route: r.route });
    setFocused(r.key);
    setDismissed(false);
  };

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
        {placedRoutes.length > 0 && ` ${text('radar.route.hint')}`}
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
                      ref={(el) => register(p.key, el)}
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
            <RouteMarkers
              routes={placedRoutes}
              text={text}
              activeKey={activeKey}
              shownKey={shownKey}
              tooltipId={tooltipId}
              register={register}
              onKeyDown={onKeyDown}
              onFocusRoute={onFocusRoute}
              onBlurRoute={(r) => setFocused((k) => (k === r.key ? null : k))}
              onHoverRoute={(r) => {
                setHovered(r.key);
                setDismissed(false);
              }}
            />
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
            {...percentOf(shown)}
            onLeave={() => setHovered(null)}
          />
        )}
        {shownRoute && (
          <RouteDetail id={tooltipId} ref={tooltipEl} route={shownRoute} lang={lang} text={text} {...percentOf(shownRoute)} onLeave={() => setHovered(null)} />
        )}
      </div>
      {showLegend && (
        <div className="compass-legend">
          <p id={`${uid}-legend`} className="compass-legend__title">
            {text('radar.legend')}
          </p>
          {series.length === 0 && placedRoutes.length === 0 && <p className="compass-legend__empty">{text('radar.empty')}</p>}
          {series.length > 0 && (
            <ul className="compass-legend__list" aria-labelledby={`${uid}-legend`}>
              {series.map((s) => (
                <li key={s.id} className="compass-legend__item" data-series={s.kind}>
                  <SeriesSwatch kind={s.kind} />
                  <span>{seriesLabel(s, text)}</span>
                </li>
              ))}
            </ul>
          )}
          <RouteLegend routes={placedRoutes} text={text} id={`${uid}-routes`} />
        </div>
      )}
    </div>
  );
}
