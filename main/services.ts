/** The app's use cases behind the API contract: one handler per operation. */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { ApiHandlers, AppState } from '@shared/contract/api';
import { localIsoDate } from '@shared/kernel/dates';
import type { Assessment, ProfileDocument, SettingsDocument } from '@shared/features/assessment/schemas';
import { ApiError } from './features/apiError';
import type { StoreFactory } from './platform/backend';
import { Documents } from './storage/documents';
import { createFeedbackHandlers } from './features/feedback';
import { createHistoryHandlers } from './features/history';
import { createPlanHandlers } from './features/plan';
import { IssueLog } from './storage/issues';
import { plainKeyVault, type KeyVault } from './platform/keyVault';

export interface ServicesOptions {
  readonly dataDir: string;
  readonly openStore: StoreFactory;
  readonly now?: () => Date;
  /** How round private keys are kept at rest (default: as is, for browser mode and tests). */
  readonly keyVault?: KeyVault;
  /** The built respondent form; default: out/respond/index.html of this checkout. */
  readonly respondFormPath?: string;
  /** The user's IANA time zone for due dates (default: the machine's). */
  readonly timeZone?: () => string;
}

const DEFAULT_RESPOND_FORM = resolve(import.meta.dirname, '../out/respond/index.html');

export function createServices(options: ServicesOptions): ApiHandlers {
  const now = options.now ?? (() => new Date());
  const issues = new IssueLog(now);
  const docs = new Documents({ dataDir: options.dataDir, openStore: options.openStore, now, onIssue: issues.report });

  function settings(): SettingsDocument {
    return docs.settings.read() ?? { schemaVersion: 1, language: 'nl', activeProfileId: null };
  }

  /** The profile the app works with; created on first use. */
  function activeProfile(): ProfileDocument {
    const current = settings();
    const id = current.activeProfileId ?? randomUUID();
    const existing = docs.profile(id).read();
    if (existing) return existing;
    const profile: ProfileDocument = {
      schemaVersion: 1,
      id,
      name: '',
      createdAt: now().toISOString(),
      assessments: [],
    };
    // Settings first: if they cannot be written (e.g. made by a newer app version), no stray profile file is left.
    if (current.activeProfileId !== id) docs.settings.write({ ...current, activeProfileId: id });
    docs.profile(id).write(profile);
    return profile;
  }

  function appState(): AppState {
    const profile = activeProfile();
    return {
      language: settings().language,
      profile: { id: profile.id, name: profile.name },
      storageIssues: issues.list(),
    };
  }

  function findAssessment(profile: ProfileDocument, id: string): Assessment {
    const found = profile.assessments.find((a) => a.id === id);
    if (!found) throw new ApiError('not-found', 'Dit meetmoment bestaat niet (meer).');
    return found;
  }

  const feedback = createFeedbackHandlers({
    activeProfile,
    feedbackFile: (profileId) => docs.feedback(profileId),
    keyVault: options.keyVault ?? plainKeyVault,
    respondFormPath: options.respondFormPath ?? DEFAULT_RESPOND_FORM,
    now,
  });

  const plan = createPlanHandlers({
    activeProfile,
    planFile: (profileId) => docs.plan(profileId),
    now,
    timeZone: options.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone),
  });
  const history = createHistoryHandlers({ activeProfile, feedbackFile: (profileId) => docs.feedback(profileId) });

  return {
    ...feedback,
    ...plan,
    ...history,
    getAppState: async () => appState(),
    setLanguage: async ({ language }) => {
      activeProfile();
      docs.settings.write({ ...settings(), language });
      return appState();
    },
    dismissStorageIssue: async ({ id }) => {
      issues.dismiss(id);
      return { ok: true };
    },
    listAssessments: async () => sortNewestFirst(activeProfile().assessments),
    getAssessment: async ({ id }) => findAssessment(activeProfile(), id),
    getDraft: async () => {
      const doc = docs.draft(activeProfile().id).read();
      return doc?.draft ? { updatedAt: doc.updatedAt, draft: doc.draft } : null;
    },
    saveDraft: async (draft) => {
      const profile = activeProfile();
      const updatedAt = now().toISOString();
      docs.draft(profile.id).write({ schemaVersion: 1, profileId: profile.id, updatedAt, draft });
      return { updatedAt };
    },
    discardDraft: async () => {
      clearDraft(activeProfile().id);
      return { ok: true };
    },
    createAssessment: async (input) => {
      if (input.date > localIsoDate(now())) {
        throw new ApiError('invalid-input', 'De datum van het meetmoment ligt in de toekomst. Er is niets opgeslagen.', [
          'Kies vandaag of een eerdere datum.',
        ]);
      }
      const profile = activeProfile();
      const assessment: Assessment = {
        id: randomUUID(),
        date: input.date,
        createdAt: now().toISOString(),
        questionnaire: { id: 'kompas', version: 1 },
        answers: input.answers,
        targets: input.targets,
        reflections: trimReflections(input.reflections),
      };
      docs.profile(profile.id).write({ ...profile, assessments: [...profile.assessments, assessment] });
      clearDraft(profile.id);
      return assessment;
    },
    deleteAssessment: async ({ id }) => {
      const profile = activeProfile();
      findAssessment(profile, id);
      docs.profile(profile.id).write({ ...profile, assessments: profile.assessments.filter((a) => a.id !== id) });
      return { ok: true };
    },
  };

  function clearDraft(profileId: string): void {
    const file = docs.draft(profileId);
    if (file.read()?.draft) file.write({ schemaVersion: 1, profileId, updatedAt: now().toISOString(), draft: null });
  }
}

function sortNewestFirst(list: readonly Assessment[]): Assessment[] {
  return [...list].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

function trimReflections(reflections: Assessment['reflections']): Assessment['reflections'] {
  return Object.fromEntries(
    Object.entries(reflections)
      .map(([k, v]) => [k, (v ?? '').trim()] as const)
      .filter(([, v]) => v.length > 0),
  );
}
