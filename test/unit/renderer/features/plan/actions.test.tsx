import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PlanScreen } from '@renderer/src/features/plan/PlanScreen';
import { splitCompanions } from '@renderer/src/features/plan/ActionForm';
import { chosenRoute, emptyPlan, fakeBridge } from './fakeBridge';
import { renderWith } from './harness';

const ACTION = { id: '00000000-0000-4000-8000-0000000000aa', what: 'Gesprek met de uitvoering', due: '2026-04-01', companions: ['Anna'], doneOn: null };

async function setup(actions = [] as (typeof ACTION)[]) {
  const fake = fakeBridge({ ...emptyPlan(), routes: [chosenRoute({ route: 'b', actions })] });
  await renderWith(fake, <PlanScreen />);
  const card = screen.getByTestId('route-card-b');
  return { fake, card, form: within(card) };
}

describe('Actions on a route', () => {
  it('requires "what" and names the problem next to the field', async () => {
    const { fake, form } = await setup();
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
    expect(fake.callsOf('addAction')).toEqual([]);
  });

  it('sends what, date and the reisgenoten as a list, then empties the form and focuses the new action', async () => {
    const { fake, form } = await setup();
    fireEvent.change(form.getByLabelText('Wat gaat u doen?'), { target: { value: ' Meelopen met een wijkteam ' } });
    fireEvent.change(form.getByLabelText('Uiterlijk op (niet verplicht)'), { target: { value: '2026-05-20' } });
    fireEvent.change(form.getByLabelText('Reisgenoten (niet verplicht)'), { target: { value: 'Anna, Piet ,, Ahmed ' } });
    fireEvent.click(form.getByRole('button', { name: 'Actie toevoegen' }));
    await waitFor(() => expect(fake.callsOf('addAction')).toHaveLength(1));
    expect(fake.callsOf('addAction')[0]).toEqual({ route: 'b', what: 'Meelopen met een wijkteam', due: '2026-05-20', companions: ['Anna', 'Piet', 'Ahmed'] });
    const id = fake.plan.routes[0]?.actions[0]?.id ?? '';
    const item = await screen.findByTestId(`action-${id}`);
    await waitFor(() => expect(document.activeElement).toBe(item));
    expect(item.textContent).toContain('Met Anna, Piet, Ahmed');
    expect(form.getByLabelText('Wat gaat u doen?')).toHaveProperty('value', '');
  });

  it('sends no date when the date is left empty', async () => {
    const { fake, form } = await setup();
    fireEvent.change(form.getByLabelText('Wat gaat u doen?'), { target: { value: 'Lezen' } });
    fireEvent.click(form.getByRole('button', { name: 'Actie toevoegen' }));
    await waitFor(() => expect(fake.callsOf('addAction')).toEqual([{ route: 'b', what: 'Lezen', due: null, companions: [] }]));
  });

  it('keeps the typed action when saving fails', async () => {
    const { fake, form } = await setup();
    fake.failing.addAction = { code: 'storage-write-failed', params: { document: 'plan' } };
    fireEvent.change(form.getByLabelText('Wat gaat u doen?'), { target: { value: 'Terugkoppelen' } });
    fireEvent.click(form.getByRole('button', { name: 'Actie toevoegen' }));
    expect((await form.findByRole('alert')).textContent).toContain('er is niets gewijzigd');
    expect(form.getByLabelText('Wat gaat u doen?')).toHaveProperty('value', 'Terugkoppelen');
  });

  it('asks before removing an action', async () => {
    const { fake } = await setup([ACTION]);
    const item = screen.getByTestId(`action-${ACTION.id}`);
    fireEvent.click(within(item).getByRole('button', { name: /^Verwijderen/ }));
    const dialog = screen.getByRole('dialog', { name: 'Actie verwijderen?' });
    expect(dialog.textContent).toContain('Gesprek met de uitvoering');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(fake.callsOf('removeAction')).toEqual([]);
    expect(screen.getByTestId(`action-${ACTION.id}`)).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: /^Verwijderen/ }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => expect(screen.queryByTestId(`action-${ACTION.id}`)).toBeNull());
    expect(fake.callsOf('removeAction')).toEqual([{ route: 'b', id: ACTION.id }]);
  });

  it('marks an action done with all its fields', async () => {
    const { fake } = await setup([ACTION]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gedaan: Gesprek met de uitvoering' }));
    await waitFor(() => expect(fake.callsOf('updateAction')).toHaveLength(1));
    expect(fake.callsOf('updateAction')[0]).toEqual({ route: 'b', id: ACTION.id, what: ACTION.what, due: ACTION.due, companions: ['Anna'], done: true });
  });

  it('splits reisgenoten on commas', () => {
    expect(splitCompanions(' Anna ,Piet,, ,Ahmed')).toEqual(['Anna', 'Piet', 'Ahmed']);
    expect(splitCompanions('')).toEqual([]);
  });
});
