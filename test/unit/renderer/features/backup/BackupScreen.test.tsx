/**
 * The files screen in the real App on the real services: bringing in a profile file reopens every
 * store (and so remounts the screens); what was brought in, and the way to open it, must still be
 * said after that, and be forgotten once the user leaves the screen.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { initI18n } from '@renderer/src/app/i18n';
import { App } from '@renderer/src/app/App';
import { useSession } from '@renderer/src/app/session';
import { connectBackend, openBackend } from '../../backend';

const PASSPHRASE = 'fietsen langs de Amstel in mei';

beforeAll(async () => {
  await initI18n('nl');
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('BackupScreen', () => {
  it('keeps saying what a profile file brought in after the reopen, offers to open it, forgets it on leaving', async () => {
    // The coachee's own app makes the file.
    const laptop = await openBackend();
    await laptop.call('renameProfile', { name: 'Anna de Wit' });
    const file = await laptop.call('exportProfile', { passphrase: PASSPHRASE });
    await connectBackend();

    window.location.hash = '#/bestanden';
    render(<App />);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Profielbestand binnenhalen' })).closest('section')!;
    const input = section.querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File([file.text], file.fileName, { type: 'application/json' })] } });
    fireEvent.change(within(section).getByLabelText('Wachtwoord van het bestand'), { target: { value: PASSPHRASE } });
    fireEvent.click(within(section).getByRole('button', { name: 'Bestand openen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Profiel toevoegen' }, { timeout: 15_000 }));

    const done = await screen.findByText('Het profiel Anna de Wit is binnengehaald.', undefined, { timeout: 15_000 });
    expect(done.closest('[role=status]')).not.toBeNull();
    expect(useSession.getState().state?.profiles.map((p) => p.name)).toContain('Anna de Wit');
    const open = screen.getByRole('button', { name: 'Dit profiel openen' });
    fireEvent.click(open);
    await waitFor(() => expect(useSession.getState().state?.profiles.find((p) => p.id === useSession.getState().state?.activeProfileId)?.name).toBe('Anna de Wit'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Dit profiel openen' })).toBeNull());
    expect(screen.getByText('Het profiel Anna de Wit is binnengehaald.')).toBeTruthy();

    // Away and back: the message belongs to that visit only.
    window.location.hash = '#/';
    await screen.findByRole('heading', { level: 1, name: 'Mijn kompas' });
    window.location.hash = '#/bestanden';
    await screen.findByRole('heading', { level: 1, name: 'Reservekopie en profielbestanden' });
    expect(screen.queryByText('Het profiel Anna de Wit is binnengehaald.')).toBeNull();
  }, 60_000);
});
