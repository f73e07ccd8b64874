import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { NewAssessment } from '@shared/contract/api';
import { initI18n } from '@renderer/src/app/i18n';
import { CompassScreen } from '@renderer/src/features/compass/CompassScreen';
import { useAssessments } from '@renderer/src/features/assessment/assessmentsStore';
import { usePlan } from '@renderer/src/features/plan/store';
import { completeAnswers } from '../../../../fixtures/assessment';
import { connectBackend, type Backend } from '../../backend';
import { seedPlan } from '../plan/harness';

await initI18n('nl');

/** A meetmoment with every answer `value`, made through the real services. */
function assessment(date: string, value: 1 | 2 | 3 | 4 | 5): NewAssessment {
  const answers = Object.fromEntries(Object.keys(completeAnswers()).map((id) => [id, value])) as NewAssessment['answers'];
  return { date, questionnaire: { id: 'kompas', version: 2 }, answers, targets: { '1': 5 }, reflections: {} };
}

/** Three meetmomenten (newest 1 May 2026), loaded into the store as the app does at start; returns their ids, oldest first. */
async function threeMeetmomenten(backend: Backend): Promise<string[]> {
  const ids: string[] = [];
  for (const [date, value] of [['2026-01-15', 2], ['2026-03-01', 3], ['2026-05-01', 4]] as const) {
    ids.push((await backend.call('createAssessment', assessment(date, value))).id);
  }
  await useAssessments.getState().load();
  return ids;
}

/** Route c onderweg and route i afgerond, through the real plan operations. */
const ROUTES = [
  { route: 'c', status: 'onderweg' },
  { route: 'i', status: 'afgerond' },
] as const;

beforeEach(() => {
  useAssessments.setState({ list: null, problem: null });
  usePlan.setState({ plan: null, problem: null });
});

describe('the compass of a meetmoment', () => {
  it('shows the chosen routes of the plan on the radar', async () => {
    const backend = await connectBackend();
    await threeMeetmomenten(backend);
    await seedPlan(backend, ROUTES);
    const { container } = render(<CompassScreen id={null} />);
    await waitFor(() => expect(container.querySelectorAll('[data-route]')).not.toHaveLength(0));
    expect(backend.callsOf('getPlan')).toEqual([{ profileId: backend.profileId }]);
    const c = container.querySelector('[role="img"][data-route="c"]');
    expect(c?.getAttribute('aria-label')).toBe('Route c, Openheid tonen; niet alles openbaar maken — onderweg');
    expect(container.querySelector('[role="img"][data-route="i"]')?.getAttribute('data-status')).toBe('afgerond');
  });

  it('shows the compass without routes when the plan cannot be read (made by a newer app version)', async () => {
    const first = await connectBackend();
    await threeMeetmomenten(first);
    first.writeProfileFile('plan.json', { schemaVersion: 99, routes: [{ route: 'c' }] });
    await first.restart();
    const { container } = render(<CompassScreen id={null} />);
    await waitFor(() => expect(usePlan.getState().problem?.problem.code).toBe('storage-newer-version'));
    expect(container.querySelector('[data-route]')).toBeNull();
    expect(container.querySelectorAll('[role="img"][data-series="current"]')).toHaveLength(10);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds an earlier meetmoment as an overlay, in the legend and the table', async () => {
    const backend = await connectBackend();
    const [oldest] = await threeMeetmomenten(backend);
    await seedPlan(backend, ROUTES);
    const { container } = render(<CompassScreen id={null} />);
    const select = screen.getByLabelText('Vergelijk met een eerder meetmoment');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Geen vergelijking',
      'Meetmoment van 1 maart 2026',
      'Meetmoment van 15 januari 2026',
    ]);
    expect(container.querySelector('[data-series="earlier"]')).toBeNull();
    fireEvent.change(select, { target: { value: oldest } });
    const earlier = container.querySelectorAll('[role="img"][data-series="earlier"]');
    expect(earlier).toHaveLength(10);
    expect(earlier[0]?.getAttribute('aria-label')).toBe('Naald 1, Toon meer leiderschap en benoem de onzekerheid — Meetmoment van 15 januari 2026: 2');
    expect(within(screen.getByRole('list', { name: 'Legenda' })).getByText('Meetmoment van 15 januari 2026')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Meetmoment van 15 januari 2026' })).toBeTruthy();
    fireEvent.change(select, { target: { value: '' } });
    expect(container.querySelector('[data-series="earlier"]')).toBeNull();
  });
});
