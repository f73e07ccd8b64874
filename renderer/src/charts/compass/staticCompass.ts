/**
 * The compass as a static SVG string: a pure function of its props, drawn from the same geometry and
 * layout as the live CompassRadar, for print, PDF and picture export. No script, no interaction, no
 * external references; every text is escaped. The chart names itself (`<title>`, `<desc>` with the
 * figures) and carries its own heading, date line, legend and needle key, so it also stands alone
 * as an exported picture.
 */
import type { Lang, NeedleId } from '@shared/kernel/compass/model';
import { formatScore } from '@shared/kernel/format';
import { dimensionById, needleById } from '@shared/kernel/compass/content';
import type { RadarSeries } from './CompassRadar';
import {
  RING_VALUES,
  SERIES_STYLES,
  SYSTEM_FONT,
  contentSectors,
  firstLineOffset,
  isScore,
  labelAnchor,
  labelLines,
  markerPath,
  placePoints,
  polar,
  radiusScale,
  sectorAngles,
  sectorArcPath,
  seriesPath,
  spokeLayout,
  wrapLabel,
} from './radarGeometry';
import { CX, CY, GRID, LABEL_MAX_CHARS, LABEL_R, MARKER_AREA, NUMBER_R, R, SECTOR_TINTS, VIEW_H, VIEW_W } from './radarLayout';

/** The words the picture needs, already in its language (the caller owns i18n). */
export interface StaticCompassTexts {
  /** Heading and accessible name. */
  readonly title: string;
  /** The line under the heading, e.g. "Meetmoment van 3 maart 2026" or "Gemaakt op …". */
  readonly dateLine: string;
  /** "Legenda". */
  readonly legend: string;
  /** "Naalden": heading of the key with the needle names. */
  readonly needles: string;
  /** "Schaal van 1 … tot 5 …", first sentence of the description. */
  readonly scale: string;
  /** "geen score". */
  readonly noScore: string;
  /** A series' name when its label is empty, by kind. */
  readonly kindLabel: Readonly<Record<RadarSeries['kind'], string>>;
}

export interface StaticCompassProps {
  readonly series: readonly RadarSeries[];
  readonly lang: Lang;
  readonly texts: StaticCompassTexts;
  /** Draw the key with the ten needle names under the legend (default true). */
  readonly needleKey?: boolean;
  /** Prefix of the ids inside the SVG, unique per page when several are inline (default 'compass'). */
  readonly idPrefix?: string;
}

export interface StaticCompass {
  readonly svg: string;
  /** Size in CSS pixels (the viewBox). */
  readonly width: number;
  readonly height: number;
}

const MARGIN = 20;
export const STATIC_WIDTH = VIEW_W + 2 * MARGIN;
const HEADER_H = 66;
const LEGEND_ROW = 22;
const KEY_LINE = 14;
const KEY_GAP = 6;
const KEY_CHARS = 38;
const COLUMN_W = (STATIC_WIDTH - 2 * MARGIN) / 2;
const INK = '#1b1b1b';
const MUTED = '#4b4f54';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values for XML; drops characters XML 1.0 cannot hold. */
export function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)
  );
}

const n2 = (v: number): string => String(Math.round(v * 100) / 100);

function attrs(values: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? n2(v) : v)}"`)
    .join('');
}

function seriesName(s: RadarSeries, texts: StaticCompassTexts): string {
  return s.label.trim() !== '' ? s.label : texts.kindLabel[s.kind];
}

/** The figures in words (needles with a score), for `<desc>` (a screen reader's or a PDF's alternative to the picture). */
function description(series: readonly RadarSeries[], lang: Lang, texts: StaticCompassTexts): string {
  const lines = series.map((s) => {
    const values = contentSectors()
      .flatMap((sec) => sec.needles)
      .flatMap((n: NeedleId) => {
        const v = s.values[n];
        return isScore(v) ? [`${n} ${needleById(n).name[lang]}: ${formatScore(v, lang)}`] : [];
      });
    return `${seriesName(s, texts)} — ${values.length > 0 ? values.join('; ') : texts.noScore}.`;
  });
  return [`${texts.scale}.`, ...lines].join(' ');
}

