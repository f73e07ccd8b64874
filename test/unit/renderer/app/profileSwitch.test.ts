/**
 * Switching the profile on screen (coach mode) against the real services: every store of the old
 * profile is empty before the new one is active, a late answer of the old profile is dropped, the
 * draft under way is saved to its own profile first, and a failed switch keeps the old profile.
 */
import { describe, expect, it } from 'vitest';
import type { KompasBridge, ProfileSummary } from '@shared/contract/api';
import { setApiBridge } from '@renderer/src/app/api/client';
import { initI18n } from '@renderer/src/app/i18n';
import { useSession } from '@renderer/src/app/session';
import { useAssessments } from '@renderer/src/features/assessment/assessmentsStore';
import { useDraft } from '@renderer/src/features/assessment/draftStore';
import { useFeedback } from '@renderer/src/features/feedback/store';
import { useHistoryStore } from '@renderer/src/features/history/store';
import { usePlan } from '@renderer/src/features/plan/store';
import { newAssessmentInput } from '../../../fixtures/assessment';
import { connectBackend, type Backend } from '../backend';

await initI18n('nl');

const ROUND = { leader: '', groups: ['collega' as const, 'medewerker' as const], closesOn: null, returnTo: 'Secretariaat', managerNonAnonymous: false, language: 'nl' as const };

/** Two profiles with their own data; the first (A) is active and every store is loaded for it. */
async function twoProfiles(): Promise<{ backend: Backend; a: string; b: string }> {
  const backend = await connectBackend();
  const a = backend.profileId;
  await backend.call('createAssessment', { ...newAssessmentInput('2026-02-10'), reflections: { I: 'Van A.' } });
  await backend.call('chooseRoute', { route: 'a', why: 'Route van A.', needles: [1] });
  await backend.call('createRound', { ...ROUND, name: 'Ronde van A' });
  const created = await backend.bridge.createProfile({ name: 'B' });
  const b = (created.ok ? created.value : ({} as ProfileSummary)).id;
  const forB = { profileId: b };
  for (const [name, input] of [
    ['createAssessment', { ...forB, ...newAssessmentInput('2026-03-05'), reflections: { I: 'Van B.' } }],
    ['chooseRoute', { ...forB, route: 'f', why: 'Route van B.', needles: [5] }],
    ['createRound', { ...forB, ...ROUND, name: 'Ronde van B' }],
  ] as const) {
    const result = await backend.bridge[name](input as never);
    expect(result.ok).toBe(true);
  }
  await useSession.getState().refresh();
  await Promise.all([
    useAssessments.getState().load(),
    useDraft.getState().load(),
    usePlan.getState().load(),
    useFeedback.getState().load(),
    useHistoryStore.getState().load(),
  ]);
  expect(usePlan.getState().plan?.routes[0]?.why).toBe('Route van A.');
  return { backend, a, b };
}

/** Everything the profile stores hold that belongs to a profile. */
function held() {
  return {
    assessments: useAssessments.getState().list,
    draft: useDraft.getState().draft,
    plan: usePlan.getState().plan,
    reminders: usePlan.getState().reminders,
    rounds: useFeedback.getState().rounds,
    history: useHistoryStore.getState().state,
  };
}

const EMPTY = { assessments: null, draft: null, plan: null, reminders: null, rounds: null, history: { status: 'loading' } };

describe('switching the profile on screen', () => {
  it('empties every store before the new profile is active, then loads what the app keeps loaded for it', async () => {
    const { a, b } = await twoProfiles();
    const seen: { id: string | undefined; stores: ReturnType<typeof held> }[] = [];
    const stop = useSession.subscribe((s, before) => {
      if (s.state?.activeProfileId !== before.state?.activeProfileId) seen.push({ id: s.state?.activeProfileId, stores: held() });
    });
    expect(await useSession.getState().switchProfile(b)).toBe(true);
    stop();
    expect(seen).toEqual([{ id: b, stores: EMPTY }]);
    expect(useSession.getState().switching).toBe(false);
    // The meetmomenten of B (the app keeps them loaded); none of A.
    await expect.poll(() => useAssessments.getState().list?.map((x) => x.reflections.I)).toEqual(['Van B.']);
    expect(a).not.toBe(b);
  });

  it('drops an answer for the old profile that arrives after the switch', async () => {
    const { backend, a, b } = await twoProfiles();
    let release: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const bridge: KompasBridge = {
      ...backend.bridge,
      getPlan: async (input) => {
        if (input.profileId === a) await holding;
        return backend.bridge.getPlan(input);
      },
    };
    setApiBridge(bridge);
    let settled = false;
    void usePlan
      .getState()
      .load()
      .finally(() => (settled = true));
    expect(await useSession.getState().switchProfile(b)).toBe(true);
    await usePlan.getState().load();
    expect(usePlan.getState().plan?.routes.map((r) => r.why)).toEqual(['Route van B.']);
    release();
    await backend.bridge.getPlan({ profileId: a }); // the held answer is out by now
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(usePlan.getState().plan?.routes.map((r) => r.why)).toEqual(['Route van B.']);
    expect(settled).toBe(false);
    // A's first load, B's load, then A's held request reaches the services, then the check above.
    expect(backend.callsOf('getPlan').map((c) => c.profileId)).toEqual([a, b, a, a]);
  });

  it('saves the draft under way to its own profile before the other is shown', async () => {
    const { backend, a, b } = await twoProfiles();
    useDraft.getState().start();
    useDraft.getState().setAnswer('1.1', 4); // saved shortly after, unless the switch comes first
    expect(await useSession.getState().switchProfile(b)).toBe(true);
    const saves = backend.callsOf('saveDraft');
    expect(saves.map((s) => s.profileId)).toEqual([a]);
    expect((await backend.bridge.getDraft({ profileId: a })).ok && (await backend.bridge.getDraft({ profileId: a }))).toMatchObject({ value: { draft: { answers: { '1.1': 4 } } } });
    await expect.poll(() => useDraft.getState().loaded).toBe(true);
    expect(useDraft.getState().draft).toBeNull();
  });

  it('a switch that fails keeps the old profile on screen, with the problem', async () => {
    const { a } = await twoProfiles();
    const unknown = '3b241101-e2bb-4255-8caf-4136c566a962';
    expect(await useSession.getState().switchProfile(unknown)).toBe(false);
    expect(useSession.getState().state?.activeProfileId).toBe(a);
    expect(useSession.getState().problem).toMatchObject({ code: 'profile-not-found' });
    await expect.poll(() => useAssessments.getState().list?.map((x) => x.reflections.I)).toEqual(['Van A.']);
  });
});

describe('reopening after the data changed under the screens (a restore)', () => {
  it('empties the stores and loads the profile again as it is now', async () => {
    const { backend, a } = await twoProfiles();
    // As a restore would: the active profile's routekaart changes without the stores knowing.
    await backend.call('updateRoute', { route: 'a', why: 'Teruggezet.', needles: [1] });
    expect(usePlan.getState().plan?.routes[0]?.why).toBe('Route van A.');
    const seen: boolean[] = [];
    const stop = useSession.subscribe((s) => seen.push(s.switching));
    await useSession.getState().reopen();
    stop();
    expect(seen[0]).toBe(true);
    expect(useSession.getState().switching).toBe(false);
    expect(held()).toMatchObject({ plan: null, rounds: null });
    await usePlan.getState().load();
    expect(usePlan.getState().plan?.routes[0]?.why).toBe('Teruggezet.');
    expect(useSession.getState().state?.activeProfileId).toBe(a);
  });
});
