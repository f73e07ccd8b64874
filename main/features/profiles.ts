/** Profiles in the workspace, and the app state that names the active one. */
import { randomUUID } from 'node:crypto';
import type { ApiHandlers, AppState, ProfileSummary } from '@shared/contract/api';
import { latestAssessment } from '@shared/features/assessment/latest';
import { PROFILE_SCHEMA_VERSION, SETTINGS_SCHEMA_VERSION, type ProfileDocument, type SettingsDocument } from '@shared/features/assessment/schemas';
import { coachModeOffRefusal, coachModeOn } from '@shared/features/settings/coachMode';
import { ApiError } from './apiError';
import { requireProfile, type FeatureContext } from './context';

type ProfileHandlers = Pick<
  ApiHandlers,
  'getAppState' | 'setLanguage' | 'setActiveProfile' | 'setCoachMode' | 'dismissStorageIssue' | 'listProfiles' | 'createProfile' | 'renameProfile' | 'deleteProfile'
>;

export function summarizeProfile(profile: ProfileDocument): ProfileSummary {
  return {
    id: profile.id,
    name: profile.name,
    createdAt: profile.createdAt,
    assessmentCount: profile.assessments.length,
    latestAssessment: latestAssessment(profile.assessments)?.date ?? null,
  };
}

export function createProfileHandlers({ ws, clock, issues }: FeatureContext): ProfileHandlers {
  const DEFAULTS: SettingsDocument = { schemaVersion: SETTINGS_SCHEMA_VERSION, language: 'nl', activeProfileId: null, coachMode: false };

  /** The settings; the defaults when there are none or a newer app version wrote them (then read-only). */
  function settings(): SettingsDocument {
    const stored = ws.settings.peek();
    return stored && stored !== 'newer' ? stored : DEFAULTS;
  }

  async function createProfile(id: string, name: string): Promise<ProfileDocument> {
    const profile: ProfileDocument = { schemaVersion: PROFILE_SCHEMA_VERSION, id, name, createdAt: clock.now().toISOString(), assessments: [] };
    return ws.profile(id).transact((current, tx) => {
      if (current) return current;
      tx.save(profile);
      return profile;
    });
  }

  /** The profiles that can be read (one made by a newer app version is reported, not listed). */
  function profiles(): ProfileDocument[] {
    return ws.profileIds().flatMap((id) => {
      const doc = ws.profile(id).peek();
      return doc && doc !== 'newer' ? [doc] : [];
    });
  }

  /**
   * The active profile, made sure of: the one the settings name if it is there, else the first
   * existing one (so a lost settings file never orphans a profile), else a new empty one.
   */
  function ensureActive(): Promise<string> {
    // Settings from a newer app version stay untouched: the choice is made for this session only.
    if (ws.settings.peek() === 'newer') return chooseActive(DEFAULTS, null);
    // In the settings' queue, so two first calls cannot each make a profile.
    return ws.settings.transact((stored, tx) => chooseActive(stored ?? DEFAULTS, (next) => tx.save(next)));
  }

  async function chooseActive(current: SettingsDocument, save: ((next: SettingsDocument) => void) | null): Promise<string> {
    const ids = ws.profileIds();
    let id = current.activeProfileId !== null && ids.includes(current.activeProfileId) ? current.activeProfileId : null;
    id ??= profiles().sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]?.id ?? ids[0] ?? null;
    if (id === null) id = (await createProfile(randomUUID(), '')).id;
    else if (ws.profile(id).peek() === null) await createProfile(id, ''); // a folder without a readable profile
    if (current.activeProfileId !== id) save?.({ ...current, activeProfileId: id });
    return id;
  }

  /** A change of the settings in their queue, against the settings as they are then (none is lost). */
  function changeSettings(edit: (current: SettingsDocument) => SettingsDocument): Promise<void> {
    return ws.settings.transact((stored, tx) => tx.save(edit(stored ?? DEFAULTS)));
  }

  /**
   * Reads the profile's documents once (each is cached after), so a damaged or too-new one is in
   * the storage notices of the first app state, not only once its screen is opened. Best effort:
   * the document's own operations report what goes wrong with it.
   */
  function checkDocuments(profileId: string): void {
    try {
      ws.draft(profileId).peek();
      ws.plan(profileId).peek();
      for (const roundId of ws.roundIds(profileId)) ws.round(profileId, roundId).peek();
    } catch {
      /* reported by the operation that needs the document */
    }
  }

  async function appState(): Promise<AppState> {
    const activeProfileId = await ensureActive();
    checkDocuments(activeProfileId);
    const all = profiles();
    return {
      language: settings().language,
      activeProfileId,
      coachMode: coachModeOn(settings().coachMode, all.length),
      profiles: all.map(summarizeProfile),
      storageIssues: issues.list(),
    };
  }

  return {
    getAppState: () => appState(),
    setLanguage: async ({ language }) => {
      await changeSettings((current) => ({ ...current, language }));
      return appState();
    },
    setActiveProfile: async ({ profileId }) => {
      requireProfile(ws, profileId);
      await changeSettings((current) => ({ ...current, activeProfileId: profileId }));
      return appState();
    },
    setCoachMode: async ({ on }) => {
      await ws.settings.transact((stored, tx) => {
        // Counted in the settings' queue; a coachee added meanwhile waits for it.
        const refusal = on ? null : coachModeOffRefusal(ws.profileIds().length);
        if (refusal !== null) throw new ApiError('coach-mode-profiles', { count: refusal });
        tx.save({ ...(stored ?? DEFAULTS), coachMode: on });
      });
      return appState();
    },
    dismissStorageIssue: async ({ id }) => {
      issues.dismiss(id);
      return { ok: true };
    },
    listProfiles: async () => profiles().map(summarizeProfile),
    createProfile: async ({ name }) => {
      // Adding a coachee switches coach mode on (first, so a failure leaves no coachee unnamed in the header).
      // Settings of a newer app version stay untouched; two profiles keep coach mode on anyway.
      if (ws.settings.peek() !== 'newer') await changeSettings((current) => ({ ...current, coachMode: true }));
      return summarizeProfile(await createProfile(randomUUID(), name));
    },
    renameProfile: async ({ profileId, name }) => {
      requireProfile(ws, profileId);
      const renamed = await ws.profile(profileId).transact((current, tx) => {
        if (!current) throw new ApiError('profile-not-found');
        const next = { ...current, name };
        tx.save(next);
        return next;
      });
      return summarizeProfile(renamed);
    },
    deleteProfile: async ({ profileId }) => {
      requireProfile(ws, profileId);
      // Settings from a newer app version cannot be changed: refuse before anything is deleted.
      if (ws.settings.peek() === 'newer') throw new ApiError('storage-newer-version', { document: 'settings' });
      await ws.deleteProfile(profileId);
      issues.forgetProfile(profileId);
      await ws.settings.transact((stored, tx) => {
        if (stored?.activeProfileId === profileId) tx.save({ ...stored, activeProfileId: null });
        // Gone means gone: no settings backup or leftover copy names it either.
        tx.forget(profileId);
      });
      return { ok: true };
    },
  };
}
