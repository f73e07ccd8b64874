import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '@shared/contract/api';
import type { RoundRef } from '@shared/features/feedback/importResponses';
import { groupOutcomes, type OutcomeGroup } from '@shared/features/feedback/importSummary';
import { formatNumber } from '@shared/kernel/format';
import { useLanguage } from '../../app/session';
import { IMPORT_OUTCOME_LABEL, REFUSAL_REASON_TEXT } from './feedbackLabels';

/** Up to this many files, one line per file; above it, one line per kind of outcome with the names on request. */
const LINES_PER_FILE_MAX = 20;

type Outcome = ImportSummary['outcomes'][number];

/** What came of each file: a table for a few files, groups for many. */
export function ImportResults({ summary, roundId }: { summary: ImportSummary; roundId: string }) {
  if (summary.outcomes.length === 0) return null;
  return summary.outcomes.length <= LINES_PER_FILE_MAX ? (
    <OutcomeTable outcomes={summary.outcomes} roundId={roundId} />
  ) : (
    <OutcomeGroups groups={groupOutcomes(summary.outcomes)} roundId={roundId} />
  );
}

function OutcomeText({ outcome, roundId }: { outcome: Pick<Outcome, 'outcome' | 'reason' | 'round'>; roundId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>{t(IMPORT_OUTCOME_LABEL[outcome.outcome])}</strong>
      {outcome.reason ? (
        <>: {t(REFUSAL_REASON_TEXT[outcome.reason], { round: outcome.round?.name ?? '' })}</>
      ) : (
        <OtherRound round={outcome.round} roundId={roundId} />
      )}
    </>
  );
}

/** Says so when an answer belongs to another round of the profile than the one on screen. */
function OtherRound({ round, roundId }: { round: RoundRef | null; roundId: string }) {
  const { t } = useTranslation();
  if (!round || round.id === roundId) return null;
  return <> ({t('feedback.import.inOtherRound', { round: round.name })})</>;
}

function OutcomeTable({ outcomes, roundId }: { outcomes: readonly Outcome[]; roundId: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table outcomes">
      <caption>{t('feedback.import.resultsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('feedback.import.fileColumn')}</th>
          <th scope="col">{t('feedback.import.resultColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {outcomes.map((o, i) => (
          <tr key={`${o.name}-${i}`} data-outcome={o.outcome} data-reason={o.reason ?? ''}>
            <th scope="row">{o.name}</th>
            <td>
              <OutcomeText outcome={o} roundId={roundId} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OutcomeGroups({ groups, roundId }: { groups: readonly OutcomeGroup[]; roundId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <h3>{t('feedback.import.groupsTitle')}</h3>
      <ul className="outcome-groups outcomes">
        {groups.map((group) => (
          <li key={group.key} data-outcome={group.outcome} data-reason={group.reason ?? ''} data-count={group.names.length}>
            <p>
              <strong>{t(IMPORT_OUTCOME_LABEL[group.outcome])}</strong>
              <OtherRound round={group.reason ? null : group.round} roundId={roundId} />
              {' · '}
              {t('feedback.import.files', { count: group.names.length, total: formatNumber(group.names.length, lang) })}
            </p>
            {group.reason && <p>{t(REFUSAL_REASON_TEXT[group.reason], { round: group.round?.name ?? '' })}</p>}
            <FileNames names={group.names} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The names, rendered only when opened (a group can hold thousands). */
function FileNames({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('feedback.import.showFiles')}</summary>
      {open && (
        <ul className="file-names">
          {names.map((name, i) => (
            <li key={`${name}-${i}`}>{name}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
