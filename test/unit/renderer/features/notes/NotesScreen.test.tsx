/** The session notes screen and store on the real services (no mocks), in Dutch. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { NoteInput, NotesView } from '@shared/contract/api';
import type { NoteAudience } from '@shared/features/notes/schemas';
import i18next from 'i18next';
import type { ApiErrorPayload } from '@shared/contract/errors';
import { NOTE_TEXT_MAX } from '@shared/features/notes/schemas';
import { initI18n } from '@renderer/src/app/i18n';
import { problemText } from '@renderer/src/ui/problemText';
import { useSession } from '@renderer/src/app/session';
import { NotesScreen } from '@renderer/src/features/notes/NotesScreen';
import { useNotes } from '@renderer/src/features/notes/store';
import { connectBackend, type Backend } from '../../backend';

beforeAll(async () => {
  await initI18n('nl');
  // jsdom has no modal dialogs: opening one only needs to make it visible for these tests.
  if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  }
});
afterEach(() => {
  cleanup();
  useNotes.setState({ data: null, problem: null, changed: null });
});

const NOW = '2026-11-30T10:00:00.000Z';

function noteInput(date: string, topics: string, audience: NoteAudience, links: Partial<Pick<NoteInput, 'routes' | 'needles'>> = {}): { note: NoteInput } {
  return { note: { id: null, date, topics, agreements: '', routes: [], needles: [], nextSession: null, audience, ...links } };
}

async function withTwoNotes(): Promise<Backend> {
  const backend = await connectBackend({ now: NOW });
  await backend.call('saveNote', noteInput('2026-10-01', 'Oud gesprek over samenwerking', 'coach', { routes: ['e'] }));
  await backend.call('saveNote', noteInput('2026-11-20', 'Recent gesprek over crisislessen', 'shared', { routes: ['a'], needles: [1] }));
  return backend;
}

describe('NotesScreen', () => {
  it('lists the notes newest first, marks the coach-only one, and searches as one types', async () => {
    await withTwoNotes();
    render(<NotesScreen />);
    const list = await screen.findByRole('list', { name: 'Gespreksverslagen, nieuwste eerst' });
    const items = within(list).getAllByRole('article');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Gesprek van 20 november 2026',
      'Gesprek van 1 oktober 2026',
    ]);
    expect(items[0]?.textContent).toContain('Gedeeld met de coachee');
    expect(items[1]?.textContent).toContain('Alleen voor de coach');
    expect(within(items[0]!).getByRole('link', { name: /^Route a:/ }).getAttribute('href')).toBe('#/routekaart');
    expect(screen.getByText('2 verslagen')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek in onderwerpen en afspraken' }), { target: { value: 'SAMENWERKING' } });
    expect(screen.getByText('1 van 2 verslagen gevonden').getAttribute('role')).toBe('status');
    expect(within(list).getAllByRole('article')).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Gekoppeld aan naald'), { target: { value: '1' } });
    expect(screen.getByText('0 van 2 verslagen gevonden')).toBeTruthy();
    expect(screen.getByText(/Geen verslagen gevonden/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Zoekopdracht wissen' }));
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('keeps the input and says why when saving fails; nothing is stored', async () => {
    const backend = await connectBackend({ now: NOW });
    render(<NotesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw verslag' }));
    fireEvent.change(screen.getByLabelText('Wat is er besproken?'), { target: { value: 'Iets belangrijks' } });
    backend.diskFull = true;
    fireEvent.click(screen.getByRole('button', { name: 'Verslag opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Het opslaan van de gespreksverslagen is niet gelukt');
    expect((screen.getByLabelText('Wat is er besproken?') as HTMLTextAreaElement).value).toBe('Iets belangrijks');
    backend.diskFull = false;
    expect((await backend.call('listNotes', {})).notes).toEqual([]);
  });

  it('refuses an empty note in the form itself, without asking the services', async () => {
    const backend = await connectBackend({ now: NOW });
    render(<NotesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw verslag' }));
    fireEvent.click(screen.getByRole('button', { name: 'Verslag opslaan' }));
    expect(screen.getByText('Vul in wat er is besproken of wat u hebt afgesproken.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Wat is er besproken?'));
    expect(backend.callsOf('saveNote')).toEqual([]);
  });

  it('deletes a note only after confirmation', async () => {
    const backend = await withTwoNotes();
    render(<NotesScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Verslag van 1 oktober 2026 verwijderen' }));
    const dialog = screen.getByRole('dialog', { name: 'Verslag verwijderen?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(backend.callsOf('deleteNote')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Verslag van 1 oktober 2026 verwijderen' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect((await backend.call('listNotes', {})).notes.map((n) => n.date)).toEqual(['2026-11-20']);
  });
});

/** The refusal a set-up call threw. */
const payloadOf = (error: unknown): ApiErrorPayload => (error as { payload: ApiErrorPayload }).payload;

describe('the refusals of the notes, worded', () => {
  it('names the field that is too long and its maximum, and the next session before the session', async () => {
    const backend = await connectBackend({ now: NOW });
    const words = { t: i18next.getFixedT('nl'), lang: 'nl' as const };
    const tooLong = await backend.call('saveNote', noteInput('2026-11-20', 'x'.repeat(NOTE_TEXT_MAX + 1), 'coach')).catch(payloadOf);
    const text = problemText(tooLong as ApiErrorPayload, words);
    expect(text.details.join(' ')).toContain('De besproken onderwerpen');
    expect(text.details.join(' ')).toContain(String(NOTE_TEXT_MAX));
    const before = await backend
      .call('saveNote', { note: { ...noteInput('2026-11-20', 'Iets', 'coach').note, nextSession: '2026-11-01' } })
      .catch(payloadOf);
    expect(problemText(before as ApiErrorPayload, words)).toEqual({
      message: 'Het volgende gesprek (1 november 2026) ligt vóór de datum van dit gesprek (20 november 2026). Er is niets gewijzigd.',
      details: ['Kies voor het volgende gesprek dezelfde of een latere datum, of laat het veld leeg.'],
    });
  });
});

describe('the notes store keeps data with its profile', () => {
  it('drops an answer that arrives after the user switched to another profile', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const backend = await connectBackend({
      now: NOW,
      replace: {
        listNotes: async (): Promise<NotesView> => {
          await gate;
          return {
            notes: [
              {
                id: '3b241101-e2bb-4255-8caf-4136c566a962',
                date: '2026-11-01',
                topics: 'VAN-DE-EERSTE',
                agreements: '',
                routes: [],
                needles: [],
                nextSession: null,
                audience: 'coach',
                createdAt: NOW,
                updatedAt: NOW,
              },
            ],
          };
        },
      },
    });
    const loading = useNotes.getState().load();
    const state = useSession.getState().state!;
    const other = '3b241101-e2bb-4255-8caf-4136c566a963';
    act(() => useSession.setState({ state: { ...state, activeProfileId: other } }));
    release();
    await loading;
    expect(useNotes.getState().data).toBeNull();
    expect(backend.callsOf('listNotes')).toEqual([{ profileId: backend.profileId }]);
  });

  it('shows data only for the profile it belongs to', async () => {
    await withTwoNotes();
    render(<NotesScreen />);
    await screen.findByText('Recent gesprek over crisislessen');
    const state = useSession.getState().state!;
    act(() => useSession.setState({ state: { ...state, activeProfileId: '3b241101-e2bb-4255-8caf-4136c566a963' } }));
    expect(screen.queryByText('Recent gesprek over crisislessen')).toBeNull();
    act(() => useSession.setState({ state }));
  });
});
