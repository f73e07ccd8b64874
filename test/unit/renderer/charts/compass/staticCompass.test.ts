import { describe, expect, it } from 'vitest';
import { NEEDLES } from '@shared/kernel/compass/content';
import type { RadarSeries } from '@renderer/src/charts/compass/CompassRadar';
import { escapeXml, renderStaticCompass, type StaticCompassTexts } from '@renderer/src/charts/compass/staticCompass';

const TEXTS: StaticCompassTexts = {
  title: 'Kompas van A. de Vries',
  dateLine: 'Meetmoment van 3 maart 2026',
  legend: 'Legenda',
  needles: 'Naalden',
  scale: 'Schaal van 1 tot 5',
  noScore: 'geen score',
  kindLabel: { current: 'Huidig', target: 'Doel', others: 'Anderen', earlier: 'Eerder' },
};

const SERIES: RadarSeries[] = [
  { id: 'self', kind: 'current', label: 'Huidig', values: { 1: 4, 2: 3.25, 3: 3.5, 4: 2, 5: 5, 6: 1, 7: 3, 8: 4, 9: 2.5, 10: 3 } },
  { id: 'goal', kind: 'target', label: '', values: { 1: 5, 2: 4, 3: 4.5, 6: 3 } },
  { id: 'them', kind: 'others', label: 'Alle anderen (8)', values: { 3: 3.8, 4: 2.2 } },
  { id: 'old', kind: 'earlier', label: 'Eerder: 1 januari 2025', values: { 1: 2, 2: 2 } },
];

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('renderStaticCompass', () => {
  it('is a well-formed standalone SVG with title, description, heading, date and its size', () => {
    const { svg, width, height } = renderStaticCompass({ series: SERIES, lang: 'nl', texts: TEXTS });
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(root.querySelector(':scope > title')?.textContent).toBe(TEXTS.title);
    const desc = root.querySelector(':scope > desc')?.textContent ?? '';
    expect(desc).toContain('Huidig — 1 Toon meer leiderschap en benoem de onzekerheid: 4; 2 Bewaak de lange lijnen: 3,3;');
    expect(desc).toContain('Doel — 1 Toon meer leiderschap en benoem de onzekerheid: 5; 2 Bewaak de lange lijnen: 4; 3 Sta in verbinding met de samenleving: 4,5; 6 ');
    expect(renderStaticCompass({ series: [{ id: 'e', kind: 'others', label: '', values: {} }], lang: 'nl', texts: TEXTS }).svg).toContain('Anderen — geen score.');
    const texts = Array.from(root.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toContain(TEXTS.title);
    expect(texts).toContain(TEXTS.dateLine);
    expect(texts).toContain('Legenda');
  });

  it('draws five labelled sectors, ten spokes, and every series with one marker per score', () => {
    const doc = parse(renderStaticCompass({ series: SERIES, lang: 'nl', texts: TEXTS }).svg);
    expect(doc.querySelectorAll('line[data-needle]')).toHaveLength(10);
    const dims = Array.from(doc.querySelectorAll('text[data-dimension]')).map((t) => t.textContent);
    expect(dims).toHaveLength(5);
    expect(dims[0]).toMatch(/^I /);
    for (const kind of ['current', 'target', 'others', 'earlier']) {
      expect(doc.querySelector(`g[data-series="${kind}"]`), kind).not.toBeNull();
      expect(doc.querySelector(`[data-legend="${kind}"]`), kind).not.toBeNull();
    }
    expect(doc.querySelectorAll('g[data-series="current"] path[data-needle]')).toHaveLength(10);
    expect(doc.querySelectorAll('g[data-series="target"] path[data-needle]')).toHaveLength(4);
    expect(doc.querySelector('g[data-series="others"] path[data-needle="3"]')?.getAttribute('data-value')).toBe('3.8');
    // An empty label falls back to the kind's name in the legend.
    expect(doc.querySelector('[data-legend="target"] text')?.textContent).toBe('Doel');
  });

  it('carries the ten needle names in its key, in the chosen language', () => {
    const en = parse(renderStaticCompass({ series: SERIES, lang: 'en', texts: TEXTS }).svg);
    const names = Array.from(en.querySelectorAll('text[data-needle-name]')).map((t) => t.textContent?.replace(/\s+/g, ' '));
    expect(names).toEqual(NEEDLES.map((n) => n.name.en));
    const without = parse(renderStaticCompass({ series: SERIES, lang: 'nl', texts: TEXTS, needleKey: false }).svg);
    expect(without.querySelectorAll('text[data-needle-name]')).toHaveLength(0);
  });

  it('holds no script, no event handler, no style element and no external reference', () => {
    const hostile: RadarSeries[] = [{ id: 'x"><script>alert(1)</script>', kind: 'current', label: '<script>alert(1)</script>', values: { 1: 3 } }];
    const { svg } = renderStaticCompass({ series: hostile, lang: 'nl', texts: { ...TEXTS, title: '<img src=x onerror=alert(1)>' } });
    const doc = parse(svg);
    expect(doc.querySelectorAll('script, style, foreignObject, image, a, use')).toHaveLength(0);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        if (attr.name !== 'xmlns') expect(attr.value).not.toMatch(/^(?:javascript|https?):/i);
      }
    }
    expect(doc.querySelector('title')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('[data-legend="current"] text')?.textContent).toBe('<script>alert(1)</script>');
    expect(doc.querySelector('g[data-series="current"]')?.getAttribute('data-series-id')).toBe('x"><script>alert(1)</script>');
  });

  it('escapes the five XML characters and drops control characters', () => {
    expect(escapeXml(`a&b<c>d"e'f\u0001g`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;fg');
  });

  it('grows with the legend: more series, more rows; the width stays', () => {
    const one = renderStaticCompass({ series: SERIES.slice(0, 1), lang: 'nl', texts: TEXTS });
    const four = renderStaticCompass({ series: SERIES, lang: 'nl', texts: TEXTS });
    expect(four.width).toBe(one.width);
    expect(four.height).toBeGreaterThan(one.height);
  });

  it('wraps a long title over lines within the width and moves the chart down', () => {
    const long = 'Kompas van het meetmoment van 10 november 2026 van Anneke de Vries-Bakker, directeur-generaal';
    const short = renderStaticCompass({ series: SERIES, lang: 'nl', texts: TEXTS });
    const wrapped = renderStaticCompass({ series: SERIES, lang: 'nl', texts: { ...TEXTS, title: long } });
    const doc = parse(wrapped.svg);
    const lines = Array.from(doc.querySelectorAll('text[data-heading="title"] tspan')).map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(52);
    expect(wrapped.height).toBeGreaterThan(short.height);
  });
});
