import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteInput } from '@shared/contract/api';
import { searchNotes, EMPTY_QUERY, type NoteQuery } from '@shared/features/notes/search';
import type { Note } from '@shared/features/notes/schemas';
import { formatDate } from '../../app/i18n';
import { useLanguage, useSession } from '../../app/session';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { NoteCard, noteHeadingId } from './NoteCard';
import { NoteForm } from './NoteForm';
import { NoteSearch } from './NoteSearch';
import { useNotes, useNotesOf, useNotesProblem } from './store';
import './notes.css';

/** What the form is doing: closed, writing a new note, or editing one. */
type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; note: Note };

const LIST_TITLE = 'notes-list-title';
const ADD_BUTTON = 'notes-add';

/** The session notes of the active profile, newest first: search, write, edit and delete. */
export function NotesScreen() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const profileId = useSession((s) => s.state?.activeProfileId);
  const profileName = useSession((s) => (s.state && s.state.profiles.length > 1 ? s.state.profiles.find((p) => p.id === profileId)?.name : undefined));
  const notes = useNotesOf(profileId);
  const load = useNotes((s) => s.load);
  const save = useNotes((s) => s.save);
  const remove = useNotes((s) => s.remove);
  const clearProblem = useNotes((s) => s.clearProblem);
  const changed = useNotes((s) => s.changed);
  const loadProblem = useNotesProblem(profileId, 'load');
  const saveProblem = useNotesProblem(profileId, 'save');
  const deleteProblem = useNotesProblem(profileId, 'delete');
  const [query, setQuery] = useState<NoteQuery>(EMPTY_QUERY);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [deleting, setDeleting] = useState<Note | null>(null);
  /** Where focus goes once the change is on screen (the saved note, the list, the add button). */
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (focusId === null) return;
    const target = document.getElementById(focusId);
    if (!target) return;
    target.focus();
    setFocusId(null);
  }, [focusId, notes, editing]);

  useEffect(() => {
    // Another profile: start afresh (no form or search of the previous one stays open).
    setEditing({ kind: 'none' });
    setDeleting(null);
    setQuery(EMPTY_QUERY);
    clearProblem();
    if (profileId) void load();
  }, [profileId, load, clearProblem]);

  const found = useMemo(() => (notes ? searchNotes(notes, query) : []), [notes, query]);

  function open(next: Editing): void {
    clearProblem();
    setEditing(next);
  }

  async function submit(input: NoteInput): Promise<boolean> {
    const saved = await save(input);
    if (!saved) return false;
    setEditing({ kind: 'none' });
    setFocusId(noteHeadingId(saved.id));
    return true;
  }

  function cancel(): void {
    const back = editing.kind === 'edit' ? noteHeadingId(editing.note.id) : ADD_BUTTON;
    clearProblem();
    setEditing({ kind: 'none' });
    setFocusId(back);
  }

  async function confirmDelete(note: Note): Promise<void> {
    setDeleting(null);
    if (await remove(note.id)) setFocusId(LIST_TITLE);
  }

  // The same words twice in a row are not always read again; a trailing no-break space makes them new.
  const announcement = changed ? t(changed.kind === 'saved' ? 'notes.announce.saved' : 'notes.announce.removed') + (changed.n % 2 === 0 ? '\u00a0' : '') : '';

  return (
    <div className="stack notes">
      <h1 ref={heading} tabIndex={-1}>
        {t('notes.title')}
      </h1>
      {profileName && <p className="eyebrow">{t('notes.whose', { name: profileName })}</p>}
      <p className="lead">{t('notes.intro')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {loadProblem && <ProblemNotice problem={loadProblem} title={t('notes.loadFailed')} />}
      {!notes ? (
        !loadProblem && <p aria-live="polite">{t('notes.loading')}</p>
      ) : (
        <>
          {editing.kind === 'new' ? (
            <NoteForm note={null} problem={saveProblem} onSubmit={submit} onCancel={cancel} />
          ) : (
            <div className="actions">
              <button type="button" id={ADD_BUTTON} className="button button--primary" onClick={() => open({ kind: 'new' })}>
                {t('notes.add')}
              </button>
            </div>
          )}
          {notes.length > 0 && <NoteSearch query={query} onChange={setQuery} found={found.length} total={notes.length} />}
          <section aria-labelledby={LIST_TITLE}>
            <h2 id={LIST_TITLE} tabIndex={-1}>
              {t('notes.list.title')}
            </h2>
            {deleteProblem && <ProblemNotice problem={deleteProblem} />}
            {notes.length === 0 ? (
              <p>{t('notes.none')}</p>
            ) : found.length === 0 ? (
              <p>{t('notes.search.noResults')}</p>
            ) : (
              <ul className="note-list" aria-label={t('notes.list.label')}>
                {found.map((note) => (
                  <li key={note.id}>
                    {editing.kind === 'edit' && editing.note.id === note.id ? (
                      <NoteForm note={note} problem={saveProblem} onSubmit={submit} onCancel={cancel} />
                    ) : (
                      <NoteCard note={note} onEdit={() => open({ kind: 'edit', note })} onDelete={() => setDeleting(note)} />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('notes.confirmDelete.title')}
          text={t('notes.confirmDelete.text', { date: formatDate(deleting.date, lang) })}
          confirmLabel={t('notes.confirmDelete.confirm')}
          cancelLabel={t('notes.confirmDelete.cancel')}
          onConfirm={() => void confirmDelete(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
