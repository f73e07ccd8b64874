import { useTranslation } from 'react-i18next';
import { hrefOf, type Route } from './router';
import { useCoachMode, useLanguage, useSession } from './session';
import { CoacheeBadge } from '../features/coachees';

export function Header({ route }: { route: Route }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setLanguage = useSession((s) => s.setLanguage);
  const other = language === 'nl' ? 'en' : 'nl';
  const coachMode = useCoachMode();
  const links: { route: Route; label: string }[] = [
    { route: { name: 'start' }, label: t('app.nav.start') },
    { route: { name: 'assess' }, label: t('app.nav.assess') },
    { route: { name: 'compass', id: null }, label: t('app.nav.compass') },
    { route: { name: 'plan' }, label: t('app.nav.plan') },
    { route: { name: 'history' }, label: t('app.nav.history') },
    { route: { name: 'rounds' }, label: t('feedback.nav') },
    // Coach mode only: a leader who never adds a coachee never sees these.
    ...(coachMode
      ? ([
          { route: { name: 'notes' }, label: t('notes.nav') },
          { route: { name: 'present' }, label: t('present.nav') },
          { route: { name: 'coachees' }, label: t('coachees.nav') },
        ] satisfies { route: Route; label: string }[])
      : []),
  ];
  const section = route.name === 'round' || route.name === 'report' ? 'rounds' : route.name;

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="brand" href={hrefOf({ name: 'start' })}>
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <circle cx="16" cy="16" r="14" />
            <path d="M16 5 L19 16 L16 27 L13 16 Z" />
          </svg>
          <span>{t('app.name')}</span>
        </a>
        <nav aria-label={t('app.mainNav')}>
          <ul className="nav-list">
            {links.map((link) => (
              <li key={link.route.name}>
                <a href={hrefOf(link.route)} aria-current={link.route.name === section ? 'page' : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <CoacheeBadge />
        <button
          type="button"
          className="button button--quiet language-switch"
          lang={other}
          aria-label={t('app.switchLanguageLabel')}
          onClick={() => void setLanguage(other)}
        >
          {t('app.switchLanguage')}
        </button>
      </div>
    </header>
  );
}
