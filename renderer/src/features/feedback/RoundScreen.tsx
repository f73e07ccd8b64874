import { useEffect, useState } from 'react';
import { isNamedManager } from '@shared/features/exchange/managerRule';
import { roundDate } from '@shared/features/feedback/roundDates';
import { localTimeZone } from '@shared/kernel/calendar';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ProblemNotice } from '../../ui/ProblemNotice';
import { formatDate } from '../../app/i18n';
import { hrefOf } from '../../app/router';
import { useFeedback } from './store';
import { useLanguage } from '../../app/session';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { ImportPanel } from './ImportPanel';
import { InvitationPanel } from './InvitationPanel';
import { GROUP_LABEL } from '../../ui/labels';
import { ComparisonChoice, ComparisonNote, useChosen } from './Comparison';
import { DeleteRound } from './DeleteRound';
import { ReportTransfer } from './ReportTransfer';
import { HeldByCoachNote } from './HeldByCoachNote';

/** One round: counts per group, invitations, importing answers, closing, and the way to the report. */
export function RoundScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const heading = useFocusOnMount<HTMLHeadingElement>(id);
  const { rounds, problem, load, close, deleteRaw, busy } = useFeedback();
  const [confirm, setConfirm] = useState<'close' | 'minimise' | null>(null);
  const [minimised, setMinimised] = useState(false);
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const chosen = useChosen(compareWith);
  const round = rounds?.find((r) => r.id === id);

  useEffect(() => {
    if (!rounds) void load();
  }, [rounds, load]);

  if (!round) return problem ? <ProblemNotice problem={problem} /> : <p aria-live="polite">{t('app.loading')}</p>;
  const closed = round.closedAt !== null;
  // A round a coach held came as its report: no invitations, answers, closing or key here.
  const heldByCoach = round.origin === 'published';

  return (
    <div className="stack">
      <p>
        <a href={hrefOf({ name: 'rounds' })}>← {t('feedback.round.back')}</a>
      </p>
      <div>
        <p className="eyebrow">{t('feedback.title')}</p>
        <h1 ref={heading} tabIndex={-1}>
          {round.name}{' '}
          <span className={`badge ${closed ? 'badge--closed' : 'badge--open'}`}>
            {closed ? t('feedback.status.closed') : t('feedback.status.open')}
          </span>
        </h1>
        <p className="muted">
          {heldByCoach
            ? t('feedback.published.round.closedOnByCoach', { date: formatDate(roundDate(round, localTimeZone()), lang) })
            : round.closedAt
            ? t('feedback.closedOn', { date: formatDate(roundDate(round, localTimeZone()), lang) })
            : round.closesOn
              ? t('feedback.closesOn', { date: formatDate(round.closesOn, lang) })
              : t('feedback.createdOn', { date: formatDate(roundDate(round, localTimeZone()), lang) })}
          {' · '}
          <span data-testid="round-questionnaire">{t('feedback.questionnaireVersion', { version: round.questionnaire.version })}</span>
        </p>
        {round.returnTo && (
          <p className="muted" data-testid="round-return-to">
            {t('feedback.round.returnTo', { returnTo: round.returnTo })}
          </p>
        )}
      </div>
      {heldByCoach && <HeldByCoachNote />}
      {problem && <ProblemNotice problem={problem} />}

      <section className="card" aria-labelledby="counts-title">
        <h2 id="counts-title">{t('feedback.round.countsTitle')}</h2>
        {!closed && <p>{t('feedback.round.countsOpen')}</p>}
        <dl className="counts">
          {round.groups.map((group) => (
            <div key={group} className="counts__row">
              <dt>
                {t(GROUP_LABEL[group])}
                {isNamedManager(round.managerNonAnonymous, group) && (
                  <span className="badge badge--note">{t('feedback.round.nonAnonymousNote')}</span>
                )}
              </dt>
              <dd data-testid={`count-${group}`}>{t('feedback.groupCount', { count: round.counts[group] })}</dd>
            </div>
          ))}
        </dl>
        <p>
          <strong>{t('feedback.round.total', { count: round.total })}</strong>
        </p>
      </section>

      {closed ? (
        <section className="card card--accent" aria-labelledby="closed-title">
          <h2 id="closed-title">{t('feedback.status.closed')}</h2>
          <p>{t('feedback.round.closedIntro')}</p>
          <ComparisonNote comparedWith={round.comparedWith} />
          <p>
            <a className="button button--primary" href={hrefOf({ name: 'report', id: round.id })}>
              {t('feedback.round.openReport')}
            </a>
          </p>
          {!heldByCoach && <h3>{t('feedback.round.minimiseTitle')}</h3>}
          {heldByCoach ? null : round.rawDeleted ? (
            <p role="status">{t('feedback.round.minimised')}</p>
          ) : (
            <>
              <p>{t('feedback.round.minimiseIntro')}</p>
              <button type="button" className="button button--danger-quiet" disabled={busy !== null} onClick={() => setConfirm('minimise')}>
                {t('feedback.round.minimise')}
              </button>
            </>
          )}
          <p className="visually-hidden" role="status">
            {minimised ? t('feedback.round.minimised') : ''}
          </p>
        </section>
      ) : (
        <>
          <InvitationPanel round={round} />
          <ImportPanel roundId={round.id} />
          <section className="card" aria-labelledby="close-title">
            <h2 id="close-title">{t('feedback.round.closeTitle')}</h2>
            <p>{t('feedback.round.closeIntro')}</p>
            <ComparisonChoice value={compareWith} onChange={setCompareWith} />
            <button
              type="button"
              className="button button--secondary"
              disabled={busy !== null}
              aria-describedby={busy === 'import' ? 'close-busy' : undefined}
              onClick={() => setConfirm('close')}
            >
              {t('feedback.round.close')}
            </button>
            {busy === 'import' && (
              <p id="close-busy" className="muted import-busy">
                {t('feedback.import.busy')}
              </p>
            )}
          </section>
        </>
      )}

      {closed && round.heldByCoach && <ReportTransfer round={round} />}

      {confirm && (
        <ConfirmDialog
          title={confirm === 'close' ? t('feedback.round.closeConfirmTitle') : t('feedback.round.minimiseTitle')}
          text={
            confirm === 'close'
              ? [t('feedback.round.closeConfirmText'), chosen ? t('feedback.comparison.closeWith', { date: formatDate(chosen.date, lang) }) : '']
                  .filter(Boolean)
                  .join(' ')
              : t('feedback.round.minimiseConfirmText')
          }
          confirmLabel={confirm === 'close' ? t('feedback.round.closeConfirm') : t('feedback.round.minimise')}
          cancelLabel={t('feedback.round.cancel')}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const action = confirm;
            setConfirm(null);
            if (action === 'close') void close(round.id, chosen?.id);
            else void deleteRaw(round.id).then((ok) => setMinimised(ok));
          }}
        />
      )}

      <DeleteRound round={round} />
    </div>
  );
}
