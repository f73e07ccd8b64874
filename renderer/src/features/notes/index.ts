/** What other features may use of the session notes feature. */
export { NotesScreen } from './NotesScreen';
export { useNotes, useNotesOf } from './store';
