import { useTranslation } from 'react-i18next';
import type { Note } from '@shared/features/notes/schemas';
import { sharedNotes, sortNotes } from '@shared/features/notes/rules';
import { needleById, routeById } from '@shared/kernel/compass/content';
import { formatList, formatLongDate } from '@shared/kernel/format';
import { useLanguage } from '../../app/session';

/** The shared session notes, newest first. Coach-only notes are filtered out here, by the one rule. */
export function NotesPrint({ notes }: { notes: readonly Note[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const shown = sortNotes(sharedNotes(notes));
  return (
    <section aria-labelledby="print-notes">
      <h2 id="print-notes">{t('print.coach.notesTitle')}</h2>
      {shown.length === 0 && <p>{t('print.coach.noNotes')}</p>}
      {shown.map((n) => {
        const links = [
          ...n.routes.map((r) => t('plan.routeName', { letter: r, name: routeById(r).name[lang] })),
          ...n.needles.map((id) => t('plan.needleName', { id, name: needleById(id).name[lang] })),
        ];
        return (
          <div key={n.id} className="print-note" data-note={n.id}>
            <h3>{formatLongDate(n.date, lang)}</h3>
            {n.topics !== '' && (
              <>
                <p>
                  <strong>{t('print.coach.topics')}</strong>
                </p>
                <p>{n.topics}</p>
              </>
            )}
            {n.agreements !== '' && (
              <>
                <p>
                  <strong>{t('print.coach.agreements')}</strong>
                </p>
                <p>{n.agreements}</p>
              </>
            )}
            {links.length > 0 && <p className="muted">{t('print.coach.linkedTo', { links: formatList(links, lang) })}</p>}
            {n.nextSession && <p className="muted">{t('print.coach.nextSession', { date: formatLongDate(n.nextSession, lang) })}</p>}
          </div>
        );
      })}
    </section>
  );
}
