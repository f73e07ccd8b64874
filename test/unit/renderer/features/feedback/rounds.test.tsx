/**
 * Setting up a round as the leader does it, against the real services: the manager choice before
 * creating, the closing date, the preview of what each group receives, copying the e-mail where the
 * clipboard is refused, and deleting a round by typing its name.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '@renderer/src/app/i18n';
import { NewRoundForm } from '@renderer/src/features/feedback/NewRoundForm';
import { MailText } from '@renderer/src/features/feedback/MailText';
import { RoundScreen } from '@renderer/src/features/feedback/RoundScreen';
import { RoundsScreen } from '@renderer/src/features/feedback/RoundsScreen';
import { useFeedback } from '@renderer/src/features/feedback/store';
import { useAssessments } from '@renderer/src/features/assessment';
import { connectBackend } from '../../backend';

await initI18n('nl');

// jsdom has no modal dialogs: opening one only needs to make it visible for these tests.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

beforeEach(() => {
  useFeedback.setState({ rounds: null, problem: null, deleted: null });
  useAssessments.setState({ list: null, problem: null });
  window.location.hash = '#/feedback';
});

function fillBasics(): void {
  fireEvent.change(screen.getByLabelText('Naam van de ronde'), { target: { value: 'Najaar 2026' } });
  fireEvent.change(screen.getByLabelText('Waar sturen respondenten hun antwoord naartoe?'), { target: { value: 'coach@example.nl' } });
}

const create = () => fireEvent.click(screen.getByRole('button', { name: 'Ronde aanmaken' }));

describe('asking the leidinggevende', () => {
  it('says before creating that one manager’s answers are not shown on their own, and asks for a choice', async () => {
    const backend = await connectBackend();
    render(<NewRoundForm />);
    fillBasics();
    expect(screen.queryByTestId('manager-choice')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Leidinggevende' }));
    const choice = screen.getByRole('group', { name: 'Hoe vraagt u uw leidinggevende?' });
    expect(choice.textContent).toContain('één persoon kan niet anoniem blijven');
    expect(within(choice).getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([false, false, false]);
    expect(within(screen.getByTestId('preview-leidinggevende')).getByText(/Nog niet gekozen/)).toBeTruthy();

    create();
    expect(screen.getByText('Kies hoe u uw leidinggevende vraagt.')).toBeTruthy();
    expect(document.activeElement).toBe(within(choice).getByRole('radio', { name: 'Niet anoniem vragen' }));
    expect(backend.callsOf('createRound')).toEqual([]);

    fireEvent.click(within(choice).getByRole('radio', { name: 'Niet anoniem vragen' }));
    expect(within(screen.getByTestId('preview-leidinggevende')).getByText(/Nee\. Het formulier zegt vooraf/)).toBeTruthy();
    create();
    await waitFor(() => expect(backend.callsOf('createRound')).toHaveLength(1));
    expect(backend.callsOf('createRound')[0]).toMatchObject({ groups: ['leidinggevende', 'collega', 'medewerker'], managerNonAnonymous: true });
  });

  it('anonymously all the same: the round asks the group anonymously', async () => {
    const backend = await connectBackend();
    render(<NewRoundForm />);
    fillBasics();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Leidinggevende' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Toch anoniem vragen' }));
    create();
    await waitFor(() => expect(backend.callsOf('createRound')).toHaveLength(1));
    expect(backend.callsOf('createRound')[0]).toMatchObject({ groups: ['leidinggevende', 'collega', 'medewerker'], managerNonAnonymous: false });
  });

  it('leaving the group out unticks it; ticking it again asks for the choice again', async () => {
    const backend = await connectBackend();
    render(<NewRoundForm />);
    fillBasics();
    const box = screen.getByRole('checkbox', { name: 'Leidinggevende' });
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('radio', { name: 'Leidinggevende niet vragen' }));
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByTestId('preview-leidinggevende')).toBeNull();
    fireEvent.click(box);
    const choice = screen.getByRole('group', { name: 'Hoe vraagt u uw leidinggevende?' });
    expect(within(choice).getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([false, false, false]);
    fireEvent.click(box);
    create();
    await waitFor(() => expect(backend.callsOf('createRound')).toHaveLength(1));
    expect(backend.callsOf('createRound')[0]).toMatchObject({ groups: ['collega', 'medewerker'], managerNonAnonymous: false });
  });
});

describe('the closing date', () => {
  it('a date in the past is named at the field, and nothing is sent', async () => {
    const backend = await connectBackend();
    render(<NewRoundForm />);
    fillBasics();
    const date = screen.getByLabelText('Sluitingsdatum voor de respondenten (niet verplicht)');
    fireEvent.change(date, { target: { value: '1999-01-01' } });
    create();
    expect(screen.getByText(/Deze datum ligt in het verleden\. Kies vandaag \(.+\) of later/)).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(date);
    expect(backend.callsOf('createRound')).toEqual([]);
  });

  it('the app’s own “today” (a later day there) is said at the field too', async () => {
    const backend = await connectBackend({ now: '2099-06-01T10:00:00Z' });
    render(<NewRoundForm />);
    fillBasics();
    const date = screen.getByLabelText('Sluitingsdatum voor de respondenten (niet verplicht)');
    fireEvent.change(date, { target: { value: '2099-05-31' } });
    create();
    await waitFor(() => expect(screen.getByText(/Kies vandaag \(1 juni 2099\) of later/)).toBeTruthy());
    expect(useFeedback.getState().problem).toBeNull();
    expect(await backend.call('listRounds', {})).toEqual([]);
  });
});

describe('the preview of what each group receives', () => {
  it('follows the form: groups, closing date, where answers go, language', async () => {
    await connectBackend();
    render(<NewRoundForm />);
    const collega = () => screen.getByTestId('preview-collega');
    expect(collega().textContent).toContain('20 korte vragen, ongeveer 8 minuten');
    expect(collega().textContent).toContain('Nog niet ingevuld');
    expect(collega().textContent).toContain('Geen datum genoemd');
    fillBasics();
    fireEvent.change(screen.getByLabelText('Sluitingsdatum voor de respondenten (niet verplicht)'), { target: { value: '2099-12-12' } });
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(collega().textContent).toContain('coach@example.nl');
    expect(collega().textContent).toContain('12 december 2099');
    expect(collega().textContent).toContain('Versie 2, in het Engels');
    expect(screen.getByTestId('preview-medewerker')).toBeTruthy();
    expect(screen.queryByTestId('preview-extern')).toBeNull();
  });
});

describe('copying the e-mail', () => {
  it('where there is no clipboard, says so calmly and selects the text to copy by hand', async () => {
    render(<MailText group="collega" label="Collega’s" subject="Uw feedback gevraagd: Najaar" body={'Beste collega,\n\nDank.'} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tekst kopiëren' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Kopiëren lukte niet/));
    const text = screen.getByLabelText('Tekst voor de e-mail aan Collega’s') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(text);
    expect([text.selectionStart, text.selectionEnd]).toEqual([0, text.value.length]);
    fireEvent.click(screen.getByRole('button', { name: 'Onderwerp kopiëren' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Onderwerp van de e-mail aan Collega’s')));
  });
});

describe('deleting a round', () => {
  it('asks for the round’s name; a wrong name deletes nothing, the right one deletes it and says so', async () => {
    const backend = await connectBackend();
    const round = await backend.call('createRound', {
      name: 'Najaar 2026',
      leader: '',
      groups: ['collega'],
      closesOn: null,
      returnTo: 'coach@example.nl',
      managerNonAnonymous: false,
      language: 'nl',
    });
    window.location.hash = `#/feedback/${round.id}`;
    render(<RoundScreen id={round.id} />);
    expect((await screen.findByTestId('round-return-to')).textContent).toBe('Antwoorden gaan naar: coach@example.nl');
    fireEvent.click(screen.getByRole('button', { name: 'Ronde verwijderen…' }));
    const dialog = screen.getByRole('dialog', { name: 'Ronde ‘Najaar 2026’ verwijderen?' });
    const name = within(dialog).getByLabelText('Typ ter bevestiging de naam van de ronde: Najaar 2026');
    fireEvent.change(name, { target: { value: 'najaar' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Definitief verwijderen' }));
    expect(within(dialog).getByText('Dat is niet de naam van de ronde. Typ precies: Najaar 2026')).toBeTruthy();
    expect(backend.callsOf('deleteRound')).toEqual([]);

    fireEvent.change(name, { target: { value: 'Najaar 2026' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Definitief verwijderen' }));
    await waitFor(() => expect(window.location.hash).toBe('#/feedback'));
    expect(backend.callsOf('deleteRound')).toEqual([{ profileId: backend.profileId, id: round.id, name: 'Najaar 2026' }]);
    expect(await backend.call('listRounds', {})).toEqual([]);

    render(<RoundsScreen />);
    expect(screen.getByText('De ronde ‘Najaar 2026’ is verwijderd, met alles wat erbij hoorde.').getAttribute('role')).toBe('status');
  });
});
