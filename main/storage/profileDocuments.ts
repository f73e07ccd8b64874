/**
 * The kinds of document a profile holds, in one place: backups and profile files carry every kind
 * listed here (main/features/backup*.ts), with its schema and migrations. A new kind of per-profile
 * document joins backups by one line below.
 */
import type { RoundDocument } from '@shared/features/feedback/schemas';
import { notesAfterProfileFile, notesForProfileFile } from '@shared/features/notes/profileFile';
import type { NotesDocument } from '@shared/features/notes/schemas';
import type { DocumentFile } from './documentFile';
import type { DocumentKind } from './documentKind';
import { DRAFT, NOTES, PLAN, PROFILE, ROUND } from './kinds';
import type { Workspace } from './workspace';

export interface ProfileDocumentEntry {
  /** Its key in a backup's payload. */
  readonly key: string;
  readonly kind: DocumentKind<unknown>;
  /** The field that names the profile (`id` in the profile itself, `profileId` elsewhere). */
  readonly profileField: 'id' | 'profileId';
  /** The ids of its documents in a profile; absent for a kind with one document per profile. */
  readonly ids?: (ws: Workspace, profileId: string) => string[];
  /** For a kind with several documents: the id a document names itself by (its file is named so). */
  readonly docIdOf?: (doc: Readonly<Record<string, unknown>>) => string;
  /** What a profile file (scope `profile`, it goes to the coachee) carries of the document; default: all of it. */
  readonly forProfileFile?: (doc: unknown) => unknown;
  /** The document after a profile file replaced it (`current`: what is here now); default: the file's. */
  readonly afterProfileFile?: (incoming: unknown, current: unknown) => unknown;
  /** The document (`docId` is null for a kind with one document per profile). */
  readonly file: (ws: Workspace, profileId: string, docId: string | null) => DocumentFile<unknown>;
}

const one = (key: string, kind: DocumentKind<unknown>, profileField: 'id' | 'profileId', file: (ws: Workspace, profileId: string) => DocumentFile<unknown>): ProfileDocumentEntry => ({
  key,
  kind,
  profileField,
  file: (ws, profileId) => file(ws, profileId),
});

const many = (
  key: string,
  kind: DocumentKind<unknown>,
  ids: (ws: Workspace, profileId: string) => string[],
  file: (ws: Workspace, profileId: string, docId: string) => DocumentFile<unknown>,
  docIdOf: (doc: Readonly<Record<string, unknown>>) => string,
): ProfileDocumentEntry => ({
  key,
  kind,
  profileField: 'profileId',
  ids,
  docIdOf,
  file: (ws, profileId, docId) => {
    if (docId === null) throw new TypeError(`${key}: a document id is needed`);
    return file(ws, profileId, docId);
  },
});

/** The profile document comes first: a restore writes it before the others, an undo removes it last. */
export const PROFILE_DOCUMENTS: readonly ProfileDocumentEntry[] = [
  one('profile', PROFILE as DocumentKind<unknown>, 'id', (ws, p) => ws.profile(p)),
  one('draft', DRAFT as DocumentKind<unknown>, 'profileId', (ws, p) => ws.draft(p)),
  one('plan', PLAN as DocumentKind<unknown>, 'profileId', (ws, p) => ws.plan(p)),
  {
    ...one('notes', NOTES as DocumentKind<unknown>, 'profileId', (ws, p) => ws.notes(p)),
    // Coach-only notes never leave the coach's machine in a profile file, and survive its return.
    forProfileFile: (doc) => notesForProfileFile(doc as NotesDocument),
    afterProfileFile: (incoming, current) => notesAfterProfileFile(incoming as NotesDocument, current as NotesDocument | null),
  },
  many('rounds', ROUND as DocumentKind<unknown>, (ws, p) => ws.roundIds(p), (ws, p, id) => ws.round(p, id), (d) => (d as RoundDocument).round.id),
];

export function profileDocumentEntry(key: string): ProfileDocumentEntry | undefined {
  return PROFILE_DOCUMENTS.find((entry) => entry.key === key);
}

/** Every document of a profile that exists, as [entry, docId] pairs, in registry order. */
export function profileDocumentRefs(ws: Workspace, profileId: string): { entry: ProfileDocumentEntry; docId: string | null }[] {
  return PROFILE_DOCUMENTS.flatMap((entry): { entry: ProfileDocumentEntry; docId: string | null }[] =>
    entry.ids ? entry.ids(ws, profileId).map((docId) => ({ entry, docId })) : [{ entry, docId: null }],
  );
}
