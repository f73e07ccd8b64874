import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RemindersNotice } from '@renderer/src/features/plan/RemindersNotice';
import { useAssessments } from '@renderer/src/features/assessment/assessmentsStore';
import { usePlan } from '@renderer/src/features/plan/store';
import { newAssessmentInput } from '../../../../fixtures/assessment';
import { planBackend, renderPlan } from './harness';

describe('RemindersNotice', () => {
  it('shows nothing when nothing is due', async () => {
    const backend = await planBackend();
    await renderPlan(<RemindersNotice />, null);
    await waitFor(() => expect(backend.callsOf('getReminders')).toEqual([{ profileId: backend.profileId }]));
    await waitFor(() => expect(usePlan.getState().reminders).toEqual({ today: expect.any(String), items: [] }));
    expect(screen.queryByTestId('reminders')).toBeNull();
  });

  it('lists a due review and due actions calmly, with links, and hides on request', async () => {
    // On 1 March 2026: the review (3 months after the meetmoment of 20 November 2025) is overdue,
    // an action is due today and one is overdue.
    const backend = await planBackend(
      [
        { route: 'c', actions: [{ what: 'Werkbezoek', due: '2026-03-01' }] },
        { route: 'h', status: 'onderweg', actions: [{ what: 'Verslag delen', due: '2026-02-01' }, { what: 'Later', due: '2026-06-01' }] },
      ],
      { now: '2026-03-01T10:00:00.000Z' },
    );
    await backend.call('createAssessment', newAssessmentInput('2025-11-20'));
    await useAssessments.getState().load();
    await renderPlan(<RemindersNotice />, null);
    const notice = await screen.findByTestId('reminders');
    expect(notice.className).toContain('notice--info');
    expect(screen.getByRole('heading', { name: 'Er staat iets voor u klaar' })).toBeTruthy();
    expect(notice.textContent).toContain('uw laatste meetmoment is van 20 november 2025');
    expect(notice.textContent).toContain('Route c: Werkbezoek — uiterlijk 1 maart 2026');
    expect(notice.textContent).toContain('Route h: Verslag delen — stond gepland voor 1 februari 2026');
    expect(notice.textContent).not.toContain('Later');
    expect(screen.getByRole('link', { name: 'Nieuw meetmoment starten' }).getAttribute('href')).toBe('#/meetmoment');
    expect(screen.getByRole('link', { name: 'Naar de routekaart' }).getAttribute('href')).toBe('#/routekaart');

    fireEvent.click(screen.getByRole('button', { name: 'Voor nu verbergen' }));
    expect(screen.queryByTestId('reminders')).toBeNull();
    expect(usePlan.getState().remindersDismissed).toBe(true);
    // Dismissed for the session: mounting again (another visit to the start screen) keeps it hidden.
    render(<RemindersNotice />);
    await waitFor(() => expect(backend.callsOf('getReminders')).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId('reminders')).toBeNull();
    useAssessments.setState({ list: null });
  });

  it('names the next coaching session from the newest note, with a link to the notes', async () => {
    const backend = await planBackend([], { now: '2026-03-01T10:00:00.000Z' });
    await backend.call('saveNote', {
      note: { id: null, date: '2026-02-20', topics: 'Eerste gesprek', agreements: '', routes: [], needles: [], nextSession: '2026-03-04', audience: 'coach' },
    });
    await renderPlan(<RemindersNotice />, null);
    const session = await screen.findByTestId('reminder-session');
    expect(session.textContent).toContain('Het volgende coachgesprek staat gepland op 4 maart 2026.');
    expect(screen.getByRole('link', { name: 'Naar de gespreksverslagen' }).getAttribute('href')).toBe('#/gespreksverslagen');
  });
});
