/** 360° rounds through the real contract, services, storage and crypto (no mocks). */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '@shared/contract/api';
import { INVITATION_PLACEHOLDER } from '@shared/features/exchange/invitation';
import { invitationSchema } from '@shared/features/exchange/formats';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';
import { createServices } from '@main/services';
import { confStoreFactory } from '@main/platform/confStore';
import { payload, responseFileText, vectorFiles, vectorRound } from '../../../fixtures/feedback';

let dir: string;
let formPath: string;

function dispatcher(): Dispatch {
  return createDispatcher(createServices({ dataDir: dir, openStore: confStoreFactory, respondFormPath: formPath }), () => undefined);
}

async function call<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

function feedbackFilePath(): string {
  const folder = join(dir, 'feedback');
  const [file] = readdirSync(folder).filter((f) => f.endsWith('.json'));
  return join(folder, file!);
}

/** Puts the spec vectors' round (id and key pair) in place of a freshly created round. */
async function seedVectorRound(dispatch: Dispatch): Promise<void> {
  const round = await call<RoundSummary>(dispatch, 'createRound', {
    name: 'Vectoren',
    leader: '',
    groups: ['collega', 'medewerker'],
    closesOn: null,
    managerNonAnonymous: false,
    language: 'nl',
  });
  const path = feedbackFilePath();
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { rounds: Record<string, unknown>[] };
  const vector = vectorRound();
  doc.rounds = doc.rounds.map((r) =>
    r.id === round.id
      ? { ...r, id: vector.roundId, publicKey: vector.publicKey, privateKey: { scheme: 'plain', data: JSON.stringify(vector.privateKey) } }
      : r,
  );
  writeFileSync(path, JSON.stringify(doc));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kompas-feedback-'));
  mkdirSync(join(dir, 'form'));
  formPath = join(dir, 'form', 'index.html');
  writeFileSync(formPath, `<!doctype html><html><head>${INVITATION_PLACEHOLDER}</head><body></body></html>`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('importing the spec vectors', () => {
  it('accepts the valid ones, counts the duplicate once and refuses the rest with the right reason', async () => {
    await seedVectorRound(dispatcher());
    const dispatch = dispatcher();
    const summary = await call<ImportSummary>(dispatch, 'importResponses', { files: vectorFiles() });
    const byName = Object.fromEntries(summary.outcomes.map((o) => [o.name, [o.outcome, o.reason]]));
    expect(byName).toEqual({
      'duplicate-of-valid-collega-1.json': ['duplicate', null],
      'refused-extra-field.json': ['refused', 'invalid-payload'],
      'refused-not-json.json': ['refused', 'not-json'],
      'refused-other-leader.json': ['refused', 'not-decryptable'],
      'refused-out-of-range.json': ['refused', 'invalid-payload'],
      'refused-tampered.json': ['refused', 'not-decryptable'],
      'refused-unknown-round.json': ['refused', 'unknown-round'],
      'valid-collega-1.json': ['accepted', null],
      'valid-collega-2.json': ['accepted', null],
      'valid-medewerker-1.json': ['accepted', null],
    });
    expect([summary.accepted, summary.duplicates, summary.refused]).toEqual([3, 1, 6]);
    expect(summary.rounds[0]?.counts).toEqual({ leidinggevende: 0, collega: 2, medewerker: 1, extern: 0 });
  });

  it('stores the valid answers in one write, and a second import of the same files changes nothing', async () => {
    await seedVectorRound(dispatcher());
    const dispatch = dispatcher();
    const backups = () => readdirSync(join(dir, 'feedback', 'backups'), { recursive: true }).length;
    const before = backups();
    await call(dispatch, 'importResponses', { files: vectorFiles() });
    expect(backups()).toBe(before + 1);
    const stored = readFileSync(feedbackFilePath(), 'utf8');
    const again = await call<ImportSummary>(dispatch, 'importResponses', { files: vectorFiles() });
    expect(again.accepted).toBe(0);
    expect(again.duplicates).toBe(4);
    expect(readFileSync(feedbackFilePath(), 'utf8')).toBe(stored);
    // After a restart the same files are still recognised as duplicates.
    const restarted = await call<ImportSummary>(dispatcher(), 'importResponses', { files: vectorFiles() });
    expect(restarted.duplicates).toBe(4);
  });

  it('refuses files that are too large, of another format or version, and for a closed round', async () => {
    await seedVectorRound(dispatcher());
    const dispatch = dispatcher();
    const valid = vectorFiles().find((f) => f.name === 'valid-collega-1.json')!;
    const raw = JSON.parse(valid.content) as Record<string, unknown>;
    const files = [
      { name: 'groot.json', size: 300 * 1024, content: null },
      { name: 'profiel.json', size: 40, content: JSON.stringify({ format: 'ambtelijk-kompas/profiel', version: 1 }) },
      { name: 'v2.json', size: 40, content: JSON.stringify({ ...raw, version: 2 }) },
      { name: 'lijst.json', size: 2, content: '[]' },
    ];
    const summary = await call<ImportSummary>(dispatch, 'importResponses', { files });
    expect(summary.outcomes.map((o) => o.reason)).toEqual(['too-large', 'wrong-format', 'unknown-version', 'wrong-format']);
    const rounds = await call<RoundSummary[]>(dispatch, 'listRounds', {});
    await call(dispatch, 'closeRound', { id: rounds[0]!.id });
    const closed = await call<ImportSummary>(dispatch, 'importResponses', { files: [valid] });
    expect(closed.outcomes[0]).toEqual({ name: 'valid-collega-1.json', outcome: 'refused', reason: 'round-closed' });
  });
});

describe('a round from invitation to report', () => {
  it('writes an invitation that carries the round key, imports answers made with it, and reports only after closing', async () => {
    const dispatch = dispatcher();
    const round = await call<RoundSummary>(dispatch, 'createRound', {
      name: 'Najaar 2026',
      leader: 'Anne de Vries',
      groups: ['collega', 'medewerker'],
      closesOn: '2026-12-15',
      managerNonAnonymous: false,
      language: 'nl',
    });
    const invitationFile = await call<{ fileName: string; html: string; mailBody: string }>(dispatch, 'getInvitation', {
      id: round.id,
      group: 'collega',
    });
    expect(invitationFile.fileName).toBe('kompas-uitnodiging-collegas.html');
    expect(invitationFile.mailBody).toContain('Anne de Vries');
    expect(invitationFile.mailBody).toContain('15 december 2026');
    const json = /<script type="application\/json" id="kompas-uitnodiging">(.*?)<\/script>/.exec(invitationFile.html)?.[1];
    const invitation = invitationSchema.parse(JSON.parse(json!));
    expect(invitation).toMatchObject({ roundId: round.id, raterGroup: 'collega', anonymous: true, language: 'nl' });
    expect(invitation.questionnaire.items).toHaveLength(20);

    const files = await Promise.all(
      [payload('collega', 1), payload('collega', 2), payload('collega', 3), payload('medewerker', 4)].map(async (p, i) => {
        const content = await responseFileText(p, round.id, invitation.publicKey);
        return { name: `antwoord-${i}.json`, size: content.length, content };
      }),
    );
    const summary = await call<ImportSummary>(dispatch, 'importResponses', { files });
    expect(summary.accepted).toBe(4);

    const open = await dispatch('getReport', { id: round.id });
    expect(open.ok).toBe(false);
    if (!open.ok) expect(open.error).toMatchObject({ code: 'round-open', params: { round: round.name } });

    await call(dispatch, 'closeRound', { id: round.id });
    const report = await call<{ report: { counts: Record<string, number> } }>(dispatch, 'getReport', { id: round.id });
    expect(report.report.counts).toMatchObject({ collega: 3, medewerker: 1 });

    const minimised = await call<RoundSummary>(dispatch, 'deleteRawResponses', { id: round.id });
    expect(minimised.rawDeleted).toBe(true);
    expect(minimised.counts).toMatchObject({ collega: 3, medewerker: 1 });
    const stored = readFileSync(feedbackFilePath(), 'utf8');
    expect(stored).not.toContain(files[0]!.name);
    expect(JSON.parse(stored).rounds[0].responses).toEqual([]);
    const backupTexts = readdirSync(join(dir, 'feedback', 'backups'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'));
    expect(backupTexts.every((text) => !text.includes('00000000-0000-4000-8000-000000000002'))).toBe(true);
    const after = await call<{ report: unknown }>(dispatch, 'getReport', { id: round.id });
    expect(after.report).toEqual(report.report);
  });

  it('refuses a round without groups, a non-anonymous manager without that group, and unknown ids, storing nothing', async () => {
    const dispatch = dispatcher();
    const bad = [
      { name: 'X', leader: '', groups: [], closesOn: null, managerNonAnonymous: false, language: 'nl' },
      { name: 'X', leader: '', groups: ['collega'], closesOn: null, managerNonAnonymous: true, language: 'nl' },
      { name: '   ', leader: '', groups: ['collega'], closesOn: null, managerNonAnonymous: false, language: 'nl' },
      { name: 'X', leader: '', groups: ['collega', 'collega'], closesOn: '2026-02-30', managerNonAnonymous: false, language: 'nl' },
    ];
    for (const input of bad) {
      const result = await dispatch('createRound', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-input');
    }
    expect(await call<RoundSummary[]>(dispatch, 'listRounds', {})).toEqual([]);
    const missing = await dispatch('closeRound', { id: '0f8fad5b-d9cb-469f-a165-70867728950e' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not-found');
  });
});
