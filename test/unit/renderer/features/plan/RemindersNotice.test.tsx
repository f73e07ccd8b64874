import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { RemindersNotice } from '@renderer/src/features/plan/RemindersNotice';
import { useAssessments } from '@renderer/src/features/assessment/assessmentsStore';
import { usePlan } from '@renderer/src/features/plan/store';
import { fakeBridge } from './fakeBridge';
import { renderWith } from './harness';

describe('RemindersNotice', () => {
  it('shows nothing when nothing is due', async () => {
    const fake = fakeBridge();
    await renderWith(fake, <RemindersNotice />, null);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.callsOf('getReminders')).toHaveLength(1);
    expect(screen.queryByTestId('reminders')).toBeNull();
  });

  it('lists a due review and due actions calmly, with links, and hides on request', async () => {
    const fake = fakeBridge();
    fake.reminders = {
      today: '2026-03-01',
      items: [
        { kind: 'review', due: '2026-02-20', overdue: true, route: null, actionId: null, what: '' },
        { kind: 'action', due: '2026-03-01', overdue: false, route: 'c', actionId: '00000000-0000-4000-8000-0000000000c1', what: 'Werkbezoek' },
        { kind: 'action', due: '2026-02-01', overdue: true, route: 'h', actionId: '00000000-0000-4000-8000-0000000000c2', what: 'Verslag delen' },
      ],
    };
    useAssessments.setState({ list: [{ date: '2025-11-20' } as never] });
    await renderWith(fake, <RemindersNotice />, null);
    const notice = await screen.findByTestId('reminders');
    expect(notice.className).toContain('notice--info');
    expect(screen.getByRole('heading', { name: 'Er staat iets voor u klaar' })).toBeTruthy();
    expect(notice.textContent).toContain('uw laatste meetmoment is van 20 november 2025');
    expect(notice.textContent).toContain('Route c: Werkbezoek — uiterlijk 1 maart 2026');
    expect(notice.textContent).toContain('Route h: Verslag delen — stond gepland voor 1 februari 2026');
    expect(screen.getByRole('link', { name: 'Nieuw meetmoment starten' }).getAttribute('href')).toBe('#/meetmoment');
    expect(screen.getByRole('link', { name: 'Naar de routekaart' }).getAttribute('href')).toBe('#/routekaart');

    fireEvent.click(screen.getByRole('button', { name: 'Voor nu verbergen' }));
    expect(screen.queryByTestId('reminders')).toBeNull();
    expect(usePlan.getState().remindersDismissed).toBe(true);
    // Dismissed for the session: mounting again (another visit to the start screen) keeps it hidden.
    render(<RemindersNotice />);
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId('reminders')).toBeNull();
    useAssessments.setState({ list: null });
  });
});
