import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NEEDLES, ROUTES } from '@shared/kernel/compass/content';
import { NEEDLE_IDS, ROUTE_IDS, type NeedleId, type RouteId } from '@shared/kernel/compass/model';
import { EMPTY_QUERY, isEmptyQuery, type NoteQuery } from '@shared/features/notes/search';
import { useLanguage } from '../../app/session';

interface NoteSearchProps {
  readonly query: NoteQuery;
  readonly onChange: (query: NoteQuery) => void;
  readonly found: number;
  readonly total: number;
}

/** Searching the notes as one types: words, a linked route, a linked needle; the count is announced. */
export function NoteSearch({ query, onChange, found, total }: NoteSearchProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const searching = !isEmptyQuery(query);

  return (
    <section role="search" className="note-search" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('notes.search.title')}</h2>
      <div className="note-search__fields">
        <div className="field">
          <label htmlFor={`${id}-text`} className="field__label">
            {t('notes.search.text')}
          </label>
          <p id={`${id}-hint`} className="field__hint">
            {t('notes.search.textHint')}
          </p>
          <input
            id={`${id}-text`}
            type="search"
            className="input"
            aria-describedby={`${id}-hint ${id}-count`}
            value={query.text}
            onChange={(e) => onChange({ ...query, text: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-route`} className="field__label">
            {t('notes.search.route')}
          </label>
          <select
            id={`${id}-route`}
            className="select"
            value={query.route ?? ''}
            onChange={(e) => onChange({ ...query, route: e.target.value === '' ? null : (e.target.value as RouteId) })}
          >
            <option value="">{t('notes.search.any')}</option>
            {ROUTE_IDS.map((route) => (
              <option key={route} value={route}>
                {t('plan.routeName', { letter: route, name: ROUTES.find((r) => r.id === route)?.name[lang] ?? '' })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-needle`} className="field__label">
            {t('notes.search.needle')}
          </label>
          <select
            id={`${id}-needle`}
            className="select"
            value={query.needle ?? ''}
            onChange={(e) => onChange({ ...query, needle: e.target.value === '' ? null : (Number(e.target.value) as NeedleId) })}
          >
            <option value="">{t('notes.search.any')}</option>
            {NEEDLE_IDS.map((needle) => (
              <option key={needle} value={needle}>
                {t('plan.needleName', { id: needle, name: NEEDLES.find((n) => n.id === needle)?.name[lang] ?? '' })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions note-search__result">
        <p id={`${id}-count`} role="status" className="note-search__count">
          {searching ? t('notes.search.count', { count: found, total }) : t('notes.search.all', { count: total })}
        </p>
        {searching && (
          <button type="button" className="button button--quiet" onClick={() => onChange(EMPTY_QUERY)}>
            {t('notes.search.clear')}
          </button>
        )}
      </div>
    </section>
  );
}
