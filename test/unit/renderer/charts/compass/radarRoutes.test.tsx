import { describe, expect, it } from 'vitest';
import { wrap } from './radarI18n';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { CompassRadar, type RadarRoute, type RadarSeries } from '@renderer/src/charts/compass/CompassRadar';
import { DEFAULT_SECTORS, spokeLayout, toDegrees } from '@renderer/src/charts/compass/radarGeometry';
import { moveRadarFocus, placeRoutes } from '@renderer/src/charts/compass/routeMarkers';


const SERIES: RadarSeries[] = [
  { id: 'now', kind: 'current', label: 'Huidig', values: { 1: 4, 2: 3, 3: 3.5, 4: 2, 5: 5, 6: 1, 7: 3, 8: 4, 9: 2.5, 10: 3 } },
  { id: 'goal', kind: 'target', label: 'Doel', values: { 1: 5, 4: 4 } },
];

const ROUTES: RadarRoute[] = [
  { route: 'c', status: 'onderweg', label: 'Openheid tonen; niet alles openbaar maken' },
  { route: 'a', status: 'gepland', label: 'Gebruik crisislogica' },
  { route: 'j', status: 'afgerond', label: '' },
  { route: 'g', status: 'gestopt', label: 'Meer naar buiten treden' },
];

const marker = (container: HTMLElement, route: string) => container.querySelector<SVGGElement>(`[role="img"][data-route="${route}"]`);
const point = (container: HTMLElement, kind: string, needle: number) =>
  container.querySelector<SVGGElement>(`[role="img"][data-series="${kind}"][data-needle="${needle}"]`);
const press = (key: string) => fireEvent.keyDown(document.activeElement as Element, { key });

describe('placeRoutes', () => {
  it('puts each route in its dimension sector, between the needles, at a fixed slot', () => {
    const placed = placeRoutes(ROUTES, DEFAULT_SECTORS, 150, 'nl');
    // Clockwise: a (I), c (II), g (IV), j (V).
    expect(placed.map((r) => [r.route, Math.round(toDegrees(r.angle))])).toEqual([
      ['a', 27], // sector I is 0–72°: first route at ⅜
      ['c', 99], // sector II is 72–144°
      ['g', 243], // sector IV is 216–288°
      ['j', 333], // sector V is 288–360°: second route at ⅝
    ]);
    for (const r of placed) expect(Math.hypot(r.x, r.y)).toBeCloseTo(150);
    // The content model's name when no label is given.
    expect(placed.find((r) => r.route === 'j')?.label).toBe('Hard skills, zoals kennis, én soft skills');
    expect(placeRoutes([...ROUTES, { route: 'c', status: 'gestopt', label: 'x' }], DEFAULT_SECTORS, 150, 'en')).toHaveLength(4);
  });
});

