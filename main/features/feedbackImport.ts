/**
 * Importing response files (spec §3). A request carries one chunk of an import (the renderer sends
 * any number of files in chunks, shared/features/feedback/importChunks.ts). The chunk is judged
 * (decrypted and checked) outside any queue, then committed per round in that round's queue
 * against the round as it is then: a round closed meanwhile refuses the files ("round-closed"), an
 * answer another import stored meanwhile counts as a duplicate. So a close that arrives during an
 * import takes effect at once, and two imports never lose or double an answer.
 */
import type { ImportSummary } from '@shared/contract/api';
import type { ResponsePayload } from '@shared/features/exchange/formats';
import {
  judgeFile,
  sortJudged,
  type FileOutcome,
  type ImportTarget,
  type IncomingFile,
  type Judged,
  type RoundRef,
} from '@shared/features/feedback/importResponses';
import type { OwnRoundDocument, RoundDocument } from '@shared/features/feedback/schemas';
import type { KeyVault } from '../platform/keyVault';
import type { Workspace } from '../storage/workspace';
import { summarize } from './feedback';
import { responseDecryptor, type ResponseDecryptor } from './responseDecrypt';

/** Files judged between two turns of the event loop: decrypting is synchronous, other requests get their turn. */
const JUDGE_SLICE = 100;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function importChunk(ws: Workspace, keyVault: KeyVault, profileId: string, files: readonly IncomingFile[]): Promise<ImportSummary> {
  const decryptors = new Map<string, ResponseDecryptor>();
  const decryptorOf = (doc: OwnRoundDocument): ResponseDecryptor => {
    let decrypt = decryptors.get(doc.round.id);
    if (!decrypt) {
      decrypt = responseDecryptor(JSON.parse(keyVault.reveal(doc.round.privateKey)) as JsonWebKey);
      decryptors.set(doc.round.id, decrypt);
    }
    return decrypt;
  };
  const targets = targetsNow(ws, profileId, decryptorOf);
  const judged: Judged[] = [];
  for (let start = 0; start < files.length; start += JUDGE_SLICE) {
    if (start > 0) await nextTurn();
    for (const file of files.slice(start, start + JUDGE_SLICE)) judged.push(judgeFile(file, targets));
  }
  const result = sortJudged(files, judged, targets);
  const outcomes = [...result.outcomes];
  const touched = new Map<string, RoundDocument>();
  for (const [roundId, answers] of result.accepted) {
    const verdicts = await commit(ws, profileId, roundId, answers, touched);
    // Answers are accepted in file order: the n-th accepted file of this round gets the n-th verdict.
    let next = 0;
    outcomes.forEach((o, i) => {
      if (o.outcome !== 'accepted' || o.round.id !== roundId) return;
      const verdict = verdicts[next++];
      if (verdict) outcomes[i] = { name: o.name, ...verdict } as FileOutcome;
    });
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
function targetsNow(ws: Workspace, profileId: string, decryptorOf: (doc: OwnRoundDocument) => ResponseDecryptor): Map<string, ImportTarget> {
  const targets = new Map<string, ImportTarget>();
  for (const roundId of ws.roundIds(profileId)) {
    const stored = ws.round(profileId, roundId).peek();
    if (!stored || stored === 'newer') continue;
    const { round } = stored;
    if (round.origin === 'published') {
      // A round a coach held is closed here from the start: its answers went to the coach.
      targets.set(roundId, { name: round.name, closed: true, groups: [], questionnaire: round.questionnaire.version, seen: new Set(), decrypt: () => null });
      continue;
    }
    const doc: OwnRoundDocument = { ...stored, round };
    let decrypt: ResponseDecryptor | null = null;
    targets.set(roundId, {
      name: doc.round.name,
      closed: doc.round.closedAt !== null,
      groups: doc.round.groups,
      questionnaire: doc.round.questionnaire.version,
      seen: new Set(doc.round.responses.map((r) => r.responseId)),
      // The key is revealed only when a file for this round arrives.
      decrypt: (file) => (decrypt ??= decryptorOf(doc))(file),
    });
  }
  return targets;
}

type Verdict = Omit<FileOutcome, 'name'>;

/** Stores the answers in the round's queue, judged against the round as it is now. */
function commit(
  ws: Workspace,
  profileId: string,
  roundId: string,
  answers: readonly ResponsePayload[],
  touched: Map<string, RoundDocument>,
): Promise<Verdict[]> {
  // The round is only read here; the new version is built beside it, so it need not be copied first.
  return ws.round(profileId, roundId).transactWithoutCopy((doc, tx) => {
    if (!doc) return answers.map((): Verdict => ({ outcome: 'refused', reason: 'unknown-round', round: null }));
    const round: RoundRef = { id: roundId, name: doc.round.name };
    const own = doc.round;
    if (own.origin === 'published' || own.closedAt !== null) return answers.map((): Verdict => ({ outcome: 'refused', reason: 'round-closed', round }));
    const seen = new Set(own.responses.map((r) => r.responseId));
    const fresh: ResponsePayload[] = [];
    const verdicts = answers.map((answer): Verdict => {
      if (seen.has(answer.responseId)) return { outcome: 'duplicate', reason: null, round };
      seen.add(answer.responseId);
      fresh.push(answer);
      return { outcome: 'accepted', reason: null, round };
    });
    if (fresh.length > 0) {
      const next: RoundDocument = { ...doc, round: { ...own, responses: [...own.responses, ...fresh] } };
      tx.save(next);
      touched.set(roundId, next);
    }
    return verdicts;
  });
}
