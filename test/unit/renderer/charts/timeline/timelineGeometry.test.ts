import { describe, expect, it } from 'vitest';
import type { NeedleTimeline } from '@shared/features/history/history';
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
} from '@renderer/src/charts/timeline/timelineGeometry';

const TIMELINE: NeedleTimeline = {
  needle: 1,
  points: [
    { kind: 'assessment', id: 'a', date: '2026-01-15', self: 2.5, target: 4 },
    { kind: 'round', id: 'r', date: '2026-03-10', name: 'Voorjaar', basis: 'anderen', others: 3.2 },
    { kind: 'assessment', id: 'b', date: '2026-05-01', self: null, target: 5 },
    { kind: 'assessment', id: 'c', date: '2026-07-01', self: 3.5, target: null },
  ],
};

describe('timeline geometry', () => {
  it('reads calendar dates as UTC midnight', () => {
    expect(utcDate('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
  });

  it('puts 1 at the bottom and 5 at the top', () => {
    const y = scoreScale();
    expect(y(1)).toBe(VIEW_H - MARGIN.bottom);
    expect(y(5)).toBe(MARGIN.top);
    expect(y(3)).toBe((VIEW_H - MARGIN.bottom + MARGIN.top) / 2);
  });

  it('keeps the first and last date inside the frame, also for a single date', () => {
    const x = timeScale(['2026-01-15', '2026-07-01']);
    expect(x(utcDate('2026-01-15'))).toBeGreaterThan(MARGIN.left);
    expect(x(utcDate('2026-07-01'))).toBeLessThan(VIEW_W - MARGIN.right);
    const one = timeScale(['2026-01-15', '2026-01-15']);
    expect(one(utcDate('2026-01-15'))).toBeCloseTo((MARGIN.left + VIEW_W - MARGIN.right) / 2);
  });

  it('labels month ticks with month and year, short spans with day and month', () => {
    const months = timeTicks(timeScale(['2026-01-15', '2026-07-01']), 'nl');
    expect(months.length).toBeGreaterThanOrEqual(3);
    expect(months.every((t) => /^[a-z]+\.? 2026$/.test(t.label))).toBe(true);
    const days = timeTicks(timeScale(['2026-01-05', '2026-01-20']), 'en');
    expect(days.every((t) => /^\d{1,2} Jan$/.test(t.label))).toBe(true);
  });

  it('orders the points by date, then self, target, others; without empty values', () => {
    const points = chartPoints(TIMELINE, timeScale(['2026-01-15', '2026-07-01']), scoreScale());
    expect(points.map((p) => [p.point.date, p.series, p.value])).toEqual([
      ['2026-01-15', 'self', 2.5],
      ['2026-01-15', 'target', 4],
      ['2026-03-10', 'others', 3.2],
      ['2026-05-01', 'target', 5],
      ['2026-07-01', 'self', 3.5],
    ]);
  });

  it('breaks a line where a meetmoment has no value, and draws none for fewer than two values', () => {
    const x = timeScale(['2026-01-15', '2026-07-01']);
    const self = seriesLine(TIMELINE, 'self', x, scoreScale());
    expect(self?.match(/M/g)).toHaveLength(2); // two separate runs
    expect(seriesLine({ needle: 1, points: TIMELINE.points.slice(0, 1) }, 'self', x, scoreScale())).toBeNull();
  });

  it('moves within the points without wrapping', () => {
    expect(moveIndex(0, 3, 'ArrowLeft')).toBe(0);
    expect(moveIndex(0, 3, 'ArrowRight')).toBe(1);
    expect(moveIndex(2, 3, 'ArrowRight')).toBe(2);
    expect(moveIndex(1, 3, 'End')).toBe(2);
    expect(moveIndex(1, 3, 'Home')).toBe(0);
    expect(moveIndex(1, 3, 'Enter')).toBeNull();
    expect(moveIndex(0, 0, 'ArrowRight')).toBeNull();
  });
});