function chart(series: readonly RadarSeries[], lang: Lang): string {
  const sectors = contentSectors();
  const spokes = spokeLayout(sectors);
  const scale = radiusScale(R);
  const out: string[] = [];
  sectors.forEach((_, i) => {
    const a = sectorAngles(i, sectors.length);
    out.push(`<path${attrs({ d: sectorArcPath(a.startAngle, a.endAngle, 0, R), fill: SECTOR_TINTS[i % SECTOR_TINTS.length], stroke: '#ffffff', 'stroke-width': 2 })}/>`);
  });
  for (const v of RING_VALUES) out.push(`<circle${attrs({ r: scale(v), fill: 'none', stroke: GRID, 'stroke-width': v === 5 ? 1.25 : 0.75 })}/>`);
  for (const sp of spokes) {
    const end = polar(sp.angle, R);
    out.push(`<line${attrs({ x1: 0, y1: 0, x2: end.x, y2: end.y, stroke: GRID, 'stroke-width': 1, 'data-needle': sp.needle })}/>`);
  }
  for (const v of RING_VALUES) {
    out.push(`<text${attrs({ x: 3, y: -scale(v), dy: '-0.25em', 'font-size': 10, fill: MUTED, stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke' })}>${v}</text>`);
  }
  for (const sp of spokes) {
    const p = polar(sp.angle, NUMBER_R);
    out.push(`<text${attrs({ x: p.x, y: p.y, dy: '0.35em', 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700, fill: INK })}>${sp.needle}</text>`);
  }
  sectors.forEach((sec, i) => {
    const anchor = labelAnchor(sectorAngles(i, sectors.length).midAngle, LABEL_R);
    const maxChars = anchor.verticalAlign === 'middle' ? LABEL_MAX_CHARS.side : LABEL_MAX_CHARS.other;
    const lines = labelLines(`${sec.dimension} ${dimensionById(sec.dimension).name[lang]}`, maxChars, anchor.textAnchor);
    const dy0 = firstLineOffset(lines.length, anchor.verticalAlign);
    const spans = lines
      .map((ln, j) => {
        const head = ln.head !== '' ? `<tspan font-weight="700">${escapeXml(ln.head)}</tspan>` : '';
        return `<tspan${attrs({ x: anchor.x, dy: `${j === 0 ? n2(dy0) : 1.2}em` })}>${escapeXml(ln.before)}${head}${escapeXml(ln.rest + ln.after)}</tspan>`;
      })
      .join('');
    out.push(`<text${attrs({ x: anchor.x, y: anchor.y, 'text-anchor': anchor.textAnchor, 'font-size': 13, fill: INK, 'data-dimension': sec.dimension })}>${spans}</text>`);
  });

  const order = series.map((_, i) => i).sort((a, b) => SERIES_STYLES[series[a]!.kind].z - SERIES_STYLES[series[b]!.kind].z || a - b);
  const placed = placePoints(series, spokes, scale);
  for (const i of order) {
    const s = series[i]!;
    const st = SERIES_STYLES[s.kind];
    const path = seriesPath(spokes, s.values, scale);
    const parts: string[] = [];
    if (path.d) {
      parts.push(
        `<path${attrs({
          d: path.d,
          fill: path.closed && st.fillOpacity > 0 ? st.color : 'none',
          'fill-opacity': st.fillOpacity,
          stroke: st.color,
          'stroke-width': st.strokeWidth,
          'stroke-dasharray': st.dash,
          'stroke-linecap': s.kind === 'others' ? 'round' : 'butt',
          'stroke-linejoin': 'round',
        })}/>`,
      );
    }
    for (const p of placed[i] ?? []) {
      parts.push(
        `<path${attrs({ d: markerPath(s.kind, MARKER_AREA), transform: `translate(${n2(p.x)} ${n2(p.y)})`, fill: st.hollow ? '#ffffff' : st.color, stroke: st.color, 'stroke-width': 2, 'data-needle': p.needle, 'data-value': p.value })}/>`,
      );
    }
    out.push(`<g${attrs({ 'data-series': s.kind, 'data-series-id': s.id })}>${parts.join('')}</g>`);
  }
  return out.join('');
}

function swatch(kind: RadarSeries['kind'], x: number, y: number): string {
  const st = SERIES_STYLES[kind];
  return (
    `<line${attrs({ x1: x + 2, y1: y, x2: x + 38, y2: y, stroke: st.color, 'stroke-width': st.strokeWidth, 'stroke-dasharray': st.dash, 'stroke-linecap': kind === 'others' ? 'round' : 'butt' })}/>` +
    `<path${attrs({ d: markerPath(kind, 56), transform: `translate(${x + 20} ${y})`, fill: st.hollow ? '#ffffff' : st.color, stroke: st.color, 'stroke-width': 1.75 })}/>`
  );
}