describe('routes on the CompassRadar', () => {
  it('draws a marker per route with its status and a spoken label', () => {
    const { container } = wrap(<CompassRadar series={SERIES} routes={ROUTES} lang="nl" title="Kompas" />);
    const c = marker(container, 'c');
    expect(c?.getAttribute('aria-label')).toBe('Route c, Openheid tonen; niet alles openbaar maken — onderweg');
    expect(c?.getAttribute('data-status')).toBe('onderweg');
    expect(c?.textContent).toBe('c');
    expect(marker(container, 'j')?.getAttribute('aria-label')).toBe('Route j, Hard skills, zoals kennis, én soft skills — afgerond');
    expect(container.querySelectorAll('[role="img"][data-route]')).toHaveLength(4);
    expect(container.querySelector('svg [style]')).toBeNull();
  });

  it('shows the status by shape as well as colour', () => {
    const { container } = wrap(<CompassRadar series={SERIES} routes={ROUTES} lang="nl" title="Kompas" />);
    const badge = (route: string) => marker(container, route)?.querySelector('.compass-route-badge');
    const outline = (route: string) => badge(route)?.querySelector(':scope > circle');
    // gepland: a dashed outline on white; onderweg: filled; afgerond: filled with a check mark; gestopt: struck through.
    expect(outline('a')?.getAttribute('stroke-dasharray')).toBe('3 2');
    expect(outline('a')?.getAttribute('fill')).toBe('#ffffff');
    expect(outline('c')?.getAttribute('stroke-dasharray')).toBeNull();
    expect(outline('c')?.getAttribute('fill')).not.toBe('#ffffff');
    expect(badge('c')?.querySelector('path')).toBeNull();
    expect(badge('j')?.querySelector('path')).not.toBeNull();
    expect(badge('g')?.querySelector('line')).not.toBeNull();
    expect(badge('a')?.querySelector('line')).toBeNull();
  });

  it('lists the routes in the legend with their status in words', () => {
    wrap(<CompassRadar series={SERIES} routes={ROUTES} lang="nl" title="Kompas" />);
    const legend = screen.getByRole('list', { name: 'Gekozen routes' });
    // The swatch (with the letter drawn) is hidden from assistive technology; the words say it all.
    expect(within(legend).getAllByRole('listitem').map((li) => li.querySelector('span')?.textContent)).toEqual([
      'Route a: Gebruik crisislogica (gepland)',
      'Route c: Openheid tonen; niet alles openbaar maken (onderweg)',
      'Route g: Meer naar buiten treden (gestopt)',
      'Route j: Hard skills, zoals kennis, én soft skills (afgerond)',
    ]);
    expect(screen.getByRole('list', { name: 'Legenda' })).toBeTruthy();
  });

  it('joins the one tab stop: down from the last series to the nearest route, round the routes, and back', () => {
    const { container } = wrap(<CompassRadar series={SERIES} routes={ROUTES} lang="nl" title="Kompas" />);
    const tabStops = () => Array.from(container.querySelectorAll('[role="img"][tabindex="0"]'));
    expect(tabStops()).toEqual([point(container, 'current', 1)]);

    act(() => point(container, 'current', 4)?.focus());
    press('ArrowDown');
    expect(document.activeElement).toBe(point(container, 'target', 4));
    press('ArrowDown'); // needle 4 is at 126°: route c (99°) is nearest
    expect(document.activeElement).toBe(marker(container, 'c'));
    expect(tabStops()).toEqual([marker(container, 'c')]);
    expect(screen.getByRole('tooltip').textContent).toContain('Route c: Openheid tonen');
    expect(screen.getByRole('tooltip').textContent).toContain('Status: onderweg');

    press('ArrowRight');
    expect(document.activeElement).toBe(marker(container, 'g'));
    press('End');
    expect(document.activeElement).toBe(marker(container, 'j'));
    press('ArrowRight');
    expect(document.activeElement).toBe(marker(container, 'a'));
    press('ArrowDown'); // back to the first series, nearest needle to route a (27°): needle 1 (18°)
    expect(document.activeElement).toBe(point(container, 'current', 1));
    press('ArrowUp'); // up from the first series: the routes
    expect(document.activeElement).toBe(marker(container, 'a'));
    press('ArrowUp'); // up from the routes: the last series
    expect(document.activeElement).toBe(point(container, 'target', 1));
    expect(tabStops()).toHaveLength(1);
  });

  it('makes the first route the tab stop when there are no points', () => {
    const { container } = wrap(<CompassRadar series={[]} routes={ROUTES} lang="en" title="Compass" />);
    const stops = Array.from(container.querySelectorAll('[role="img"][tabindex="0"]'));
    expect(stops).toEqual([marker(container, 'a')]);
    expect(marker(container, 'a')?.getAttribute('aria-label')).toBe('Route a, Gebruik crisislogica — planned');
    expect(screen.queryByText('There are no scores to show yet.')).toBeNull();
  });

  it('draws nothing extra without routes', () => {
    const { container } = wrap(<CompassRadar series={SERIES} lang="nl" title="Kompas" />);
    expect(container.querySelector('[data-route]')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Gekozen routes' })).toBeNull();
  });
});

describe('moveRadarFocus', () => {
  const spokes = spokeLayout();
  it('falls back to the point moves when there are no routes', () => {
    const grid = { rows: [[1, 2, 3] as const, [2] as const], spokes, routes: [] };
    expect(moveRadarFocus(grid, { seriesIndex: 1, needle: 2 }, 'ArrowDown')).toEqual({ seriesIndex: 0, needle: 2 });
    expect(moveRadarFocus(grid, { seriesIndex: 0, needle: 3 }, 'ArrowRight')).toEqual({ seriesIndex: 0, needle: 1 });
  });

  it('ignores other keys on a route', () => {
    const routes = placeRoutes(ROUTES, DEFAULT_SECTORS, 150, 'nl');
    expect(moveRadarFocus({ rows: [], spokes, routes }, { route: 'c' }, 'Enter')).toBeNull();
    expect(moveRadarFocus({ rows: [], spokes, routes }, { route: 'c' }, 'ArrowDown')).toBeNull();
  });
});
