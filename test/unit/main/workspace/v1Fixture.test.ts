/**
 * A user of app 0.1 starts the new app on their data folder and finds everything. The fixture
 * test/fixtures/data-v1/ was made by the landed v1 app (commit 44dd51b) through its UI; its
 * expected.json holds what that app showed. Real services, real files.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState, History } from '@shared/contract/api';
import type { Assessment } from '@shared/features/assessment/schemas';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { confStoreFactory } from '@main/platform/confStore';
import { createServices } from '@main/services';
import { createDispatcher, type Dispatch } from '@main/transport/dispatch';

const FIXTURE = resolve(import.meta.dirname, '../../../fixtures/data-v1');
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as {
  settings: { activeProfileId: string; language: string };
  profile: { id: string; name: string; createdAt: string };
  assessments: (Assessment & { needleScores: unknown })[];
  draft: Record<string, unknown> & { updatedAt: string };
  plan: Record<string, unknown> & { updatedAt: string };
  rounds: (RoundSummary & { status: string; published: unknown; responses: unknown[]; report: { model?: unknown } })[];
  history: History;
};
const PROFILE = expected.profile.id;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kompas-v1-'));
  cpSync(FIXTURE, dir, { recursive: true, filter: (src) => !/(README\.md|expected\.json)$/.test(src) });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function open(): Dispatch {
  // The fixture was made in UTC; history dates of rounds are calendar dates in the user's zone.
  return createDispatcher(createServices({ dataDir: dir, openStore: confStoreFactory, timeZone: () => 'UTC' }), () => undefined);
}

async function call<T>(dispatch: Dispatch, name: string, input: Record<string, unknown>): Promise<T> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const v1 = (path: string): unknown => JSON.parse(readFileSync(join(FIXTURE, path), 'utf8'));
const now = (path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));

describe('a v1 data folder opened by this version', () => {
  it('finds the profile, both meetmomenten, the draft, the plan, both rounds, the report and the history', async () => {
    const dispatch = open();
    const state = await call<AppState>(dispatch, 'getAppState', {});
    expect(state.activeProfileId).toBe(PROFILE);
    expect(state.language).toBe('nl');
    expect(state.storageIssues).toEqual([]);
    expect(state.profiles).toEqual([
      { id: PROFILE, name: '', createdAt: expected.profile.createdAt, assessmentCount: 2, latestAssessment: '2026-09-24' },
    ]);

    const scope = { profileId: PROFILE };
    const assessments = await call<Assessment[]>(dispatch, 'listAssessments', scope);
    const strip = ({ needleScores: _, ...a }: Assessment & { needleScores: unknown }) => a;
    expect(assessments).toEqual(expected.assessments.map(strip).sort((a, b) => b.date.localeCompare(a.date)));

    const draft = await call<{ updatedAt: string; draft: unknown }>(dispatch, 'getDraft', scope);
    const { updatedAt: draftUpdatedAt, ...draftContent } = expected.draft;
    // Begun with the v1 app, so it is finished with questionnaire 1.
    expect(draft).toEqual({ updatedAt: draftUpdatedAt, draft: { questionnaire: { id: 'kompas', version: 1 }, ...draftContent } });

    const planView: Record<string, unknown> = { ...expected.plan };
    delete planView.updatedAt;
    expect(await call(dispatch, 'getPlan', scope)).toEqual(planView);

    const rounds = await call<RoundSummary[]>(dispatch, 'listRounds', scope);
    // The v1 app had no rater group "bestuurlijk": its counts gain that group at 0; its rounds asked questionnaire 1.
    const summary = ({ status: _s, published: _p, responses: _r, report: _rep, ...r }: (typeof expected.rounds)[number]) => ({
      ...r,
      questionnaire: { id: 'kompas', version: 1 },
      // Made before `returnTo` and a fixed meetmoment existed: both null.
      returnTo: null,
      comparedWith: null,
      counts: { ...r.counts, bestuurlijk: 0 },
      // Every round of that app was the leader's own; only a coach's round has a closing day of its own.
      origin: 'own',
      heldByCoach: false,
      closedOn: null,
    });
    expect([...rounds].sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.rounds.map(summary).sort((a, b) => a.id.localeCompare(b.id)));

    const closed = expected.rounds.find((r) => r.status === 'closed')!;
    const report = await call<{ report: unknown }>(dispatch, 'getReport', { ...scope, id: closed.id });
    const model = closed.report.model as { counts: Record<string, number>; self: Record<string, unknown>; pooledGroups?: unknown };
    delete model.pooledGroups; // replaced by groupPlacements in report model 2
    // New in this version: the self figures name their questionnaire (v1), and "anderen" (6 here) gets
    // per item the number who chose "kan ik niet beoordelen" (a bound "at least n − 2" where 1–2 answered).
    const answers = (closed.responses as { answers: Record<string, number | null> }[]).map((r) => r.answers);
    const cannotJudge = Object.fromEntries(
      Object.keys(answers[0]!).map((item) => {
        const nulls = answers.filter((a) => a[item] === null).length;
        const answered = answers.length - nulls;
        return [item, answered > 0 && answered < 3 ? { count: answers.length - 2, atLeast: true } : { count: nulls, atLeast: false }];
      }),
    );
    // Report model 2 ("alle anderen" first): the same sets here (3 + 3), each group's placement, and the
    // meetmoment compared with (the latest, of 24 September 2026).
    const latest = expected.assessments.find((a) => a.date === '2026-09-24')!;
    expect(report.report).toEqual({
      ...model,
      version: 2,
      setRules: 2,
      groupPlacements: [
        { group: 'collega', placement: 'separate' },
        { group: 'medewerker', placement: 'separate' },
      ],
      counts: { ...model.counts, bestuurlijk: 0 },
      self: { questionnaire: { id: 'kompas', version: 1 }, takenOn: latest.date, assessmentId: latest.id, ...model.self },
      cannotJudge,
    });
    // History now says which questionnaire each meetmoment used (the v1 app had only one: 1).
    expect(await call(dispatch, 'getHistory', scope)).toEqual({
      ...expected.history,
      assessments: expected.history.assessments.map((a) => ({ ...a, questionnaireVersion: 1 })),
    });
  });

  it('keeps every value byte for byte in the new layout, and the old files as copies', async () => {
    const dispatch = open();
    await call(dispatch, 'getAppState', {});
    await call(dispatch, 'listRounds', { profileId: PROFILE });
    const base = join('profiles', PROFILE);
    expect(now(join(base, 'profile.json'))).toEqual(v1(`profiles/${PROFILE}.json`));
    expect(now(join(base, 'plan.json'))).toEqual(v1(`plans/${PROFILE}.json`));
    const v1Draft = v1(`drafts/${PROFILE}.json`) as { draft: Record<string, unknown> };
    expect(now(join(base, 'draft.json'))).toEqual({ ...v1Draft, schemaVersion: 2, draft: { questionnaire: { id: 'kompas', version: 1 }, ...v1Draft.draft } });
    // The settings are upgraded to version 2 (coach mode off); the v1 file is kept beside their backups.
    expect(now('settings.json')).toEqual({ ...(v1('settings.json') as object), schemaVersion: 2, coachMode: false });
    const settingsCopies = readdirSync(join(dir, 'backups', 'settings')).filter((f) => f.startsWith('pre-upgrade-v1-'));
    expect(settingsCopies).toHaveLength(1);
    expect(readFileSync(join(dir, 'backups', 'settings', settingsCopies[0]!), 'utf8')).toBe(readFileSync(join(FIXTURE, 'settings.json'), 'utf8'));

    // Each round of the v1 feedback document is its own document now, upgraded to version 4 (it asked questionnaire 1).
    const feedback = v1(`feedback/${PROFILE}.json`) as { rounds: { id: string }[] };
    for (const round of feedback.rounds) {
      const doc = now(join(base, 'rounds', `${round.id}.json`)) as { schemaVersion: number; profileId: string; round: unknown };
      expect(doc).toEqual({ schemaVersion: 6, profileId: PROFILE, round: { origin: 'own', heldByCoach: false, ...round, questionnaire: { id: 'kompas', version: 1 }, returnTo: null, comparedWith: null } });
      // The file as it was before the upgrade is kept beside the backups.
      const backups = readdirSync(join(dir, base, 'rounds', 'backups', round.id));
      const kept = backups.filter((f) => f.startsWith('pre-upgrade-v1-'));
      expect(kept).toHaveLength(1);
      expect(now(join(base, 'rounds', 'backups', round.id, kept[0]!))).toEqual({ schemaVersion: 1, profileId: PROFILE, rounds: [round] });
    }

    // The v1 backups moved along (the feedback ones split per round), and the v1 folders are gone.
    expect(readdirSync(join(dir, base, 'backups', 'profile')).sort()).toEqual(readdirSync(join(FIXTURE, 'profiles/backups', PROFILE)).sort());
    expect(readdirSync(join(dir, base, 'backups', 'plan')).sort()).toEqual(readdirSync(join(FIXTURE, 'plans/backups', PROFILE)).sort());
    for (const gone of ['plans', 'drafts', 'feedback', `profiles/${PROFILE}.json`, 'profiles/backups']) {
      expect(existsSync(join(dir, gone)), gone).toBe(false);
    }
  });

  it('makes the folder private: folders 0700, files 0600', async () => {
    await call(open(), 'getAppState', {});
    const walk = (d: string): void => {
      expect(statSync(d).mode & 0o777, d).toBe(0o700);
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const path = join(d, entry.name);
        if (entry.isDirectory()) walk(path);
        else expect(statSync(path).mode & 0o777, path).toBe(0o600);
      }
    };
    walk(dir);
  });

  it('opens the upgraded folder again without changing anything', async () => {
    const first = open();
    await call(first, 'getAppState', {});
    await call(first, 'listRounds', { profileId: PROFILE });
    const snapshot = (d: string): Record<string, string> => {
      const files: Record<string, string> = {};
      const walk = (sub: string) => {
        for (const entry of readdirSync(join(d, sub), { withFileTypes: true })) {
          const rel = join(sub, entry.name);
          if (entry.isDirectory()) walk(rel);
          else files[rel] = readFileSync(join(d, rel), 'utf8');
        }
      };
      walk('');
      return files;
    };
    const before = snapshot(dir);
    const second = open();
    await call(second, 'getAppState', {});
    await call(second, 'listRounds', { profileId: PROFILE });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a damaged v1 feedback file: the newest good backup is put back, round by round, and the user is told', async () => {
    const path = join(dir, 'feedback', `${PROFILE}.json`);
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 3000));
    const dispatch = open();
    const state = await call<AppState>(dispatch, 'getAppState', {});
    expect(state.storageIssues).toEqual([
      expect.objectContaining({ kind: 'corrupt', document: 'round', file: `feedback/${PROFILE}.json`, restoredFrom: '2026-11-29T21:31:01.655Z' }),
    ]);
    const rounds = await call<RoundSummary[]>(dispatch, 'listRounds', { profileId: PROFILE });
    expect(rounds.map((r) => r.id).sort()).toEqual(expected.rounds.map((r) => r.id).sort());
    // The damaged file is kept aside, not lost.
    const kept = readdirSync(join(dir, 'profiles', PROFILE, 'rounds')).filter((f) => f.startsWith('feedback-v1.beschadigd-'));
    expect(kept).toHaveLength(1);
  });

  it('a tampered round id never becomes a path: nothing is written outside the data folder', async () => {
    const path = join(dir, 'feedback', `${PROFILE}.json`);
    const outside = join(tmpdir(), `kompas-escape-${process.pid}`);
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { rounds: { id: string }[] };
    doc.rounds[0]!.id = `../../../../../../../..${outside}`;
    writeFileSync(path, JSON.stringify(doc));
    const dispatch = open();
    const state = await call<AppState>(dispatch, 'getAppState', {});
    expect(existsSync(`${outside}.json`)).toBe(false);
    // Treated as a damaged file: the last good backup is put back, with a notice.
    expect(state.storageIssues).toEqual([expect.objectContaining({ kind: 'corrupt', document: 'round' })]);
    expect((await call<RoundSummary[]>(dispatch, 'listRounds', { profileId: PROFILE })).length).toBe(2);
  });
});
