import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Assessment } from '@shared/features/assessment/schemas';
import { setApiBridge } from '@renderer/src/app/api/client';
import { initI18n } from '@renderer/src/app/i18n';
import { CompassScreen } from '@renderer/src/features/compass/CompassScreen';
import { useAssessments } from '@renderer/src/features/assessment/assessmentsStore';
import { completeAnswers } from '../../../../fixtures/assessment';
import { ID, answeringBridge } from '../history/bridge';

await initI18n('nl');

function assessment(n: number, date: string, value: 1 | 2 | 3 | 4 | 5): Assessment {
  const answers = Object.fromEntries(Object.keys(completeAnswers()).map((id) => [id, value])) as Assessment['answers'];
  return { id: ID(n), date, createdAt: `${date}T09:00:00.000Z`, questionnaire: { id: 'kompas', version: 1 }, answers, targets: { '1': 5 }, reflections: {} };
}

const LIST = [assessment(3, '2026-05-01', 4), assessment(2, '2026-03-01', 3), assessment(1, '2026-01-15', 2)];
const PLAN = {
  reviewEveryMonths: 3,
  conversations: [],
  routes: [
    { route: 'c', why: '', needles: [3], status: 'onderweg', chosenOn: '2026-01-10', actions: [], reflections: [] },
    { route: 'i', why: '', needles: [9], status: 'afgerond', chosenOn: '2026-01-10', actions: [], reflections: [] },
  ],
};

beforeEach(() => {
  useAssessments.setState({ list: LIST, problem: null });
});

describe('the compass of a meetmoment', () => {
  it('shows the chosen routes of the plan on the radar', async () => {
    setApiBridge(answeringBridge({ getPlan: PLAN }));
    const { container } = render(<CompassScreen id={null} />);
    await waitFor(() => expect(container.querySelectorAll('[data-route]')).not.toHaveLength(0));
    const c = container.querySelector('[role="img"][data-route="c"]');
    expect(c?.getAttribute('aria-label')).toBe('Route c, Openheid tonen; niet alles openbaar maken — onderweg');
    expect(container.querySelector('[role="img"][data-route="i"]')?.getAttribute('data-status')).toBe('afgerond');
  });

  it('shows the compass without routes when the plan cannot be read', async () => {
    setApiBridge(answeringBridge({ getPlan: new Error('kapot') }));
    const { container } = render(<CompassScreen id={null} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.querySelector('[data-route]')).toBeNull();
    expect(container.querySelectorAll('[role="img"][data-series="current"]')).toHaveLength(10);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds an earlier meetmoment as an overlay, in the legend and the table', async () => {
    setApiBridge(answeringBridge({ getPlan: PLAN }));
    const { container } = render(<CompassScreen id={null} />);
    const select = screen.getByLabelText('Vergelijk met een eerder meetmoment');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Geen vergelijking',
      'Meetmoment van 1 maart 2026',
      'Meetmoment van 15 januari 2026',
    ]);
    expect(container.querySelector('[data-series="earlier"]')).toBeNull();
    fireEvent.change(select, { target: { value: ID(1) } });
    const earlier = container.querySelectorAll('[role="img"][data-series="earlier"]');
    expect(earlier).toHaveLength(10);
    expect(earlier[0]?.getAttribute('aria-label')).toBe('Naald 1, Toon meer leiderschap en benoem de onzekerheid — Meetmoment van 15 januari 2026: 2');
    expect(within(screen.getByRole('list', { name: 'Legenda' })).getByText('Meetmoment van 15 januari 2026')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Meetmoment van 15 januari 2026' })).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    expect(container.querySelector('[data-series="earlier"]')).toBeNull();
  });
});
