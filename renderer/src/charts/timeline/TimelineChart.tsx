import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@shared/kernel/compass/model';
import type { NeedleTimeline } from '@shared/features/history/history';
import { SERIES_LABEL } from './timelineLabels';
import { SeriesSwatch } from '../compass/CompassRadar';
import { RING_VALUES, SERIES_STYLES, SYSTEM_FONT, markerPath, type SeriesKind } from '../compass/radarGeometry';
import { pointLabel } from '../../features/history/historyText';
import {
  MARGIN,
  VIEW_H,
  VIEW_W,
  chartPoints,
  moveIndex,
  scoreScale,
  seriesLine,
  timeScale,
  timeTicks,
  utcDate,
  type TimelineSeries,
} from './timelineGeometry';

export interface TimelineChartProps {
  timeline: NeedleTimeline;
  /** First and last date of the whole history, so every needle's chart has the same time axis. */
  extent: readonly [string, string];
  lang: Lang;
  /** Accessible name of the chart (also its visible heading is up to the caller). */
  title: string;
}

/** The radar's visual encoding, reused: self as "current", target as "target", a 360 round as "others". */
export const KIND_OF: Readonly<Record<TimelineSeries, SeriesKind>> = { self: 'current', target: 'target', others: 'others' };
const MARKER_AREA = 70;
const GRID = '#7d8287';
const shorten = (s: string, max = 26) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** A needle over time: self and target per meetmoment, others per closed round; one tab stop, arrow keys. */
export function TimelineChart({ timeline, extent, lang, title }: TimelineChartProps) {
  const { t } = useTranslation();
  const uid = useId();
  const x = useMemo(() => timeScale(extent), [extent]);
  const y = useMemo(() => scoreScale(), []);
  const points = useMemo(() => chartPoints(timeline, x, y), [timeline, x, y]);
  const ticks = useMemo(() => timeTicks(x, lang), [x, lang]);
  const rounds = timeline.points.filter((p) => p.kind === 'round');
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<string | null>(null);
  const els = useRef(new Map<string, SVGGElement>());
  const activeIndex = Math.min(active, Math.max(points.length - 1, 0));
  const shownPoint = points.find((p) => p.key === shown);

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Escape') {
      setShown(null);
      return;
    }
    const next = moveIndex(activeIndex, points.length, e.key);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    const p = points[next];
    if (p) els.current.get(p.key)?.focus();
  };

  const lines = (['target', 'self'] as const).map((series) => ({ series, d: seriesLine(timeline, series, x, y) }));
  const legend: TimelineSeries[] = rounds.length > 0 ? ['self', 'target', 'others'] : ['self', 'target'];

  return (
    <div className="timeline" data-testid="timeline-chart" data-needle={timeline.needle}>
      <span id={`${uid}-title`} className="visually-hidden">
        {title}
      </span>
      <p id={`${uid}-hint`} className="visually-hidden">
        {t('history.timeline.scale')}. {t('history.timeline.keyboardHint')}
      </p>
      <div className="timeline__figure">
        <svg
          role="group"
          aria-labelledby={`${uid}-title`}
          aria-describedby={`${uid}-hint`}
          className="timeline__svg"
          width={VIEW_W}
          height={VIEW_H}
          viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
          fontFamily={SYSTEM_FONT}
          onMouseLeave={() => setShown(null)}
        >
          <g aria-hidden="true">
            {RING_VALUES.map((v) => (
              <g key={v}>
                <line x1={MARGIN.left} x2={VIEW_W - MARGIN.right} y1={y(v)} y2={y(v)} stroke={GRID} strokeWidth={v === 1 ? 1.25 : 0.5} />
                <text x={MARGIN.left - 10} y={y(v)} dy="0.35em" textAnchor="end" fontSize={12} fill="#1b1b1b">
                  {v}
                </text>
              </g>
            ))}
            {ticks.map((tk) => (
              <g key={tk.x}>
                <line x1={tk.x} x2={tk.x} y1={VIEW_H - MARGIN.bottom} y2={VIEW_H - MARGIN.bottom + 5} stroke={GRID} />
                <text x={tk.x} y={VIEW_H - MARGIN.bottom + 20} textAnchor="middle" fontSize={12} fill="#1b1b1b">
                  {tk.label}
                </text>
              </g>
            ))}
            {rounds.map((r) => {
              const rx = x(utcDate(r.date));
              const anchor = rx < MARGIN.left + 90 ? 'start' : rx > VIEW_W - MARGIN.right - 90 ? 'end' : 'middle';
              return (
                <g key={r.id} className="timeline__round" data-round={r.id}>
                  <line x1={rx} x2={rx} y1={MARGIN.top - 6} y2={VIEW_H - MARGIN.bottom} stroke={SERIES_STYLES.others.color} strokeWidth={1} strokeDasharray="2 4" />
                  <text x={rx} y={MARGIN.top - 12} textAnchor={anchor} fontSize={11} fill={SERIES_STYLES.others.color}>
                    {shorten(r.name)}
                  </text>
                </g>
              );
            })}
            {lines.map(({ series, d }) => {
              const st = SERIES_STYLES[KIND_OF[series]];
              return d ? <path key={series} data-line={series} d={d} fill="none" stroke={st.color} strokeWidth={st.strokeWidth} strokeDasharray={st.dash} strokeLinejoin="round" /> : null;
            })}
          </g>
          <g onKeyDown={onKeyDown}>
            {points.map((p, i) => {
              const kind = KIND_OF[p.series];
              const st = SERIES_STYLES[kind];
              return (
                <g
                  key={p.key}
                  ref={(el) => {
                    if (el) els.current.set(p.key, el);
                    else els.current.delete(p.key);
                  }}
                  className="timeline__point"
                  role="img"
                  tabIndex={i === activeIndex ? 0 : -1}
                  aria-label={pointLabel(t, p, lang)}
                  data-series={p.series}
                  data-date={p.point.date}
                  data-value={p.value}
                  transform={`translate(${p.x} ${p.y})`}
                  onFocus={() => {
                    setActive(i);
                    setShown(p.key);
                  }}
                  onBlur={() => setShown((k) => (k === p.key ? null : k))}
                  onMouseEnter={() => setShown(p.key)}
                >
                  <circle r={11} fill="transparent" />
                  <circle className="timeline__focus-ring" r={10} fill="none" stroke="#0b0c0c" strokeWidth={2.5} />
                  <path d={markerPath(kind, MARKER_AREA)} fill={st.hollow ? '#ffffff' : st.color} stroke={st.color} strokeWidth={2} />
                </g>
              );
            })}
          </g>
        </svg>
        {shownPoint && (
          <div
            className={`timeline__tooltip ${shownPoint.x > VIEW_W / 2 ? 'timeline__tooltip--left' : ''}`}
            aria-hidden="true"
            style={{ left: `${(shownPoint.x / VIEW_W) * 100}%`, top: `${(shownPoint.y / VIEW_H) * 100}%` }}
          >
            {pointLabel(t, shownPoint, lang)}
          </div>
        )}
      </div>
      <div className="timeline__legend">
        <p id={`${uid}-legend`} className="timeline__legend-title">
          {t('history.timeline.legend')}
        </p>
        <ul className="timeline__legend-list" aria-labelledby={`${uid}-legend`}>
          {legend.map((s) => (
            <li key={s} data-series={s}>
              <SeriesSwatch kind={KIND_OF[s]} />
              <span>{t(SERIES_LABEL[s])}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
