import { describe, expect, it } from 'vitest';
import { wrap } from './radarI18n';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { CompassRadar, type RadarSeries } from '@renderer/src/charts/compass/CompassRadar';
import { CompassTable } from '@renderer/src/charts/compass/CompassTable';


const SERIES: RadarSeries[] = [
  { id: 'now', kind: 'current', label: 'Huidig', values: { 1: 4, 2: 3.25, 3: 3.5, 4: 2, 5: 5, 6: 1, 7: 3, 8: 4, 9: 2.5, 10: 3 } },
  { id: 'goal', kind: 'target', label: 'Doel', values: { 1: 5, 2: 4, 3: 4.5, 4: null, 6: 3 } },
  { id: 'them', kind: 'others', label: '', values: { 3: 3.8 } },
];

const points = (container: HTMLElement) => Array.from(container.querySelectorAll<SVGGElement>('[data-needle][data-series][role="img"]'));
const point = (container: HTMLElement, kind: string, needle: number) =>
  container.querySelector<SVGGElement>(`[role="img"][data-series="${kind}"][data-needle="${needle}"]`);

describe('CompassRadar', () => {
  it('renders an accessible group with 10 spokes', () => {
    const { container } = wrap(<CompassRadar series={SERIES} lang="nl" title="Mijn kompas" />);
    const svg = screen.getByRole('group', { name: 'Mijn kompas' });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(screen.getAllByTestId('radar-spoke')).toHaveLength(10);
    expect(container.querySelector('style')).toBeNull();
    expect(container.querySelector('svg [style]')).toBeNull();
  });

  it('renders a point per defined value, with its value and a Dutch label', () => {
    const { container } = wrap(<CompassRadar series={SERIES} lang="nl" title="Mijn kompas" />);
    expect(points(container)).toHaveLength(10 + 4 + 1);
    const p = point(container, 'current', 3);
    expect(p?.getAttribute('data-value')).toBe('3.5');
    expect(p?.getAttribute('aria-label')).toBe('Naald 3, Sta in verbinding met de samenleving — Huidig: 3,5');
    expect(point(container, 'current', 2)?.getAttribute('aria-label')).toMatch(/Huidig: 3,3$/);
    // An empty label falls back to the kind's name.
    expect(point(container, 'others', 3)?.getAttribute('aria-label')).toMatch(/— Anderen: 3,8$/);
  });

  it('does not render missing values', () => {
    const { container } = wrap(<CompassRadar series={SERIES} lang="nl" title="Mijn kompas" />);
    expect(point(container, 'target', 4)).toBeNull(); // null
    expect(point(container, 'target', 5)).toBeNull(); // absent
    expect(point(container, 'others', 1)).toBeNull();
  });

  it('is one tab stop, moved with the arrow keys', () => {
    const { container } = wrap(<CompassRadar series={SERIES} lang="nl" title="Mijn kompas" />);
    const tabStops = () => points(container).filter((p) => p.getAttribute('tabindex') === '0');
    expect(tabStops()).toHaveLength(1);
    const first = tabStops()[0];
    expect(first?.dataset).toMatchObject({ series: 'current', needle: '1' });
    expect(points(container).filter((p) => p.getAttribute('tabindex') === '-1')).toHaveLength(14);

    act(() => first?.focus());
    expect(document.activeElement).toBe(first);

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(point(container, 'current', 2));
    expect(tabStops()).toEqual([point(container, 'current', 2)]);

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(point(container, 'target', 2));
    expect(tabStops()).toEqual([point(container, 'target', 2)]);

    // Needle 4 has no target value: ArrowRight goes from 3 to 6.
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(point(container, 'target', 6));

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(point(container, 'current', 6));
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(point(container, 'current', 10));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(point(container, 'current', 1));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(point(container, 'current', 10));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(point(container, 'current', 1));
    expect(tabStops()).toHaveLength(1);
  });

  it('shows a detail box with every series on focus, and hides it on Escape', () => {
    const { container } = wrap(<CompassRadar series={SERIES} lang="nl" title="Mijn kompas" />);
    const p = point(container, 'current', 4);
    act(() => p?.focus());
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('Naald 4, Zorg voor balans tussen maatwerk en uniformiteit');
    expect(tip.textContent).toContain('Dimensie II: Veeleisende samenleving');
    expect(within(tip).getByText('Huidig: 2')).toBeTruthy();
    expect(within(tip).getByText('Doel: geen score')).toBeTruthy();
    expect(p?.getAttribute('aria-describedby')).toBe(tip.id);
    fireEvent.keyDown(p as Element, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the dimension names and a legend', () => {
    const { container } = wrap(<CompassRadar series={SERIES} lang="nl" title="Mijn kompas" />);
    const labels = Array.from(container.querySelectorAll('.compass-radar__dimension')).map((t) => t.textContent);
    expect(labels).toEqual([
      'I Turbulente tijd',
      'II Veeleisende samenleving',
      'III Complexe overheid',
      'IV Politiek-ambtelijk samenspel',
      'V Persoonlijke dimensie',
    ]);
    const legend = screen.getByRole('list', { name: 'Legenda' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Huidig', 'Doel', 'Anderen']);
  });

  it('speaks English when asked', () => {
    const { container } = wrap(<CompassRadar series={SERIES} lang="en" title="My compass" />);
    expect(point(container, 'current', 3)?.getAttribute('aria-label')).toBe('Needle 3, Stay connected with society — Huidig: 3.5');
  });
});

describe('CompassTable', () => {
  it('shows the same numbers, grouped by dimension', () => {
    wrap(<CompassTable series={SERIES} lang="nl" />);
    const table = screen.getByRole('table', { name: 'Tabel met dezelfde cijfers' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Naald', 'Huidig', 'Doel', 'Anderen']);
    const groups = table.querySelectorAll('th[scope="rowgroup"]');
    expect(Array.from(groups).map((g) => g.textContent)).toEqual([
      'I Turbulente tijd',
      'II Veeleisende samenleving',
      'III Complexe overheid',
      'IV Politiek-ambtelijk samenspel',
      'V Persoonlijke dimensie',
    ]);
    const row3 = screen.getByRole('row', { name: /Sta in verbinding met de samenleving/ });
    expect(within(row3).getAllByRole('cell').map((td) => td.textContent)).toEqual(['3,5', '4,5', '3,8']);
    const row4 = table.querySelector('tr[data-needle="4"]');
    expect(row4?.querySelector('[data-series="target"]')?.textContent).toBe('–geen score');
    expect(row4?.querySelector('[data-series="target"] [aria-hidden="true"]')?.textContent).toBe('–');
  });

  it('has the same values as the radar points', () => {
    const { container } = wrap(
      <>
        <CompassRadar series={SERIES} lang="nl" title="Kompas" />
        <CompassTable series={SERIES} lang="nl" />
      </>,
    );
    for (const p of points(container)) {
      const cell = container.querySelector(`td[data-series="${p.dataset.series}"][data-needle="${p.dataset.needle}"]`);
      expect(cell?.getAttribute('data-value')).toBe(p.dataset.value);
    }
    expect(container.querySelectorAll('td[data-value]')).toHaveLength(points(container).length);
  });
});
