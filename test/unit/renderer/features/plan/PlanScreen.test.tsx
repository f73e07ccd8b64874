import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PlanScreen } from '@renderer/src/features/plan/PlanScreen';
import { nextStatuses } from '@shared/features/plan/status';
import { ROUTE_STATUSES } from '@shared/features/plan/schemas';
import { ROUTES } from '@shared/kernel/compass/content';
import { planBackend, renderPlan } from './harness';

describe('PlanScreen: choosing a route', () => {
  it('shows all ten routes grouped by dimension, each with its explanation and a choose button', async () => {
    await planBackend();
    await renderPlan(<PlanScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Routekaart' })).toBeTruthy();
    for (const dimension of ['I', 'II', 'III', 'IV', 'V']) {
      expect(screen.getByRole('heading', { level: 3, name: new RegExp(`^Dimensie ${dimension}:`) })).toBeTruthy();
    }
    for (const letter of 'abcdefghij') expect(screen.getByTestId(`choose-route-${letter}`)).toBeTruthy();
    expect(screen.getAllByText('Waar gaat deze route over?')).toHaveLength(10);
    // Each route offers its personal prompt, a question for the next three months.
    for (const route of ROUTES) {
      expect(screen.getByTestId(`route-prompt-${route.id}`).textContent).toBe(`Vraag voor uzelf: ${route.prompt.nl}`);
    }
  });

  it('sends the first needle of the dimension by default', async () => {
    const backend = await planBackend();
    await renderPlan(<PlanScreen />);
    fireEvent.click(screen.getByTestId('choose-route-c'));
    expect(screen.getByRole('checkbox', { name: /^Naald 3:/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: /^Naald 4:/ })).toHaveProperty('checked', false);
    fireEvent.click(screen.getByRole('button', { name: 'Route toevoegen' }));
    await screen.findByTestId('route-card-c');
    expect(backend.callsOf('chooseRoute')).toEqual([{ profileId: backend.profileId, route: 'c', why: '', needles: [3] }]);
    expect(screen.queryByTestId('choose-route-c')).toBeNull();
    expect((await backend.call('getPlan', {})).routes.map((r) => [r.route, r.needles, r.status])).toEqual([['c', [3], 'gepland']]);
  });

  it('sends the why and the needles chosen, in compass order', async () => {
    const backend = await planBackend();
    await renderPlan(<PlanScreen />);
    fireEvent.click(screen.getByTestId('choose-route-j'));
    fireEvent.change(screen.getByLabelText(/^Waarom kiest u deze route/), { target: { value: '  Meer oog voor mensen.  ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /^Naald 10:/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Naald 9:/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Naald 9:/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Route toevoegen' }));
    await screen.findByTestId('route-card-j');
    expect(backend.callsOf('chooseRoute')).toEqual([{ profileId: backend.profileId, route: 'j', why: 'Meer oog voor mensen.', needles: [9, 10] }]);
    expect((await backend.call('getPlan', {})).routes[0]).toMatchObject({ route: 'j', why: 'Meer oog voor mensen.', needles: [9, 10] });
  });

  it('refuses to save without a needle and says so next to the needles', async () => {
    const backend = await planBackend();
    await renderPlan(<PlanScreen />);
    fireEvent.click(screen.getByTestId('choose-route-a'));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Naald 1:/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Route toevoegen' }));
    expect(screen.getByText('Kies ten minste één naald.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /^Naald 1:/ }));
    expect(backend.callsOf('chooseRoute')).toEqual([]);
  });

  it('keeps the input and shows the Dutch problem when saving fails (a full disk)', async () => {
    const backend = await planBackend();
    await renderPlan(<PlanScreen />);
    backend.diskFull = true;
    fireEvent.click(screen.getByTestId('choose-route-b'));
    fireEvent.change(screen.getByLabelText(/^Waarom kiest u deze route/), { target: { value: 'Rust brengen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Route toevoegen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Het opslaan van uw routekaart is niet gelukt.');
    expect(screen.getByLabelText(/^Waarom kiest u deze route/)).toHaveProperty('value', 'Rust brengen');
    expect(screen.queryByTestId('route-card-b')).toBeNull();
    backend.diskFull = false;
    expect((await backend.call('getPlan', {})).routes).toEqual([]);
  });
});

describe('PlanScreen: status', () => {
  it.each(ROUTE_STATUSES)('offers only the allowed steps from %s', async (status) => {
    await planBackend([{ route: 'a', status }]);
    await renderPlan(<PlanScreen />);
    const select = screen.getByTestId('status-a');
    const offered = within(select).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(offered).toEqual([status, ...nextStatuses(status)]);
  });

  it('matches the agreed transitions', () => {
    expect([...nextStatuses('gepland')].sort()).toEqual(['gestopt', 'onderweg']);
    expect(nextStatuses('gepland')).not.toContain('afgerond');
    expect(nextStatuses('afgerond')).toEqual(['onderweg']);
  });

  it('saves the chosen status with the button, not on each arrow key', async () => {
    const backend = await planBackend([{ route: 'e' }]);
    await renderPlan(<PlanScreen />);
    fireEvent.change(screen.getByTestId('status-e'), { target: { value: 'onderweg' } });
    expect(backend.callsOf('setRouteStatus')).toEqual([]);
    fireEvent.click(within(screen.getByTestId('route-card-e')).getByRole('button', { name: 'Status opslaan' }));
    await waitFor(() => expect(backend.callsOf('setRouteStatus')).toEqual([{ profileId: backend.profileId, route: 'e', status: 'onderweg' }]));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Opgeslagen.'));
    const offered = within(screen.getByTestId('status-e')).getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(offered).toEqual(['onderweg', ...nextStatuses('onderweg')]);
    expect((await backend.call('getPlan', {})).routes[0]?.status).toBe('onderweg');
  });
});

describe('PlanScreen: removing', () => {
  it('asks before removing a route, and removes it only after confirmation', async () => {
    const backend = await planBackend([{ route: 'g' }]);
    await renderPlan(<PlanScreen />);
    const card = screen.getByTestId('route-card-g');
    fireEvent.click(within(card).getByRole('button', { name: /^Route verwijderen/ }));
    const dialog = screen.getByRole('dialog', { name: 'Route g verwijderen?' });
    expect(dialog.textContent).toContain('acties en reflecties');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.callsOf('removeRoute')).toEqual([]);

    fireEvent.click(within(card).getByRole('button', { name: /^Route verwijderen/ }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => expect(screen.queryByTestId('route-card-g')).toBeNull());
    expect(backend.callsOf('removeRoute')).toEqual([{ profileId: backend.profileId, route: 'g' }]);
    expect((await backend.call('getPlan', {})).routes).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Mijn routes' })));
  });

  it('logs a conversation and asks before removing it', async () => {
    const backend = await planBackend([{ route: 'i' }]);
    await renderPlan(<PlanScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
    expect(screen.getByText('Vul in met wie u sprak.')).toBeTruthy();
    expect(screen.getByText('Schrijf op wat u heeft geleerd.')).toBeTruthy();
    expect(backend.callsOf('addConversation')).toEqual([]);

    fireEvent.change(screen.getByLabelText('Datum van het gesprek'), { target: { value: '2999-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
    expect(screen.getByText('Kies vandaag of een eerdere datum.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Datum van het gesprek'), { target: { value: '2026-02-14' } });
    fireEvent.change(screen.getByLabelText('Met wie sprak u?'), { target: { value: 'Mijn DG' } });
    fireEvent.change(screen.getByLabelText('Wat heeft u geleerd?'), { target: { value: 'Vaker vragen wat zij ziet.' } });
    fireEvent.change(screen.getByLabelText('Bij welke route hoort dit gesprek?'), { target: { value: 'i' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));
    const list = await screen.findByTestId('conversation-list');
    expect(backend.callsOf('addConversation')).toEqual([
      { profileId: backend.profileId, date: '2026-02-14', with: 'Mijn DG', learned: 'Vaker vragen wat zij ziet.', route: 'i' },
    ]);
    expect(list.textContent).toContain('Met Mijn DG');
    await waitFor(() => expect(document.activeElement?.closest('li')?.textContent).toContain('Mijn DG'));

    fireEvent.click(within(list).getByRole('button', { name: /^Verwijderen/ }));
    const dialog = screen.getByRole('dialog', { name: 'Gesprek verwijderen?' });
    act(() => fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, verwijderen' })));
    await waitFor(() => expect(screen.queryByTestId('conversation-list')).toBeNull());
    expect(backend.callsOf('removeConversation')).toHaveLength(1);
    expect((await backend.call('getPlan', {})).conversations).toEqual([]);
  });
});

describe('PlanScreen: a plan it cannot read', () => {
  it('says why instead of showing an empty plan when a newer app version saved it', async () => {
    const first = await planBackend([{ route: 'a' }]);
    first.writeProfileFile('plan.json', { schemaVersion: 99, routes: [] });
    await first.restart();
    await renderPlan(<PlanScreen />, null);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Uw routekaart kan nu niet worden getoond');
    expect(alert.textContent).toContain('Een nieuwere versie van Ambtelijk Kompas heeft uw routekaart bewaard.');
    expect(screen.queryByRole('heading', { name: 'Mijn routes' })).toBeNull();
    expect(screen.queryByTestId('choose-route-b')).toBeNull();
  });
});
