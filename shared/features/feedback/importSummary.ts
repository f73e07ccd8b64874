/**
 * The summary of an import that travelled in chunks (importChunks.ts): merged into one, and grouped
 * by outcome, reason and round so that thousands of files read as a few lines.
 */
import type { ImportSummary } from './contract';
import { REFUSAL_REASONS, type FileOutcome, type RefusalReason, type RoundRef } from './importResponses';

export const EMPTY_SUMMARY: ImportSummary = { outcomes: [], accepted: 0, duplicates: 0, refused: 0, rounds: [] };

/** `next` after `sum`: outcomes in file order, counts added, each round as the later chunk left it. */
export function mergeSummaries(sum: ImportSummary, next: ImportSummary): ImportSummary {
  const rounds = new Map(sum.rounds.map((r) => [r.id, r]));
  for (const r of next.rounds) rounds.set(r.id, r);
  return {
    outcomes: [...sum.outcomes, ...next.outcomes],
    accepted: sum.accepted + next.accepted,
    duplicates: sum.duplicates + next.duplicates,
    refused: sum.refused + next.refused,
    rounds: [...rounds.values()],
  };
}

/** The files that met the same fate: same outcome, same reason, same round. */
export interface OutcomeGroup {
  readonly key: string;
  readonly outcome: FileOutcome['outcome'];
  readonly reason: RefusalReason | null;
  readonly round: RoundRef | null;
  /** File names, in file order. */
  readonly names: string[];
}

const OUTCOME_ORDER: Record<FileOutcome['outcome'], number> = { accepted: 0, duplicate: 1, refused: 2 };

/** Groups in the order of the summary line (accepted, duplicates, refused by reason), then by round name. */
export function groupOutcomes(outcomes: readonly ImportSummary['outcomes'][number][]): OutcomeGroup[] {
  const groups = new Map<string, OutcomeGroup>();
  for (const o of outcomes) {
    const key = `${o.outcome}|${o.reason ?? ''}|${o.round?.id ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, outcome: o.outcome, reason: o.reason, round: o.round, names: [] };
      groups.set(key, group);
    }
    group.names.push(o.name);
  }
  const reasonRank = (r: RefusalReason | null) => (r === null ? -1 : REFUSAL_REASONS.indexOf(r));
  return [...groups.values()].sort(
    (a, b) =>
      OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] ||
      reasonRank(a.reason) - reasonRank(b.reason) ||
      (a.round?.name ?? '').localeCompare(b.round?.name ?? '') ||
      (a.round?.id ?? '').localeCompare(b.round?.id ?? ''),
  );
}
