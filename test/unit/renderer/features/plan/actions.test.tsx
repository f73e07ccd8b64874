import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PlanScreen } from '@renderer/src/features/plan/PlanScreen';
import { splitCompanions } from '@renderer/src/features/plan/ActionForm';
import { planBackend, renderPlan, type ActionSeed } from './harness';

const ACTION = { what: 'Gesprek met de uitvoering', due: '2026-04-01', companions: ['Anna'] } satisfies ActionSeed;

/** Route b on the plan (with these actions), the plan screen shown; `actionId` is the first action's id. */
async function setup(actions: ActionSeed[] = []) {
  const backend = await planBackend([{ route: 'b', actions }]);
  const actionId = (await backend.call('getPlan', {})).routes[0]?.actions[0]?.id ?? '';
  await renderPlan(<PlanScreen />);
  const card = screen.getByTestId('route-card-b');
  return { backend, actionId, profileId: backend.profileId, card, form: within(card) };
}

async function storedActions(backend: Awaited<ReturnType<typeof setup>>['backend']) {
  return (await backend.call('getPlan', {})).routes[0]?.actions ?? [];
}

describe('Actions on a route', () => {
  it('requires "what" and names the problem next to the field', async () => {
    const { backend, form } = await setup();
    fireEvent.click(form.getByRole('button', { name: 'Actie toevoegen' }));
    const what = form.getByLabelText('Wat gaat u doen?');
    expect(form.getByText('Beschrijf wat u gaat doen.')).toBeTruthy();
    expect(what.getAttribute('aria-invalid')).toBe('true');
    expect(what.getAttribute('aria-describedby')).toContain(`${what.id}-error`);
    expect(document.activeElement).toBe(what);

    fireEvent.change(what, { target: { value: '   ' } });
    fireEvent.click(form.getByRole('button', { name: 'Actie toevoegen' }));
    expect(form.getByText('Beschrijf wat u gaat doen.')).toBeTruthy();

    fireEvent.change(what, { target: { value: 'x'.repeat(201) } });
    fireEvent.click(form.getByRole('button', { name: 'Actie toevoegen' }));
    expect(form.getByText('Gebruik ten hoogste 200 tekens.')).toBeTruthy();
    expect(backend.callsOf('addAction')).toEqual([]);
  });

  it('sends what, date and the reisgenoten as a list, then empties the form and focuses the new action', async () => {
    const { backend, profileId, form } = await setup();
    fireEvent.change(form.getByLabelText('Wat gaat u doen?'), { target: { value: ' Meelopen met een wijkteam ' } });
    fireEvent.change(form.getByLabelText('Uiterlijk op (niet verplicht)'), { target: { value: '2026-05-20' } });
    fireEvent.change(form.getByLabelText('Reisgenoten (niet verplicht)'), { target: { value: 'Anna, Piet ,, Ahmed ' } });
    fireEvent.click(form.getByRole('button', { name: 'Actie toevoegen' }));
    await waitFor(() => expect(backend.callsOf('addAction')).toHaveLength(1));
    expect(backend.callsOf('addAction')[0]).toEqual({ profileId, route: 'b', what: 'Meelopen met een wijkteam', due: '2026-05-20', companions: ['Anna', 'Piet', 'Ahmed'] });
    await waitFor(async () => expect(await storedActions(backend)).toHaveLength(1));
    const [stored] = await storedActions(backend);
    expect(stored).toMatchObject({ what: 'Meelopen met een wijkteam', due: '2026-05-20', companions: ['Anna', 'Piet', 'Ahmed'], doneOn: null });
    const id = stored?.id ?? '';
    const item = await screen.findByTestId(`action-${id}`);
    await waitFor(() => expect(document.activeElement).toBe(item));
    expect(item.textContent).toContain('Met Anna, Piet, Ahmed');
    expect(form.getByLabelText('Wat gaat u doen?')).toHaveProperty('value', '');
  });

  it('sends no date when the date is left empty', async () => {
    const { backend, profileId, form } = await setup();
    fireEvent.change(form.getByLabelText('Wat gaat u doen?'), { target: { value: 'Lezen' } });
    fireEvent.click(form.getByRole('button', { name: 'Actie toevoegen' }));
    await waitFor(() => expect(backend.callsOf('addAction')).toEqual([{ profileId, route: 'b', what: 'Lezen', due: null, companions: [] }]));
    // Shown (and focused) once saved, without a date.
    const [stored] = await waitFor(async () => {
      const actions = await storedActions(backend);
      expect(actions).toHaveLength(1);
      return actions;
    });
    expect(stored).toMatchObject({ what: 'Lezen', due: null });
    const item = await screen.findByTestId(`action-${stored?.id}`);
    await waitFor(() => expect(document.activeElement).toBe(item));
  });

  it('keeps the typed action when saving fails (a full disk)', async () => {
    const { backend, form } = await setup();
    backend.diskFull = true;
    fireEvent.change(form.getByLabelText('Wat gaat u doen?'), { target: { value: 'Terugkoppelen' } });
    fireEvent.click(form.getByRole('button', { name: 'Actie toevoegen' }));
    expect((await form.findByRole('alert')).textContent).toContain('er is niets gewijzigd');
    expect(form.getByLabelText('Wat gaat u doen?')).toHaveProperty('value', 'Terugkoppelen');
    backend.diskFull = false;
    expect(await storedActions(backend)).toEqual([]);
  });

  it('asks before removing an action', async () => {
    const { backend, actionId, profileId } = await setup([ACTION]);
    const item = screen.getByTestId(`action-${actionId}`);
    fireEvent.click(within(item).getByRole('button', { name: /^Verwijderen/ }));
    const dialog = screen.getByRole('dialog', { name: 'Actie verwijderen?' });
    expect(dialog.textContent).toContain('Gesprek met de uitvoering');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(backend.callsOf('removeAction')).toEqual([]);
    expect(screen.getByTestId(`action-${actionId}`)).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: /^Verwijderen/ }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => expect(screen.queryByTestId(`action-${actionId}`)).toBeNull());
    expect(backend.callsOf('removeAction')).toEqual([{ profileId, route: 'b', id: actionId }]);
    expect(await storedActions(backend)).toEqual([]);
  });

  it('marks an action done with all its fields', async () => {
    const { backend, actionId, profileId } = await setup([ACTION]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gedaan: Gesprek met de uitvoering' }));
    await waitFor(() => expect(backend.callsOf('updateAction')).toHaveLength(1));
    expect(backend.callsOf('updateAction')[0]).toEqual({ profileId, route: 'b', id: actionId, what: ACTION.what, due: ACTION.due, companions: ['Anna'], done: true });
    await waitFor(async () => expect((await storedActions(backend))[0]?.doneOn).not.toBeNull());
    const [stored] = await storedActions(backend);
    expect(stored).toMatchObject({ id: actionId, what: ACTION.what, due: ACTION.due, companions: ['Anna'] });
  });

  it('splits reisgenoten on commas', () => {
    expect(splitCompanions(' Anna ,Piet,, ,Ahmed')).toEqual(['Anna', 'Piet', 'Ahmed']);
    expect(splitCompanions('')).toEqual([]);
  });
});
