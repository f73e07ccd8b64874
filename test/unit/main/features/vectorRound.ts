/** A round carrying the spec vectors' id and key pair, for importing the vectors through the real services. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OwnRoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { vectorRound } from '../../../fixtures/feedback';
import type { Harness } from './harness';

/**
 * Puts the spec vectors' round (id and key pair) in place of a freshly created round: its file is
 * renamed to the vectors' round id. The vectors answer questionnaire `kompas` 1, so the round asks
 * version 1 unless told otherwise. Returns the services started afresh on the folder.
 */
export async function seedVectorRound(harness: Harness, version: 1 | 2 = 1): Promise<Harness> {
  const round = await harness.call<RoundSummary>('createRound', {
    name: 'Vectoren',
    leader: '',
    groups: ['collega', 'medewerker'],
    closesOn: null,
    returnTo: 'secretariaat@example.nl',
    managerNonAnonymous: false,
    language: 'nl',
  });
  const doc = JSON.parse(readFileSync(harness.roundPath(round.id), 'utf8')) as OwnRoundDocument;
  const vector = vectorRound();
  const seeded = {
    ...doc,
    round: {
      ...doc.round,
      id: vector.roundId,
      questionnaire: { id: 'kompas', version },
      publicKey: vector.publicKey,
      privateKey: { scheme: 'plain', data: JSON.stringify(vector.privateKey) },
    },
  };
  rmSync(harness.roundPath(round.id));
  rmSync(join(harness.dir, 'profiles', harness.profileId, 'rounds', 'backups', round.id), { recursive: true, force: true });
  writeFileSync(harness.roundPath(vector.roundId), JSON.stringify(seeded));
  return harness.reopen();
}
