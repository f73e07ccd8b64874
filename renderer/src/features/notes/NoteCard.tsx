import { useTranslation } from 'react-i18next';
import { needleById, routeById } from '@shared/kernel/compass/content';
import type { Note } from '@shared/features/notes/schemas';
import { formatDate } from '../../app/i18n';
import { hrefOf } from '../../app/router';
import { useLanguage } from '../../app/session';

/** The id of a note's heading, so focus can return to it after editing. */
export const noteHeadingId = (id: string) => `note-${id}`;

interface NoteCardProps {
  readonly note: Note;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}

/** One session note: date, who may see it, what was discussed and agreed, its links, the next session. */
export function NoteCard({ note, onEdit, onDelete }: NoteCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const date = formatDate(note.date, lang);
  const coachOnly = note.audience === 'coach';

  return (
    <article className={`card note-card${coachOnly ? ' note-card--coach' : ''}`} aria-labelledby={noteHeadingId(note.id)} data-testid="note">
      <div className="note-card__head">
        <h3 id={noteHeadingId(note.id)} tabIndex={-1}>
          {t('notes.note.title', { date })}
        </h3>
        <span className={`badge ${coachOnly ? 'badge--coach' : 'badge--shared'}`}>{t(coachOnly ? 'notes.note.coachOnly' : 'notes.note.shared')}</span>
      </div>
      <dl className="note-card__fields">
        {note.topics !== '' && (
          <div>
            <dt>{t('notes.note.topics')}</dt>
            <dd className="note-card__text">{note.topics}</dd>
          </div>
        )}
        {note.agreements !== '' && (
          <div>
            <dt>{t('notes.note.agreements')}</dt>
            <dd className="note-card__text">{note.agreements}</dd>
          </div>
        )}
        {note.routes.length > 0 && (
          <div>
            <dt>{t('notes.note.routes')}</dt>
            <dd>
              <ul className="note-card__links">
                {note.routes.map((route) => (
                  <li key={route}>
                    <a href={hrefOf({ name: 'plan' })}>{t('notes.note.routeLink', { letter: route, name: routeById(route).name[lang] })}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {note.needles.length > 0 && (
          <div>
            <dt>{t('notes.note.needles')}</dt>
            <dd>
              <ul className="note-card__links">
                {note.needles.map((needle) => (
                  <li key={needle}>{t('plan.needleName', { id: needle, name: needleById(needle).name[lang] })}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {note.nextSession !== null && <p className="note-card__next">{t('notes.note.nextSession', { date: formatDate(note.nextSession, lang) })}</p>}
      <div className="actions">
        <button type="button" className="button button--secondary" aria-label={t('notes.note.editLabel', { date })} onClick={onEdit}>
          {t('notes.note.edit')}
        </button>
        <button type="button" className="button button--danger-quiet" aria-label={t('notes.note.deleteLabel', { date })} onClick={onDelete}>
          {t('notes.note.delete')}
        </button>
      </div>
    </article>
  );
}
