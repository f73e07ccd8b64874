import { describe, expect, it } from 'vitest';
import { formatScore } from '@shared/kernel/format';
import { DIMENSIONS } from '@shared/kernel/compass/content';
import { NEEDLE_IDS, type NeedleId } from '@shared/kernel/compass/model';
import {
  DEFAULT_SECTORS,
  contentSectors,
  labelAnchor,
  movePoint,
  polar,
  radiusScale,
  sectorAngles,
  sectorArcPath,
  seriesPath,
  spokeLayout,
  toDegrees,
  wrapLabel,
} from '@renderer/src/charts/compass/radarGeometry';

const full = (v: number): Partial<Record<NeedleId, number>> => Object.fromEntries(NEEDLE_IDS.map((n) => [n, v]));

describe('spoke angles', () => {
  const spokes = spokeLayout();

  it('has 10 distinct spokes, needles 1–10 clockwise, evenly spaced from 18°', () => {
    expect(spokes.map((s) => s.needle)).toEqual([...NEEDLE_IDS]);
    const degrees = spokes.map((s) => Math.round(toDegrees(s.angle) * 1000) / 1000);
    expect(new Set(degrees).size).toBe(10);
    expect(degrees).toEqual([18, 54, 90, 126, 162, 198, 234, 270, 306, 342]);
  });

  it('divides the circle into 5 sectors of 72°, the first starting at the top', () => {
    for (let i = 0; i < 5; i += 1) {
      const a = sectorAngles(i, 5);
      expect(toDegrees(a.startAngle)).toBeCloseTo(72 * i);
      expect(toDegrees(a.endAngle - a.startAngle)).toBeCloseTo(72);
      expect(toDegrees(a.midAngle)).toBeCloseTo(72 * i + 36);
    }
  });

  it('puts the two needles of each dimension inside its sector, symmetric around its middle', () => {
    for (const [i, dim] of DIMENSIONS.entries()) {
      const a = sectorAngles(i, 5);
      const [n1, n2] = dim.needles.map((n) => spokes.find((s) => s.needle === n));
      expect(n1?.dimension).toBe(dim.id);
      expect(n2?.dimension).toBe(dim.id);
      for (const s of [n1, n2]) {
        expect(s?.angle).toBeGreaterThan(a.startAngle);
        expect(s?.angle).toBeLessThan(a.endAngle);
      }
      expect(((n1?.angle ?? 0) + (n2?.angle ?? 0)) / 2).toBeCloseTo(a.midAngle);
    }
  });

  it('puts dimension I at the top right and goes clockwise', () => {
    const one = polar(spokes[0]?.angle ?? 0, 100);
    expect(one.x).toBeGreaterThan(0);
    expect(one.y).toBeLessThan(0);
    const three = polar(spokes[2]?.angle ?? 0, 100); // needle 3 at 90°: due right
    expect(three.x).toBeCloseTo(100);
    expect(three.y).toBeCloseTo(0);
  });

  it('matches the sectors of the content model', () => {
    expect(contentSectors()).toEqual(DEFAULT_SECTORS.map((s) => ({ ...s, needles: [...s.needles] })));
  });
});

describe('radius scale', () => {
  const scale = radiusScale(150);
  it('maps 0 to the centre and 5 to the outer ring, monotonically', () => {
    expect(scale(0)).toBe(0);
    expect(scale(5)).toBe(150);
    const radii = [1, 1.5, 2, 3, 3.5, 4, 5].map((v) => scale(v));
    radii.slice(1).forEach((r, i) => {
      expect(r).toBeGreaterThan(radii[i] ?? Infinity);
    });
  });
  it('clamps values outside the scale', () => {
    expect(scale(7)).toBe(150);
    expect(scale(-1)).toBe(0);
  });
});

