import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { History } from '@shared/contract/api';
import { initI18n } from '@renderer/src/app/i18n';
import { HistoryScreen } from '@renderer/src/features/history/HistoryScreen';
import { connectBackend } from '../../backend';

await initI18n('nl');

const ID = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A `needleMeans` record: the given values, null for the rest. */
function means(values: Record<number, number>): History['assessments'][number]['needles'] {
  return Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), values[i + 1] ?? null])) as History['assessments'][number]['needles'];
}

const HISTORY: History = {
  assessments: [
    { id: ID(1), date: '2026-01-15', questionnaireVersion: 1, needles: means({ 1: 2.5, 2: 4, 3: 3, 4: 3, 5: 1, 6: 2, 7: 4, 8: 2, 10: 3.5 }), targets: means({ 1: 4 }) },
    { id: ID(2), date: '2026-03-01', questionnaireVersion: 1, needles: means({ 1: 3, 2: 4, 3: 3, 4: 3, 5: 2, 6: 2, 7: 4, 8: 2, 9: 3, 10: 3.5 }), targets: means({ 1: 4 }) },
    { id: ID(3), date: '2026-05-01', questionnaireVersion: 2, needles: means({ 1: 3.5, 2: 4, 3: 2, 4: 3, 5: 3, 6: 3, 7: 4, 8: 2.5, 9: 3, 10: 3 }), targets: means({ 1: 5 }) },
  ],
  rounds: [{ id: ID(9), name: 'Voorjaar', date: '2026-04-02', basis: 'anderen', needles: means({ 1: 3.2, 3: 2.8 }) }],
};

/**
 * The history screen against the real services, with `getHistory` answered by `history` (a closed
 * 360° round with figures takes the whole import to make for real; the history rules themselves are
 * tested in test/unit/shared and test/unit/main). The real dispatcher still checks that the store
 * names the active profile and that the answer matches the contract; an Error is an unexpected failure.
 */
async function show(history: History | Error) {
  const backend = await connectBackend({
    replace: {
      getHistory: async () => {
        if (history instanceof Error) throw history;
        return history;
      },
    },
  });
  const result = render(<HistoryScreen />);
  await screen.findByRole('heading', { level: 1, name: 'Verloop' });
  // Wait until the history has arrived, so no test races the loading state.
  await waitFor(() => expect(screen.queryByText('Even geduld…')).toBeNull());
  expect(backend.callsOf('getHistory')).toEqual([{ profileId: backend.profileId }]);
  return result;
}

const row = (table: HTMLElement, needle: number) => table.querySelector<HTMLTableRowElement>(`tr[data-needle="${needle}"]`)!;
const cells = (tr: HTMLElement) => within(tr).getAllByRole('cell').map((td) => td.textContent);