/** Legend: one swatch and name per series, two columns. Returns the markup and its height. */
function legend(series: readonly RadarSeries[], texts: StaticCompassTexts, top: number): { markup: string; height: number } {
  if (series.length === 0) return { markup: '', height: 0 };
  const rows = Math.ceil(series.length / 2);
  const items = series.map((s, i) => {
    const x = MARGIN + (i % 2) * COLUMN_W;
    const y = top + 26 + Math.floor(i / 2) * LEGEND_ROW;
    return `<g${attrs({ 'data-legend': s.kind })}>${swatch(s.kind, x, y - 4)}<text${attrs({ x: x + 48, y, 'font-size': 13, fill: INK })}>${escapeXml(seriesName(s, texts))}</text></g>`;
  });
  const heading = `<text${attrs({ x: MARGIN, y: top + 4, 'font-size': 13, 'font-weight': 700, fill: INK })}>${escapeXml(texts.legend)}</text>`;
  return { markup: `<g class="legend">${heading}${items.join('')}</g>`, height: 20 + rows * LEGEND_ROW };
}

/** Needle key: "1 Bewaak de lange lijnen" …, dimension by dimension, in two columns (I–III | IV–V). */
function needleKey(lang: Lang, texts: StaticCompassTexts, top: number): { markup: string; height: number } {
  const needles = contentSectors().flatMap((s) => s.needles);
  const half = Math.ceil(needles.length / 2);
  const columns = [needles.slice(0, half), needles.slice(half)];
  const parts: string[] = [`<text${attrs({ x: MARGIN, y: top + 4, 'font-size': 13, 'font-weight': 700, fill: INK })}>${escapeXml(texts.needles)}</text>`];
  let height = 0;
  columns.forEach((col, c) => {
    let y = top + 24;
    const x = MARGIN + c * COLUMN_W;
    for (const n of col) {
      const lines = wrapLabel(needleById(n).name[lang], KEY_CHARS);
      const spans = lines.map((ln, j) => `<tspan${attrs({ x: x + 20, dy: j === 0 ? undefined : `${KEY_LINE}` })}>${escapeXml(ln)}</tspan>`).join(' ');
      parts.push(
        `<text${attrs({ x, y, 'font-size': 11, 'font-weight': 700, fill: INK })}>${n}</text><text${attrs({ x: x + 20, y, 'font-size': 11, fill: INK, 'data-needle-name': n })}>${spans}</text>`,
      );
      y += lines.length * KEY_LINE + KEY_GAP;
    }
    height = Math.max(height, y - top);
  });
  return { markup: `<g class="needle-key">${parts.join('')}</g>`, height };
}

const TITLE_CHARS = 52;
const TITLE_LINE = 20;

function titleLines(title: string): string[] {
  const lines = wrapLabel(title, TITLE_CHARS);
  return lines.length > 0 ? lines : [''];
}

/** Title (wrapped to the width) and the date line under it. */
function heading(texts: StaticCompassTexts, idPrefix: string): string {
  const lines = titleLines(texts.title);
  const spans = lines.map((ln, j) => `<tspan${attrs({ x: MARGIN, dy: j === 0 ? undefined : TITLE_LINE })}>${escapeXml(ln)}</tspan>`).join(' ');
  const dateY = 52 + (lines.length - 1) * TITLE_LINE;
  return (
    `<text${attrs({ x: MARGIN, y: 30, 'font-size': 17, 'font-weight': 700, fill: INK, 'data-heading': 'title' })}>${spans}</text>` +
    `<text${attrs({ id: `${idPrefix}-date`, x: MARGIN, y: dateY, 'font-size': 13, fill: MUTED })}>${escapeXml(texts.dateLine)}</text>`
  );
}

/** The compass as a standalone SVG document (UTF-8, no XML declaration needed in HTML or a file). */
export function renderStaticCompass({ series, lang, texts, needleKey: withKey = true, idPrefix = 'compass' }: StaticCompassProps): StaticCompass {
  const chartTop = HEADER_H + (titleLines(texts.title).length - 1) * TITLE_LINE;
  const legendTop = chartTop + VIEW_H + 8;
  const leg = legend(series, texts, legendTop);
  const keyTop = legendTop + leg.height + (leg.height > 0 ? 14 : 0);
  const key = withKey ? needleKey(lang, texts, keyTop) : { markup: '', height: 0 };
  const height = Math.ceil(keyTop + key.height + MARGIN / 2);
  const width = STATIC_WIDTH;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${idPrefix}-title ${idPrefix}-date`, lang, 'font-family': SYSTEM_FONT })}>` +
    `<title${attrs({ id: `${idPrefix}-title` })}>${escapeXml(texts.title)}</title>` +
    `<desc>${escapeXml(description(series, lang, texts))}</desc>` +
    `<rect${attrs({ width, height, fill: '#ffffff' })}/>` +
    heading(texts, idPrefix) +
    `<g${attrs({ transform: `translate(${MARGIN + CX} ${chartTop + CY})` })}>${chart(series, lang)}</g>` +
    leg.markup +
    key.markup +
    `</svg>`;
  return { svg, width, height };
}
