/**
 * Reading in answers on the round screen, against the real services (../../backend.ts): chunks,
 * progress, the busy state that keeps import and close apart, the summary per file or per kind,
 * and an import that stops halfway.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { KompasBridge } from '@shared/contract/api';
import type { OwnRoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { setApiBridge } from '@renderer/src/app/api/client';
import { initI18n } from '@renderer/src/app/i18n';
import { RoundScreen } from '@renderer/src/features/feedback/RoundScreen';
import { useFeedback } from '@renderer/src/features/feedback/store';
import { payload, responseFileText } from '../../../../fixtures/feedback';
import { connectBackend, type Backend } from '../../backend';

await initI18n('nl');

async function newRound(backend: Backend, name: string): Promise<RoundSummary> {
  return backend.call('createRound', { name, leader: '', groups: ['collega', 'medewerker'], closesOn: null, returnTo: 'Secretariaat', managerNonAnonymous: false, language: 'nl' });
}

async function answerFile(backend: Backend, round: RoundSummary, seed: number, name: string): Promise<File> {
  const doc = JSON.parse(readFileSync(join(backend.dir, 'profiles', backend.profileId, 'rounds', `${round.id}.json`), 'utf8')) as OwnRoundDocument;
  const text = await responseFileText(payload('collega', seed), round.id, doc.round.publicKey);
  return new File([text], name, { type: 'application/json' });
}

async function showRound(round: RoundSummary): Promise<void> {
  useFeedback.setState({ rounds: null, problem: null, busy: null, importRun: null });
  render(<RoundScreen id={round.id} />);
  await screen.findByRole('heading', { level: 1, name: /Najaar/ });
}

const fileInput = () => screen.getByLabelText<HTMLInputElement>('Bestanden kiezen');
const closeButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Ronde sluiten' });
const liveStatus = () => screen.getByTestId('import-status');

function choose(files: File[]): void {
  fireEvent.change(fileInput(), { target: { files } });
}

/** The bridge with importResponses held until `release()` is called, once per request. */
function gateImports(backend: Backend): { release: () => void; waiting: () => number } {
  const gates: (() => void)[] = [];
  const bridge: KompasBridge = {
    ...backend.bridge,
    importResponses: async (input) => {
      await new Promise<void>((resolve) => gates.push(resolve));
      return backend.bridge.importResponses(input);
    },
  };
  setApiBridge(bridge);
  return { release: () => gates.shift()?.(), waiting: () => gates.length };
}