describe('series path', () => {
  const spokes = spokeLayout();
  const scale = radiusScale(100);
  const countMoves = (d: string | null) => (d?.match(/M/g) ?? []).length;

  it('closes the polygon when every needle has a value', () => {
    const p = seriesPath(spokes, full(3), scale);
    expect(p.closed).toBe(true);
    expect(p.d).toMatch(/Z$/);
    expect(countMoves(p.d)).toBe(1);
  });

  it('draws only the existing segments around a gap, never closing through it', () => {
    const values = { ...full(3), 4: null, 5: undefined };
    const p = seriesPath(spokes, values, scale);
    expect(p.closed).toBe(false);
    expect(p.d).not.toMatch(/Z/);
    // 6 → 10 → 1 → 3 is one run that wraps around the top.
    expect(p.runs).toBe(1);
    expect(countMoves(p.d)).toBe(1);
    expect(p.d?.split(/[ML]/).filter(Boolean)).toHaveLength(8);
  });

  it('splits into separate runs for separate gaps and keeps lone points', () => {
    const values: Partial<Record<NeedleId, number | null>> = { 1: 2, 2: 3, 4: 4, 7: 1, 8: 5 };
    const p = seriesPath(spokes, values, scale);
    expect(p.runs).toBe(3);
    expect(countMoves(p.d)).toBe(3);
  });

  it('returns no path without values, and ignores NaN', () => {
    expect(seriesPath(spokes, {}, scale)).toEqual({ d: null, closed: false, runs: 0 });
    expect(seriesPath(spokes, { 3: Number.NaN }, scale).d).toBeNull();
  });
});

describe('sectors, labels and helpers', () => {
  it('draws sector arcs as paths', () => {
    const a = sectorAngles(0);
    expect(sectorArcPath(a.startAngle, a.endAngle, 0, 100)).toMatch(/^M/);
  });

  it('anchors labels away from the chart', () => {
    expect(labelAnchor(sectorAngles(0).midAngle, 100)).toMatchObject({ textAnchor: 'start', verticalAlign: 'bottom' });
    expect(labelAnchor(sectorAngles(1).midAngle, 100)).toMatchObject({ textAnchor: 'start', verticalAlign: 'middle' });
    expect(labelAnchor(sectorAngles(2).midAngle, 100)).toMatchObject({ textAnchor: 'middle', verticalAlign: 'top' });
    expect(labelAnchor(sectorAngles(3).midAngle, 100)).toMatchObject({ textAnchor: 'end', verticalAlign: 'middle' });
    expect(labelAnchor(sectorAngles(4).midAngle, 100)).toMatchObject({ textAnchor: 'end', verticalAlign: 'bottom' });
  });

  it('wraps labels at spaces and hyphens', () => {
    expect(wrapLabel('IV Politiek-ambtelijk samenspel', 14)).toEqual(['IV Politiek-', 'ambtelijk', 'samenspel']);
    expect(wrapLabel('I Turbulente tijd', 22)).toEqual(['I Turbulente tijd']);
  });

  it('formats scores with one decimal at most, with a Dutch comma', () => {
    expect(formatScore(3.5, 'nl')).toBe('3,5');
    expect(formatScore(3.25, 'nl')).toBe('3,3');
    expect(formatScore(4, 'nl')).toBe('4');
    expect(formatScore(3.5, 'en')).toBe('3.5');
  });

  it('moves over needles and series like a grid', () => {
    const order = [...NEEDLE_IDS];
    const rows: NeedleId[][] = [[...NEEDLE_IDS], [1, 2, 6], []];
    expect(movePoint(rows, order, { seriesIndex: 0, needle: 10 }, 'ArrowRight')).toEqual({ seriesIndex: 0, needle: 1 });
    expect(movePoint(rows, order, { seriesIndex: 0, needle: 1 }, 'ArrowLeft')).toEqual({ seriesIndex: 0, needle: 10 });
    expect(movePoint(rows, order, { seriesIndex: 1, needle: 2 }, 'End')).toEqual({ seriesIndex: 1, needle: 6 });
    expect(movePoint(rows, order, { seriesIndex: 0, needle: 7 }, 'ArrowDown')).toEqual({ seriesIndex: 1, needle: 6 });
    // Skips the empty series and wraps.
    expect(movePoint(rows, order, { seriesIndex: 1, needle: 2 }, 'ArrowDown')).toEqual({ seriesIndex: 0, needle: 2 });
    expect(movePoint(rows, order, { seriesIndex: 0, needle: 2 }, 'Tab')).toBeNull();
  });
});
