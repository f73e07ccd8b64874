/** The chosen routes on the compass radar: markers (in the chart's roving focus), detail box, legend. */
import type { KeyboardEvent, Ref } from 'react';
import type { Lang } from '@shared/kernel/compass/model';
import { dimensionById, routeById } from '@shared/kernel/compass/content';
import type { RouteStatus } from '@shared/features/plan/schemas';
import type { RadarKey, RadarText } from './radarLabels';
import { ROUTE_STYLES, type PlacedRoute } from './routeMarkers';

/** Marker radius in viewBox units. */
export const ROUTE_MARKER_R = 9;

const ROUTE_STATUS_TEXT = {
  gepland: 'radar.route.status.gepland',
  onderweg: 'radar.route.status.onderweg',
  afgerond: 'radar.route.status.afgerond',
  gestopt: 'radar.route.status.gestopt',
} as const satisfies Record<RouteStatus, RadarKey>;

export function routeStatusText(status: RouteStatus, text: RadarText): string {
  return text(ROUTE_STATUS_TEXT[status]);
}

export function routeAriaLabel(r: PlacedRoute, text: RadarText): string {
  return text('radar.route.label', { letter: r.route, name: r.label, status: routeStatusText(r.status, text) });
}

/** The badge of one route, centred on 0,0: its letter in a circle, drawn as its status says. */
export function RouteBadge({ letter, status, r = ROUTE_MARKER_R }: { letter: string; status: RouteStatus; r?: number }) {
  const st = ROUTE_STYLES[status];
  const d = r * 0.72;
  return (
    <g className="compass-route-badge" data-status={status}>
      <circle r={r} fill={st.fill} stroke={st.stroke} strokeWidth={1.75} strokeDasharray={st.dash} />
      <text dy="0.35em" textAnchor="middle" fontSize={r * 1.25} fontWeight={700} fill={st.text}>
        {letter}
      </text>
      {st.strike && <line x1={-d} y1={d} x2={d} y2={-d} stroke={st.stroke} strokeWidth={1.75} strokeLinecap="round" />}
      {st.check && (
        <g transform={`translate(${r * 0.8} ${-r * 0.8})`}>
          <circle r={r * 0.55} fill="#ffffff" stroke={st.stroke} strokeWidth={1.25} />
          <path
            d={`M ${-r * 0.28} 0 L ${-r * 0.06} ${r * 0.22} L ${r * 0.3} ${-r * 0.2}`}
            fill="none"
            stroke={st.stroke}
            strokeWidth={1.5}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </g>
      )}
    </g>
  );
}

/** Small legend swatch of a route badge. */
export function RouteSwatch({ letter, status }: { letter: string; status: RouteStatus }) {
  return (
    <svg className="compass-swatch" width={26} height={24} viewBox="-12 -13 26 24" aria-hidden="true" focusable="false">
      <RouteBadge letter={letter} status={status} />
    </svg>
  );
}

export interface RouteMarkersProps {
  routes: readonly PlacedRoute[];
  text: RadarText;
  /** Key of the element with the chart's tab stop. */
  activeKey: string | null;
  /** Key of the element whose detail box is open (it gets aria-describedby). */
  shownKey: string | null;
  tooltipId: string;
  register: (key: string, el: SVGGElement | null) => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
  onFocusRoute: (r: PlacedRoute) => void;
  onBlurRoute: (r: PlacedRoute) => void;
  onHoverRoute: (r: PlacedRoute) => void;
}

/** One focusable marker per route, just outside the rim of its dimension's sector. */
export function RouteMarkers(props: RouteMarkersProps) {
  const { routes, text, activeKey, shownKey, tooltipId } = props;
  if (routes.length === 0) return null;
  return (
    <g className="compass-radar__routes" onKeyDown={props.onKeyDown}>
      {routes.map((r) => {
        const isActive = r.key === activeKey;
        return (
          <g
            key={r.key}
            ref={(el) => props.register(r.key, el)}
            className="compass-radar__point compass-radar__route"
            role="img"
            tabIndex={isActive ? 0 : -1}
            aria-label={routeAriaLabel(r, text)}
            aria-describedby={isActive && shownKey === r.key ? tooltipId : undefined}
            data-route={r.route}
            data-status={r.status}
            transform={`translate(${r.x} ${r.y})`}
            onFocus={() => props.onFocusRoute(r)}
            onBlur={() => props.onBlurRoute(r)}
            onMouseEnter={() => props.onHoverRoute(r)}
          >
            <circle r={ROUTE_MARKER_R + 4} fill="transparent" />
            <circle className="compass-radar__focus-ring" r={ROUTE_MARKER_R + 3} fill="none" stroke="#0b0c0c" strokeWidth={2.5} visibility="hidden" />
            <RouteBadge letter={r.route} status={r.status} />
          </g>
        );
      })}
    </g>
  );
}

export interface RouteDetailProps {
  id: string;
  ref: Ref<HTMLDivElement>;
  route: PlacedRoute;
  lang: Lang;
  text: RadarText;
  /** Position of the marker in % of the figure. */
  left: number;
  top: number;
  onLeave: () => void;
}

/** Detail box for a route marker: its name, dimension and status. */
export function RouteDetail({ id, ref, route, lang, text, left, top, onLeave }: RouteDetailProps) {
  const dim = routeById(route.route).dimension;
  return (
    <div
      id={id}
      ref={ref}
      role="tooltip"
      className={`compass-radar__tooltip ${route.x > 0 ? 'compass-radar__tooltip--left' : 'compass-radar__tooltip--right'}`}
      style={{ left: `${left}%`, top: `${top}%` }}
      onMouseLeave={onLeave}
    >
      <p className="compass-radar__tooltip-title">{text('radar.route.detailTitle', { letter: route.route, name: route.label })}</p>
      <p className="compass-radar__tooltip-dimension">
        {text('radar.dimensionLong', { numeral: dim, name: dimensionById(dim).name[lang] })}
      </p>
      <p className="compass-route-detail__status">
        <RouteSwatch letter={route.route} status={route.status} />
        {text('radar.route.statusLine', { status: routeStatusText(route.status, text) })}
      </p>
    </div>
  );
}

/** The routes part of the legend: each route with its badge, name and status in words. */
export function RouteLegend({ routes, text, id }: { routes: readonly PlacedRoute[]; text: RadarText; id: string }) {
  if (routes.length === 0) return null;
  return (
    <>
      <p id={id} className="compass-legend__title compass-legend__title--routes">
        {text('radar.route.legend')}
      </p>
      <ul className="compass-legend__list compass-legend__list--routes" aria-labelledby={id}>
        {routes.map((r) => (
          <li key={r.key} className="compass-legend__item" data-legend-route={r.route}>
            <RouteSwatch letter={r.route} status={r.status} />
            <span>{text('radar.route.legendItem', { letter: r.route, name: r.label, status: routeStatusText(r.status, text) })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