describe('reading in answers', () => {
  it('a few files: one line per file, a closed round named, answers counted', async () => {
    const backend = await connectBackend();
    const closed = await newRound(backend, 'Voorjaar');
    const late = await answerFile(backend, closed, 9, 'te-laat.json');
    await backend.call('closeRound', { id: closed.id });
    const round = await newRound(backend, 'Najaar');
    await showRound(round);

    choose([await answerFile(backend, round, 1, 'een.json'), await answerFile(backend, round, 2, 'twee.json'), late, new File(['<html>'], 'uitnodiging.html')]);

    await waitFor(() => expect(liveStatus().textContent).toContain('2 ingelezen, 0 dubbel, 2 geweigerd.'));
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-reason'))).toEqual(['', '', 'round-closed', 'not-json']);
    expect(rows[2]?.textContent).toContain('De feedbackronde ‘Voorjaar’ is al gesloten, dus dit antwoord telt niet meer mee.');
    expect(screen.getByText('Van een geweigerd bestand is niets opgeslagen.')).toBeTruthy();
    expect(screen.getByTestId('count-collega').textContent).toContain('2 antwoorden');
    expect(backend.callsOf('importResponses')).toHaveLength(1);
  });

  it('many files: sent in chunks with progress; import and close wait until it is done; a summary per kind', async () => {
    const backend = await connectBackend();
    const round = await newRound(backend, 'Najaar');
    const gate = gateImports(backend);
    await showRound(round);
    // 50 files of 250 KB of control characters (not JSON): escaped in the request they take 1.5 MB
    // each, so the 32 MiB of a chunk hold 21 of them: three requests, of 21, 21 and 8 files.
    const junk = '\u0001'.repeat(250 * 1024);
    const files = Array.from({ length: 50 }, (_, i) => new File([junk], `ruis-${i}.json`));

    choose(files);
    await waitFor(() => expect(gate.waiting()).toBe(1));
    expect(fileInput().getAttribute('aria-disabled')).toBe('true');
    expect(closeButton().disabled).toBe(true);
    const busyText = 'Er worden nu antwoorden ingelezen. Als dat klaar is, kunt u weer bestanden kiezen of de ronde sluiten.';
    expect(document.getElementById(closeButton().getAttribute('aria-describedby') ?? '')?.textContent).toBe(busyText);
    expect(document.getElementById(fileInput().getAttribute('aria-describedby') ?? '')?.textContent).toBe(busyText);
    const progress = () => screen.getByLabelText<HTMLProgressElement>('Voortgang van het inlezen');
    expect([progress().max, progress().value]).toEqual([50, 0]);
    expect(liveStatus().textContent).toContain('Het inlezen van 50 bestanden is begonnen.');
    // The file chooser does not open while it runs, and files given anyway change nothing.
    expect(fireEvent.click(fileInput())).toBe(false);
    choose([new File(['{}'], 'nog-een.json')]);

    gate.release();
    await waitFor(() => expect(screen.getByTestId('import-progress').textContent).toContain('21 van 50 bestanden bekeken'));
    expect(progress().value).toBe(21);
    expect(liveStatus().textContent).toContain('Een kwart van de bestanden is bekeken.');
    expect(closeButton().disabled).toBe(true);
    await waitFor(() => expect(gate.waiting()).toBe(1));
    gate.release();
    await waitFor(() => expect(progress().value).toBe(42));
    expect(liveStatus().textContent).toContain('Driekwart van de bestanden is bekeken.');

    await waitFor(() => expect(gate.waiting()).toBe(1));
    gate.release();
    await waitFor(() => expect(liveStatus().textContent).toContain('0 ingelezen, 0 dubbel, 50 geweigerd.'));
    expect(backend.callsOf('importResponses').map((c) => (c.files as unknown[]).length)).toEqual([21, 21, 8]);
    expect(screen.queryByLabelText('Voortgang van het inlezen')).toBeNull();
    expect(fileInput().getAttribute('aria-disabled')).toBeNull();
    expect(closeButton().disabled).toBe(false);
    expect(fireEvent.click(fileInput())).toBe(true);

    // More than 20 files: one line per kind, the names only when asked for.
    expect(screen.queryByRole('table')).toBeNull();
    const group = screen.getByRole('heading', { name: 'Resultaat per soort' }).nextElementSibling as HTMLElement;
    const lines = within(group).getAllByRole('listitem');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.getAttribute('data-reason')).toBe('not-json');
    expect(within(lines[0]!).getAllByRole('paragraph').map((p) => p.textContent)).toEqual([
      'Geweigerd · 50 bestanden',
      'Dit is geen antwoordbestand: de inhoud is niet wat het formulier opslaat. Kijk of u het goede bestand heeft gekozen; een antwoordbestand heet meestal kompas-antwoord-….json.',
    ]);
    expect(within(lines[0]!).queryByText('ruis-0.json')).toBeNull();
    const details = lines[0]!.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(within(lines[0]!).getByText('ruis-49.json')).toBeTruthy());
  });

  it('a chunk that fails stops the import, says how far it got, and frees import and close again', async () => {
    const backend = await connectBackend();
    const round = await newRound(backend, 'Najaar');
    await showRound(round);
    backend.diskFull = true;

    choose([await answerFile(backend, round, 1, 'een.json'), await answerFile(backend, round, 2, 'twee.json')]);

    await waitFor(() => expect(liveStatus().textContent).toContain('Het inlezen is gestopt na 0 van 2 bestanden.'));
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(fileInput().getAttribute('aria-disabled')).toBeNull();
    expect(closeButton().disabled).toBe(false);

    backend.diskFull = false;
    choose([await answerFile(backend, round, 1, 'een.json'), await answerFile(backend, round, 2, 'twee.json')]);
    await waitFor(() => expect(liveStatus().textContent).toContain('2 ingelezen, 0 dubbel, 0 geweigerd.'));
  });
});
