/**
 * The storage notice names the document in words — for every kind of problem and every kind of
 * document, in Dutch and in English — with the same names the error messages use
 * (errors.storage.documents), and the notices of the real storage layer reach it.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppState } from '@shared/contract/api';
import { DOCUMENT_KINDS, type DocumentKindName, type StorageIssue } from '@shared/contract/storageIssue';
import { messages } from '@shared/i18n/index';
import type { Lang } from '@shared/kernel/compass/model';
import { initI18n } from '@renderer/src/app/i18n';
import { useSession } from '@renderer/src/app/session';
import { StorageIssues } from '@renderer/src/ui/StorageIssues';
import { connectBackend } from '../backend';

beforeAll(async () => {
  await initI18n('nl');
});
afterEach(async () => {
  useSession.setState({ state: null, problem: null });
  await i18next.changeLanguage('nl');
});

const FILE: Record<DocumentKindName, string> = {
  settings: 'settings.json',
  profile: 'profile.json',
  draft: 'draft.json',
  plan: 'plan.json',
  round: '3b241101-e2bb-4255-8caf-4136c566a962.json',
  notes: 'notes.json',
};

function issue(kind: StorageIssue['kind'], document: DocumentKindName, restoredFrom: string | null = null): StorageIssue {
  const stem = FILE[document].replace(/\.json$/, '');
  return {
    id: '00000000-0000-4000-8000-000000000001',
    kind,
    document,
    file: FILE[document],
    movedTo: kind === 'corrupt' ? `${stem}.beschadigd-2026-03-01T09-15-00-000Z.json` : null,
    restoredFrom,
    at: '2026-03-01T09:15:00.000Z',
  };
}

async function show(lang: Lang, issues: StorageIssue[]): Promise<HTMLElement> {
  await i18next.changeLanguage(lang);
  const state: AppState = { language: lang, activeProfileId: '00000000-0000-4000-8000-0000000000aa', coachMode: false, profiles: [], storageIssues: issues };
  useSession.setState({ state, problem: null });
  render(<StorageIssues />);
  return screen.getByRole('alert');
}

const CASES = (['nl', 'en'] as const).flatMap((lang) =>
  (['corrupt', 'newer-version'] as const).flatMap((kind) => DOCUMENT_KINDS.map((document) => ({ lang, kind, document }))),
);

describe('the storage notice names the document', () => {
  it.each(CASES)('$lang: $kind $document', async ({ lang, kind, document }) => {
    const notice = await show(lang, [issue(kind, document)]);
    const other: Lang = lang === 'nl' ? 'en' : 'nl';
    const name = messages[lang].errors.storage.documents[document];
    const [message, detail] = Array.from(notice.querySelectorAll('p')).map((p) => p.textContent ?? '');
    expect(within(notice).getByRole('heading', { level: 2 }).textContent).toBe(messages[lang].issues.title);
    // The sentence names the document in words; the file names follow as a detail.
    expect(message).toContain(lang === 'nl' ? `Het bestand met ${name} ` : `The file with ${name} `);
    expect(message).not.toContain('.json');
    expect(detail).toContain(FILE[document]);
    for (const text of [message, detail]) {
      expect(text).not.toContain(messages[other].errors.storage.documents[document]);
      expect(text).not.toMatch(/{{|}}|issues\.|errors\.|null|undefined/);
    }
    if (kind === 'corrupt') {
      expect(message).toContain(lang === 'nl' ? 'was beschadigd.' : 'was damaged.');
      expect(message).toContain(messages[lang].issues.notRestored);
      expect(detail).toContain(issue(kind, document).movedTo);
    } else {
      expect(message).toContain(lang === 'nl' ? 'nieuwere versie van Ambtelijk Kompas' : 'newer version of Ambtelijk Kompas');
    }
    const button = within(notice).getByRole('button', { name: messages[lang].issues.dismiss });
    const [messageId, detailId] = Array.from(notice.querySelectorAll('p')).map((p) => p.id);
    expect(button.getAttribute('aria-describedby')).toBe(`${messageId} ${detailId}`);
  });

  it('reads as a sentence in Dutch and in English', async () => {
    const notice = await show('nl', [issue('newer-version', 'plan'), issue('corrupt', 'profile', '2026-02-27T16:05:00.000Z')].map((x, i) => ({ ...x, id: `00000000-0000-4000-8000-00000000000${i}` })));
    const [newer, newerFile, corrupt, corruptFiles] = Array.from(notice.querySelectorAll('p')).map((p) => p.textContent);
    expect(newer).toBe(
      'Het bestand met uw routekaart is gemaakt met een nieuwere versie van Ambtelijk Kompas. Deze versie van de app kan het niet openen en laat het onaangeroerd; werk de app bij om het weer te gebruiken.',
    );
    expect(newerFile).toBe('Bestand: plan.json.');
    // The time of the backup is shown in the machine's time zone.
    expect(corrupt).toMatch(/^Het bestand met uw meetmomenten was beschadigd\. De laatste goede versie van 2[78] februari 2026 om \d\d:\d\d is teruggezet\.$/);
    expect(corruptFiles).toBe(
      'Bestand: profile.json. Het beschadigde bestand is niet overschreven, maar apart bewaard als profile.beschadigd-2026-03-01T09-15-00-000Z.json.',
    );
    cleanup();
    const english = await show('en', [issue('corrupt', 'draft')]);
    expect(Array.from(english.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
      'The file with your draft assessment was damaged. There was no earlier good version to restore; this part starts again empty.',
      'File: draft.json. The damaged file has not been overwritten but kept aside as draft.beschadigd-2026-03-01T09-15-00-000Z.json.',
    ]);
  });
});

describe('the notices of the real storage layer', () => {
  const ROUND = '3b241101-e2bb-4255-8caf-4136c566a962';

  it.each([
    { document: 'profile', path: 'profile.json', kind: 'corrupt', content: '{"schemaVersion":1,"id": "kapot' },
    { document: 'draft', path: 'draft.json', kind: 'corrupt', content: 'niet eens json' },
    { document: 'plan', path: 'plan.json', kind: 'corrupt', content: '{"schemaVersion":1}' },
    { document: 'round', path: `rounds/${ROUND}.json`, kind: 'corrupt', content: '[]' },
    { document: 'profile', path: 'profile.json', kind: 'newer-version', content: { schemaVersion: 99 } },
    { document: 'draft', path: 'draft.json', kind: 'newer-version', content: { schemaVersion: 99 } },
    { document: 'plan', path: 'plan.json', kind: 'newer-version', content: { schemaVersion: 99 } },
    { document: 'round', path: `rounds/${ROUND}.json`, kind: 'newer-version', content: { schemaVersion: 99 } },
  ] as const)('$kind $document: reported at start, named, and dismissed', async ({ document, path, kind, content }) => {
    const first = await connectBackend();
    first.writeProfileFile(path, content);
    const backend = await first.restart();
    const issues = useSession.getState().state?.storageIssues ?? [];
    expect(issues.map((i) => [i.kind, i.document, i.file])).toEqual([[kind, document, path.split('/').pop()]]);
    render(<StorageIssues />);
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain(`Het bestand met ${messages.nl.errors.storage.documents[document]} `);
    expect(notice.textContent).toContain(`Bestand: ${path.split('/').pop()}.`);
    fireEvent.click(within(notice).getByRole('button', { name: 'Begrepen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(backend.callsOf('dismissStorageIssue')).toEqual([{ id: issues[0]?.id }]);
    const after = await backend.bridge.getAppState({});
    expect(after.ok && after.value.storageIssues).toEqual([]);
  });

  it.each([
    { kind: 'corrupt', content: '{"language": "nl", "activeProfile', sentence: 'Het bestand met uw instellingen was beschadigd.' },
    { kind: 'newer-version', content: { schemaVersion: 99, language: 'nl' }, sentence: 'Het bestand met uw instellingen is gemaakt met een nieuwere versie' },
  ] as const)('$kind settings: reported at start, named', async ({ kind, content, sentence }) => {
    const first = await connectBackend();
    first.writeDataFile('settings.json', content);
    await first.restart();
    const issues = useSession.getState().state?.storageIssues ?? [];
    expect(issues.map((i) => [i.kind, i.document, i.file])).toEqual([[kind, 'settings', 'settings.json']]);
    render(<StorageIssues />);
    expect(screen.getByRole('alert').textContent).toContain(sentence);
    expect(screen.getByRole('alert').textContent).toContain('Bestand: settings.json.');
  });
});

describe('in coach mode, the notice names whose data it concerns', () => {
  it('a damaged plan of a coachee is named with the coachee; without coach mode no name is shown; deleting the coachee removes the notice', async () => {
    const first = await connectBackend();
    first.writeProfileFile('plan.json', '{"schemaVersion":1}');
    const backend = await first.restart();
    const own = backend.profileId;
    const [issueOf] = useSession.getState().state?.storageIssues ?? [];
    expect(issueOf).toMatchObject({ document: 'plan', profileId: own });
    render(<StorageIssues />);
    expect(screen.getByRole('alert').textContent).not.toContain('Gegevens van');
    cleanup();

    const created = await backend.bridge.createProfile({ name: 'Anna de Vries' });
    expect(created.ok).toBe(true);
    await backend.bridge.renameProfile({ profileId: own, name: 'Bram Jansen' });
    await useSession.getState().refresh();
    expect(useSession.getState().state?.coachMode).toBe(true);
    render(<StorageIssues />);
    expect(within(screen.getByRole('alert')).getAllByText('Gegevens van Bram Jansen:')).toHaveLength(1);
    cleanup();

    // Deleting the profile takes its notices with it.
    if (created.ok) await useSession.getState().switchProfile(created.value.id);
    await backend.bridge.deleteProfile({ profileId: own });
    await useSession.getState().refresh();
    expect(useSession.getState().state?.storageIssues).toEqual([]);
  });
});
