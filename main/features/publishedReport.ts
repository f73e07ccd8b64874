/**
 * A round held by a coach (spec §7): the coach's app hands over a closed round's report as a file
 * (`exportPublishedReport`), and the leader's app imports it as a closed round of the profile
 * (`importPublishedReport`). The file holds only what the report publishes; the round it becomes
 * holds no key pair and no raw answers (shared/features/feedback/schemas.ts `publishedRoundSchema`).
 */
import type { ApiHandlers } from '@shared/contract/api';
import { comparisonAtClose } from '@shared/features/feedback/comparison';
import { publishedReportFile, readPublishedReportFile } from '@shared/features/feedback/publishedReportFile';
import { publishedReportFileName } from '@shared/features/feedback/publishedReportName';
import { ROUND_SCHEMA_VERSION, type PublishedRound, type RoundDocument } from '@shared/features/feedback/schemas';
import { calendarDateOf } from '@shared/kernel/calendar';
import { ApiError } from './apiError';
import { requireProfile, type FeatureContext } from './context';
import { reportOf, summarize } from './feedback';
import { pinLegacyComparison } from './feedbackComparison';

type PublishedReportHandlers = Pick<ApiHandlers, 'exportPublishedReport' | 'importPublishedReport'>;

export function createPublishedReportHandlers({ ws, clock }: FeatureContext): PublishedReportHandlers {
  return {
    exportPublishedReport: async ({ profileId, roundId }) => {
      const profile = requireProfile(ws, profileId);
      if (!ws.roundIds(profileId).includes(roundId)) throw new ApiError('round-not-found');
      const stored = ws.round(profileId, roundId).read()?.round;
      if (!stored) throw new ApiError('round-not-found');
      if (stored.origin === 'published') throw new ApiError('round-held-by-coach', { round: stored.name });
      if (!stored.closedAt) throw new ApiError('round-open', { round: stored.name });
      // The report exactly as this app shows it (a legacy round's comparison as getReport pins it).
      const round = pinLegacyComparison(stored, profile, clock.timeZone(), () => undefined);
      const closedOn = calendarDateOf(stored.closedAt, clock.timeZone());
      const written = publishedReportFile({ name: round.name, roundId: round.id, closedOn, report: reportOf(round, profile) });
      if (!written.ok) throw new ApiError('report-not-publishable', { reason: written.reason });
      return { fileName: publishedReportFileName(round.name, closedOn), text: written.text };
    },

    importPublishedReport: async ({ profileId, text, assessmentId }) => {
      const profile = requireProfile(ws, profileId);
      const picked = assessmentId === undefined ? null : (profile.assessments.find((a) => a.id === assessmentId) ?? null);
      if (assessmentId !== undefined && !picked) throw new ApiError('assessment-not-found');
      const read = readPublishedReportFile(text);
      if (!read.ok) throw new ApiError('report-file-refused', { reason: read.reason });
      const { file } = read;
      const round: PublishedRound = {
        origin: 'published',
        id: file.roundId,
        name: file.name,
        questionnaire: file.questionnaire,
        closedOn: file.closedOn,
        importedAt: clock.now().toISOString(),
        // As at closing: the meetmoment picked, else the latest; fixed from now on.
        comparedWith: comparisonAtClose(profile.assessments, picked),
        report: file.report,
      };
      const doc: RoundDocument = { schemaVersion: ROUND_SCHEMA_VERSION, profileId, round };
      // In the round's queue, so two imports of one file cannot both store it.
      await ws.round(profileId, round.id).transact((existing, tx) => {
        if (existing) throw new ApiError('report-file-refused', { reason: existing.round.origin === 'own' ? 'own-round' : 'already-imported' });
        tx.save(doc);
      });
      return summarize(round);
    },
  };
}
