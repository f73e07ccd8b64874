import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '@shared/contract/api';
import { formatDate } from '../../app/i18n';
import { hrefOf, navigate } from '../../app/router';
import { useCoachMode, useSession } from '../../app/session';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { AddCoachee } from './AddCoachee';
import { RemoveDialog, RenameDialog } from './CoacheeDialogs';
import { profileLabel } from '../../ui/profileLabel';
import { useCoachees, type CoacheesDone } from './store';
import './coachees.css';

type Dialog = { kind: 'rename' | 'remove'; profile: ProfileSummary } | null;

/** Coach mode: the coachees (profiles) with their meetmomenten; add, rename, open, delete. */
export function CoacheesScreen() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const coachMode = useCoachMode();
  const state = useSession((s) => s.state);
  const { problem, done, open, clear } = useCoachees();
  const [dialog, setDialog] = useState<Dialog>(null);

  useEffect(() => () => clear(), [clear]);

  if (!state) return null;
  if (!coachMode) {
    return (
      <div className="stack">
        <h1 ref={heading} tabIndex={-1} id="coachees-title">
          {t('coachees.title')}
        </h1>
        <p>{t('coachees.coachModeOff')}</p>
        <p>
          <a href={hrefOf({ name: 'settings' })}>{t('coachees.toSettings')}</a>
        </p>
      </div>
    );
  }

  const profiles = [...state.profiles].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const namesBeside = (p: ProfileSummary) => profiles.filter((o) => o.id !== p.id).map((o) => o.name);
  const unnamed = profiles.find((p) => p.name.trim() === '');
  const otherThan = (p: ProfileSummary) => profiles.find((o) => o.id !== p.id) ?? null;

  async function openProfile(id: string): Promise<void> {
    if (await open(id)) navigate({ name: 'start' });
  }

  return (
    <div className="stack coachees">
      <div>
        <h1 ref={heading} tabIndex={-1} id="coachees-title">
          {t('coachees.title')}
        </h1>
        <p className="lead">{t('coachees.intro')}</p>
      </div>
      <p role="status" className="coachees__status">
        {done && <DoneText done={done} />}
      </p>
      {problem && <ProblemNotice problem={problem} />}
      {unnamed && (
        <section className="notice" aria-labelledby="coachees-unnamed">
          <h2 id="coachees-unnamed" className="notice__title">
            {t('coachees.unnamed.title')}
          </h2>
          <p>{t('coachees.unnamed.text')}</p>
          <button type="button" className="button button--secondary" onClick={() => setDialog({ kind: 'rename', profile: unnamed })}>
            {t('coachees.unnamed.button')}
          </button>
        </section>
      )}
      <div className="table-scroll">
        <table className="data-table coachees__table">
          <caption>{t('coachees.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coachees.list.name')}</th>
              <th scope="col">{t('coachees.list.count')}</th>
              <th scope="col">{t('coachees.list.latest')}</th>
              <th scope="col">{t('coachees.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => {
              const name = profileLabel(p.name, t);
              const active = p.id === state.activeProfileId;
              return (
                <tr key={p.id} aria-current={active ? 'true' : undefined}>
                  <th scope="row">
                    {name}
                    {active && <span className="coachees__current"> ({t('coachees.list.current')})</span>}
                  </th>
                  <td>{p.assessmentCount}</td>
                  <td>{p.latestAssessment ? formatDate(p.latestAssessment, state.language) : t('coachees.list.none')}</td>
                  <td>
                    <div className="coachees__actions">
                      {!active && (
                        <button type="button" className="button button--primary" aria-label={t('coachees.openLabel', { name })} onClick={() => void openProfile(p.id)}>
                          {t('coachees.open')}
                        </button>
                      )}
                      <button type="button" className="button button--secondary" aria-label={t('coachees.renameLabel', { name })} onClick={() => setDialog({ kind: 'rename', profile: p })}>
                        {t('coachees.rename')}
                      </button>
                      {profiles.length > 1 && (
                        <button type="button" className="button button--danger-quiet" aria-label={t('coachees.removeLabel', { name })} onClick={() => setDialog({ kind: 'remove', profile: p })}>
                          {t('coachees.remove')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {profiles.length === 1 && <p className="muted">{t('coachees.lastOne')}</p>}
      <AddCoachee names={profiles.map((p) => p.name)} />
      <section className="card stack" aria-labelledby="coachees-session">
        <h2 id="coachees-session">{t('coachees.session.title')}</h2>
        <p>{t('coachees.session.intro')}</p>
        <ul className="coachees__links">
          <li>
            <a href={hrefOf({ name: 'files' })}>{t('coachees.session.files')}</a>
          </li>
          <li>
            <a href={hrefOf({ name: 'notes' })}>{t('coachees.session.notes')}</a>
          </li>
          <li>
            <a href={hrefOf({ name: 'present' })}>{t('coachees.session.present')}</a>
          </li>
          <li>
            <a href={hrefOf({ name: 'coach-report' })}>{t('coachees.session.report')}</a>
          </li>
        </ul>
      </section>
      {dialog?.kind === 'rename' && <RenameDialog profile={dialog.profile} names={namesBeside(dialog.profile)} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && (
        <RemoveDialog profile={dialog.profile} other={otherThan(dialog.profile)} isActive={dialog.profile.id === state.activeProfileId} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}

function DoneText({ done }: { done: CoacheesDone }) {
  const { t } = useTranslation();
  switch (done.kind) {
    case 'added':
      return <>{t('coachees.done.added', { name: done.name })}</>;
    case 'renamed':
      return <>{t('coachees.done.renamed', { name: done.name })}</>;
    case 'removed':
      return <>{t('coachees.done.removed', { name: done.name })}</>;
    case 'removedSwitched':
      return <>{t('coachees.done.removedSwitched', { name: done.name, other: done.other })}</>;
  }
}
