/**
 * Importing response files (spec §3) in batches. Each batch is judged (decrypted and checked)
 * outside any queue, then committed per round in that round's queue against the round as it is
 * then: a round closed meanwhile refuses the rest ("round-closed"), an answer another import stored
 * meanwhile counts as a duplicate. So closing a round during a long import takes effect at once,
 * and two imports never lose or double an answer.
 */
import type { ImportSummary } from '@shared/contract/api';
import { importRoundPrivateKey } from '@shared/features/exchange/responseCrypto';
import type { ResponsePayload } from '@shared/features/exchange/formats';
import { importResponseFiles, type FileOutcome, type ImportTarget, type IncomingFile } from '@shared/features/feedback/importResponses';
import type { RoundDocument } from '@shared/features/feedback/schemas';
import type { KeyVault } from '../platform/keyVault';
import type { Workspace } from '../storage/workspace';
import { summarize } from './feedback';

/** Files judged at once (decrypted concurrently); a batch is also the unit of commit. */
export const IMPORT_BATCH = 200;

export async function importInBatches(ws: Workspace, keyVault: KeyVault, profileId: string, files: readonly IncomingFile[]): Promise<ImportSummary> {
  const keys = new Map<string, Promise<CryptoKey>>();
  const keyOf = (doc: RoundDocument) => {
    let key = keys.get(doc.round.id);
    if (!key) {
      key = importRoundPrivateKey(JSON.parse(keyVault.reveal(doc.round.privateKey)) as JsonWebKey);
      keys.set(doc.round.id, key);
    }
    return key;
  };
  const outcomes: FileOutcome[] = [];
  const touched = new Map<string, RoundDocument>();

  for (let start = 0; start < files.length; start += IMPORT_BATCH) {
    const batch = files.slice(start, start + IMPORT_BATCH);
    const result = await importResponseFiles(batch, targetsNow(ws, profileId, keyOf));
    const batchOutcomes = [...result.outcomes];
    for (const [roundId, answers] of result.accepted) {
      const verdicts = await commit(ws, profileId, roundId, answers, touched);
      // Answers are accepted in file order: the n-th accepted file of this round gets the n-th verdict.
      let next = 0;
      result.roundOf.forEach((round, i) => {
        const verdict = round === roundId ? verdicts[next++] : undefined;
        if (verdict) batchOutcomes[i] = { name: batchOutcomes[i]!.name, ...verdict } as FileOutcome;
      });
    }
    outcomes.push(...batchOutcomes);
  }
  const count = (kind: FileOutcome['outcome']) => outcomes.filter((o) => o.outcome === kind).length;
  return {
    outcomes,
    accepted: count('accepted'),
    duplicates: count('duplicate'),
    refused: count('refused'),
    rounds: [...touched.values()].map((doc) => summarize(doc.round)),
  };
}

/** The profile's rounds as they are now: open or closed, and the answers already stored. */
function targetsNow(ws: Workspace, profileId: string, keyOf: (doc: RoundDocument) => Promise<CryptoKey>): Map<string, ImportTarget> {
  const targets = new Map<string, ImportTarget>();
  for (const roundId of ws.roundIds(profileId)) {
    const doc = ws.round(profileId, roundId).peek();
    if (!doc || doc === 'newer') continue;
    targets.set(roundId, {
      closed: doc.round.closedAt !== null,
      groups: doc.round.groups,
      questionnaire: doc.round.questionnaire.version,
      seen: new Set(doc.round.responses.map((r) => r.responseId)),
      key: () => keyOf(doc),
    });
  }
  return targets;
}

type Verdict = Pick<FileOutcome, 'outcome' | 'reason'>;

/** Stores the answers in the round's queue, judged against the round as it is now. */
function commit(
  ws: Workspace,
  profileId: string,
  roundId: string,
  answers: readonly ResponsePayload[],
  touched: Map<string, RoundDocument>,
): Promise<Verdict[]> {
  return ws.round(profileId, roundId).transact((doc, tx) => {
    if (!doc) return answers.map((): Verdict => ({ outcome: 'refused', reason: 'unknown-round' }));
    if (doc.round.closedAt !== null) return answers.map((): Verdict => ({ outcome: 'refused', reason: 'round-closed' }));
    const seen = new Set(doc.round.responses.map((r) => r.responseId));
    const fresh: ResponsePayload[] = [];
    const verdicts = answers.map((answer): Verdict => {
      if (seen.has(answer.responseId)) return { outcome: 'duplicate', reason: null };
      seen.add(answer.responseId);
      fresh.push(answer);
      return { outcome: 'accepted', reason: null };
    });
    if (fresh.length > 0) {
      const next: RoundDocument = { ...doc, round: { ...doc.round, responses: [...doc.round.responses, ...fresh] } };
      tx.save(next);
      touched.set(roundId, next);
    }
    return verdicts;
  });
}