describe('what has changed', () => {
  it('compares the two newest meetmomenten by default, with arrows and words', async () => {
    await show(HISTORY);
    const table = await screen.findByTestId('change-table');
    expect(within(table).getByText('Verandering per naald, van 1 maart 2026 naar 1 mei 2026')).toBeTruthy();
    expect(cells(row(table, 1))).toEqual(['3', '3,5', '↑ +0,5 hoger']);
    expect(cells(row(table, 3))).toEqual(['3', '2', '↓ −1 lager']);
    expect(cells(row(table, 2))).toEqual(['4', '4', '= gelijk']);
    expect(row(table, 3).querySelector('[data-direction]')?.getAttribute('data-direction')).toBe('down');
    // Dimension III: (2 + 2) / 2 = 2 → (3 + 3) / 2 = 3.
    expect(cells(table.querySelector('tr[data-dimension="III"]')!)).toEqual(['2', '3', '↑ +1 hoger']);
  });

  it('marks the biggest moves in words, not only with colour', async () => {
    await show(HISTORY);
    const table = await screen.findByTestId('change-table');
    const marked = Array.from(table.querySelectorAll('tr[data-biggest="true"]')).map((tr) => tr.getAttribute('data-needle'));
    expect(marked).toEqual(['3', '5', '6']);
    expect(within(row(table, 5)).getByText('grote beweging')).toBeTruthy();
    expect(screen.getByTestId('change-summary').textContent).toBe(
      'Grootste bewegingen: naald 3 (−1 lager), naald 5 (+1 hoger), naald 6 (+1 hoger).',
    );
  });

  it('follows the chosen moments, and says so when both are the same', async () => {
    await show(HISTORY);
    fireEvent.change(await screen.findByLabelText('Van'), { target: { value: ID(1) } });
    const table = screen.getByTestId('change-table');
    expect(cells(row(table, 5))).toEqual(['1', '3', '↑ +2 hoger']);
    expect(cells(row(table, 9))).toEqual(['–', '3', '– niet te vergelijken']);
    fireEvent.change(screen.getByLabelText('Naar'), { target: { value: ID(1) } });
    expect(screen.queryByTestId('change-table')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('hetzelfde meetmoment');
  });

  it('says in one calm line when the two moments used different questionnaire versions, and compares needle scores', async () => {
    await show(HISTORY);
    // Default: 1 March (version 1) to 1 May (version 2).
    expect((await screen.findByTestId('change-versions')).textContent).toBe(
      'Deze twee meetmomenten gebruikten verschillende versies van de vragenlijst (1 en 2). De scores per naald zijn te vergelijken; de afzonderlijke vragen zijn anders.',
    );
    expect(screen.getByTestId('history-versions').textContent).toContain('verschillende versies van de vragenlijst');
    expect(cells(row(screen.getByTestId('change-table'), 1))).toEqual(['3', '3,5', '↑ +0,5 hoger']);
    // Two version-1 moments: no note about versions in the comparison.
    fireEvent.change(screen.getByLabelText('Naar'), { target: { value: ID(2) } });
    fireEvent.change(screen.getByLabelText('Van'), { target: { value: ID(1) } });
    expect(screen.queryByTestId('change-versions')).toBeNull();
  });
});

describe('a needle over time', () => {
  it('draws self, target and the round as focusable points, one tab stop moved with the arrow keys', async () => {
    const { container } = await show(HISTORY);
    const chart = await screen.findByRole('group', { name: 'Verloop van naald 1, Toon meer leiderschap en benoem de onzekerheid' });
    const points = () => Array.from(chart.querySelectorAll<SVGGElement>('[role="img"]'));
    expect(points().map((p) => `${p.dataset.date} ${p.dataset.series} ${p.dataset.value}`)).toEqual([
      '2026-01-15 self 2.5',
      '2026-01-15 target 4',
      '2026-03-01 self 3',
      '2026-03-01 target 4',
      '2026-04-02 others 3.2',
      '2026-05-01 self 3.5',
      '2026-05-01 target 5',
    ]);
    expect(points()[0]?.getAttribute('aria-label')).toBe('15 januari 2026 — Zelf: 2,5');
    expect(points()[4]?.getAttribute('aria-label')).toBe('2 april 2026 — feedbackronde Voorjaar, Alle anderen: 3,2');
    expect(points().filter((p) => p.tabIndex === 0)).toEqual([points()[0]]);
    act(() => points()[0]?.focus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(points()[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(points()[6]);
    expect(points().filter((p) => p.tabIndex === 0)).toEqual([points()[6]]);
    expect(chart.querySelector('[data-line="self"]')).not.toBeNull();
    expect(chart.querySelector('[data-line="target"]')).not.toBeNull();
    expect(container.querySelector('style')).toBeNull();
  });

  it('shows the same numbers in a table, and another needle when chosen', async () => {
    await show(HISTORY);
    const table = await screen.findByRole('table', { name: 'Naald 1 door de tijd: dezelfde cijfers in een tabel' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [within(r).getByRole('rowheader').textContent, ...cells(r)])).toEqual([
      ['15 januari 2026', 'Meetmoment', '2,5', '4', '–geen score'],
      ['1 maart 2026', 'Meetmoment', '3', '4', '–geen score'],
      ['2 april 2026', 'Feedbackronde Voorjaar (gemiddelde van: Alle anderen)', '–geen score', '–geen score', '3,2'],
      ['1 mei 2026', 'Meetmoment', '3,5', '5', '–geen score'],
    ]);
    fireEvent.change(screen.getByLabelText('Naald'), { target: { value: '9' } });
    const ninth = screen.getByRole('table', { name: 'Naald 9 door de tijd: dezelfde cijfers in een tabel' });
    expect(ninth.querySelectorAll('td[data-series="self"][data-value]')).toHaveLength(2);
    const chart = screen.getByTestId('timeline-chart');
    expect(chart.getAttribute('data-needle')).toBe('9');
    expect(chart.querySelectorAll('[role="img"]')).toHaveLength(2);
  });
});

describe('empty and failing', () => {
  it('invites a first meetmoment when there is nothing yet', async () => {
    await show({ assessments: [], rounds: [] });
    expect(await screen.findByTestId('history-empty')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nieuw meetmoment starten' }).getAttribute('href')).toBe('#/meetmoment');
    expect(screen.queryByTestId('timeline-chart')).toBeNull();
  });

  it('with one meetmoment shows its point and explains that a comparison needs a second one', async () => {
    await show({ assessments: HISTORY.assessments.slice(0, 1), rounds: [] });
    expect(await screen.findByText('Na een tweede meetmoment ziet u hier wat er is veranderd.')).toBeTruthy();
    expect(screen.getByTestId('timeline-chart').querySelectorAll('[role="img"]')).toHaveLength(2);
    expect(screen.queryByTestId('change-table')).toBeNull();
  });

  it('reports a failure to read the history', async () => {
    await show(new Error('read failed'));
    expect((await screen.findByRole('alert')).textContent).toContain('Er ging iets mis in de app.');
  });
});
