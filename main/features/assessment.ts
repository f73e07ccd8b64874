/** Meetmomenten and the draft of the next one. */
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '@shared/contract/api';
import { sortNewestFirst } from '@shared/features/assessment/latest';
import { DRAFT_SCHEMA_VERSION, type Assessment, type ProfileDocument } from '@shared/features/assessment/schemas';
import { ApiError } from './apiError';
import { requireProfile, type FeatureContext } from './context';
import { forgetMeetmomentInRounds } from './feedbackComparison';

type AssessmentHandlers = Pick<
  ApiHandlers,
  'listAssessments' | 'getAssessment' | 'getDraft' | 'saveDraft' | 'discardDraft' | 'createAssessment' | 'deleteAssessment'
>;

function findAssessment(profile: ProfileDocument, id: string): Assessment {
  const found = profile.assessments.find((a) => a.id === id);
  if (!found) throw new ApiError('assessment-not-found');
  return found;
}

function trimReflections(reflections: Assessment['reflections']): Assessment['reflections'] {
  return Object.fromEntries(
    Object.entries(reflections)
      .map(([k, v]) => [k, (v ?? '').trim()] as const)
      .filter(([, v]) => v.length > 0),
  );
}

export function createAssessmentHandlers({ ws, clock }: FeatureContext): AssessmentHandlers {
  function clearDraft(profileId: string): Promise<void> {
    return ws.draft(profileId).transact((current, tx) => {
      if (current?.draft) tx.save({ schemaVersion: DRAFT_SCHEMA_VERSION, profileId, updatedAt: clock.now().toISOString(), draft: null });
    });
  }

  /** A change of the profile document, in its queue; the profile must exist. */
  function changeProfile<R>(profileId: string, change: (profile: ProfileDocument, save: (next: ProfileDocument) => void, forget: (text: string) => void) => R): Promise<R> {
    return ws.profile(profileId).transact((current, tx) => {
      if (!current) throw new ApiError('profile-not-found');
      return change(current, (next) => tx.save(next), (text) => tx.forget(text));
    });
  }

  return {
    listAssessments: async ({ profileId }) => sortNewestFirst(requireProfile(ws, profileId).assessments),
    getAssessment: async ({ profileId, id }) => findAssessment(requireProfile(ws, profileId), id),
    getDraft: async ({ profileId }) => {
      requireProfile(ws, profileId);
      const doc = ws.draft(profileId).read();
      return doc?.draft ? { updatedAt: doc.updatedAt, draft: doc.draft } : null;
    },
    saveDraft: async ({ profileId, draft }) => {
      requireProfile(ws, profileId);
      const updatedAt = clock.now().toISOString();
      await ws.draft(profileId).transact((_, tx) => tx.save({ schemaVersion: DRAFT_SCHEMA_VERSION, profileId, updatedAt, draft }));
      return { updatedAt };
    },
    discardDraft: async ({ profileId }) => {
      requireProfile(ws, profileId);
      await clearDraft(profileId);
      return { ok: true };
    },
    createAssessment: async ({ profileId, ...input }) => {
      if (input.date > clock.today()) throw new ApiError('assessment-date-in-future');
      const assessment: Assessment = {
        id: randomUUID(),
        date: input.date,
        createdAt: clock.now().toISOString(),
        questionnaire: input.questionnaire,
        answers: input.answers,
        targets: input.targets,
        reflections: trimReflections(input.reflections),
      };
      await changeProfile(profileId, (profile, save) => save({ ...profile, assessments: [...profile.assessments, assessment] }));
      // The meetmoment is saved: that is the answer, whatever happens to the draft now. A draft that
      // cannot be cleared (disk full, newer version) stays and is reported by its own operations.
      await clearDraft(profileId).catch(() => undefined);
      return assessment;
    },
    deleteAssessment: async ({ profileId, id }) => {
      const profile = requireProfile(ws, profileId);
      const meetmoment = findAssessment(profile, id);
      // The rounds that compare with it lose its figures first: a crash before the meetmoment itself
      // is deleted leaves a report without self column, never a copy of a deleted meetmoment.
      await forgetMeetmomentInRounds(ws, profile, meetmoment, clock.timeZone());
      await changeProfile(profileId, (current, save, forget) => {
        findAssessment(current, id);
        // Gone means gone: no backup or leftover copy keeps it (first, so a crash cannot leave it there).
        forget(id);
        save({ ...current, assessments: current.assessments.filter((a) => a.id !== id) });
      });
      // A round closed meanwhile may have fixed it just before it was deleted: once more, now that no
      // later close can see it.
      await forgetMeetmomentInRounds(ws, profile, meetmoment, clock.timeZone());
      return { ok: true };
    },
  };
}
