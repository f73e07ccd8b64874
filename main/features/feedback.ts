/** 360° feedback rounds: create, invite, close, report, keep only the published figures. One file per round. */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { ApiHandlers } from '@shared/contract/api';
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import { RATER_GROUPS, type RaterGroup } from '@shared/features/exchange/formats';
import { buildInvitation, embedInvitation } from '@shared/features/exchange/invitation';
import { generateRoundKeyPair } from '@shared/features/exchange/responseCrypto';
import { comparisonAtClose, fixedSelf, reportWithSelf } from '@shared/features/feedback/comparison';
import { invitationMailText } from '@shared/features/feedback/invitationMail';
import { buildReport } from '@shared/features/feedback/report';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import { closesOnInPast } from '@shared/features/feedback/roundDates';
import { ROUND_SCHEMA_VERSION, type Round, type RoundDocument, type RoundSummary, type StoredRound } from '@shared/features/feedback/schemas';
import { CURRENT_QUESTIONNAIRE_VERSION } from '@shared/kernel/compass/questionnaires';
import { formatLongDate } from '@shared/kernel/dates';
import type { KeyVault } from '../platform/keyVault';
import type { Workspace } from '../storage/workspace';
import { ApiError } from './apiError';
import { requireProfile, type FeatureContext } from './context';
import { pinLegacyComparison } from './feedbackComparison';
import { importChunk } from './feedbackImport';

type FeedbackHandlers = Pick<
  ApiHandlers,
  | 'listRounds'
  | 'createRound'
  | 'getRound'
  | 'getInvitation'
  | 'importResponses'
  | 'closeRound'
  | 'getReport'
  | 'deleteRawResponses'
  | 'deleteRound'
>;

export interface FeedbackOptions {
  readonly keyVault: KeyVault;
  /** The built single-file respondent form (out/respond/index.html). */
  readonly respondFormPath: string;
}

const FILE_SLUGS: Record<RaterGroup, string> = {
  leidinggevende: 'leidinggevende',
  collega: 'collegas',
  medewerker: 'medewerkers',
  extern: 'externe-partners',
  bestuurlijk: 'bestuurlijke-omgeving',
};

export function summarize(round: StoredRound): RoundSummary {
  if (round.origin === 'published') return summarizePublished(round);
  const counts = Object.fromEntries(RATER_GROUPS.map((g) => [g, 0])) as Record<RaterGroup, number>;
  if (round.published) Object.assign(counts, round.published.counts);
  else for (const r of round.responses) counts[r.raterGroup] += 1;
  return {
    id: round.id,
    origin: 'own',
    name: round.name,
    leader: round.leader,
    heldByCoach: round.heldByCoach,
    groups: round.groups,
    closesOn: round.closesOn,
    returnTo: round.returnTo,
    managerNonAnonymous: round.managerNonAnonymous,
    language: round.language,
    questionnaire: round.questionnaire,
    createdAt: round.createdAt,
    closedAt: round.closedAt,
    closedOn: null,
    comparedWith: round.comparedWith,
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    rawDeleted: round.published !== null,
  };
}

/**
 * A round a coach held, as the UI sees it: closed since it arrived (`closedAt` is the import), dated
 * by the day the coach closed it; its groups are those that answered; it has nothing raw to delete.
 */
function summarizePublished(round: Extract<StoredRound, { origin: 'published' }>): RoundSummary {
  const { counts } = round.report;
  return {
    id: round.id,
    origin: 'published',
    name: round.name,
    leader: '',
    heldByCoach: false,
    groups: RATER_GROUPS.filter((g) => counts[g] > 0),
    closesOn: null,
    returnTo: null,
    managerNonAnonymous: round.report.managerNonAnonymous,
    language: null,
    questionnaire: round.questionnaire,
    createdAt: round.importedAt,
    closedAt: round.importedAt,
    closedOn: round.closedOn,
    comparedWith: round.comparedWith,
    counts: { ...counts },
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    rawDeleted: true,
  };
}

/**
 * The report of a (closed) round: the published figures if the raw answers were deleted, else built
 * now, compared with the meetmoment fixed when the round closed (never simply the newest one).
 */
export function reportOf(round: StoredRound, profile: ProfileDocument): ReportModel {
  const self = fixedSelf(round.comparedWith, profile.assessments);
  // A coach's report file carries no self figures: the leader's own meetmoment is added here.
  if (round.origin === 'published') return reportWithSelf(round.report, self);
  if (round.published) return round.published;
  return buildReport({
    roundId: round.id,
    managerNonAnonymous: round.managerNonAnonymous,
    questionnaire: round.questionnaire.version,
    responses: round.responses,
    self,
  });
}

/** When a round came into this app: made here, or imported from a coach's report file. */
const arrivedAt = (round: StoredRound): string => (round.origin === 'own' ? round.createdAt : round.importedAt);

/** The profile's rounds that can be read, newest first. */
export function roundsOf(ws: Workspace, profileId: string): StoredRound[] {
  return ws
    .roundIds(profileId)
    .flatMap((id) => {
      const doc = ws.round(profileId, id).peek();
      return doc && doc !== 'newer' ? [doc.round] : [];
    })
    .sort((a, b) => arrivedAt(b).localeCompare(arrivedAt(a)));
}

export function createFeedbackHandlers({ ws, clock }: FeatureContext, options: FeedbackOptions): FeedbackHandlers {
  function findRound(profileId: string, id: string): StoredRound {
    requireProfile(ws, profileId);
    if (!ws.roundIds(profileId).includes(id)) throw new ApiError('round-not-found');
    const doc = ws.round(profileId, id).read();
    if (!doc) throw new ApiError('round-not-found');
    return doc.round;
  }

  /**
   * A change of one of the leader's own rounds in its queue, against the round as it is then. A round
   * a coach held has no answers, key or closing to change: it is returned as it is.
   */
  function changeRound(
    profileId: string,
    id: string,
    change: (round: Round, save: (next: Round) => void, forgetAll: () => void) => Round,
  ): Promise<StoredRound> {
    findRound(profileId, id);
    return ws.round(profileId, id).transact((doc, tx) => {
      if (!doc) throw new ApiError('round-not-found');
      if (doc.round.origin === 'published') return doc.round;
      return change(doc.round, (next) => tx.save({ ...doc, round: next }), () => tx.forget(''));
    });
  }

  function requireClosed(round: StoredRound): void {
    if (round.origin === 'own' && !round.closedAt) throw new ApiError('round-open', { round: round.name });
  }

  return {
    listRounds: async ({ profileId }) => {
      requireProfile(ws, profileId);
      return roundsOf(ws, profileId).map(summarize);
    },

    createRound: async ({ profileId, ...input }) => {
      requireProfile(ws, profileId);
      const today = clock.today();
      if (closesOnInPast(input.closesOn, today)) throw new ApiError('round-closes-in-past', { closesOn: input.closesOn ?? '', today });
      const keys = await generateRoundKeyPair();
      const round: Round = {
        origin: 'own',
        id: randomUUID(),
        name: input.name,
        leader: input.leader,
        heldByCoach: input.heldByCoach ?? false,
        groups: RATER_GROUPS.filter((g) => input.groups.includes(g)),
        closesOn: input.closesOn,
        returnTo: input.returnTo,
        managerNonAnonymous: input.managerNonAnonymous,
        language: input.language,
        questionnaire: { id: 'kompas', version: CURRENT_QUESTIONNAIRE_VERSION },
        createdAt: clock.now().toISOString(),
        closedAt: null,
        comparedWith: null,
        publicKey: keys.publicKey,
        privateKey: options.keyVault.protect(JSON.stringify(keys.privateKey)),
        responses: [],
        published: null,
      };
      const doc: RoundDocument = { schemaVersion: ROUND_SCHEMA_VERSION, profileId, round };
      await ws.round(profileId, round.id).transact((_, tx) => tx.save(doc));
      return summarize(round);
    },

    getRound: async ({ profileId, id }) => summarize(findRound(profileId, id)),

    getInvitation: async ({ profileId, id, group }) => {
      const round = findRound(profileId, id);
      // A round a coach held is closed: it never had invitations in this app.
      if (round.origin === 'published') throw new ApiError('round-closed', { round: round.name });
      if (!round.groups.includes(group)) throw new ApiError('group-not-asked', { group });
      if (round.closedAt) throw new ApiError('round-closed', { round: round.name });
      if (!existsSync(options.respondFormPath)) throw new ApiError('respond-form-missing');
      const invitation = buildInvitation({
        roundId: round.id,
        leader: round.leader,
        raterGroup: group,
        managerNonAnonymous: round.managerNonAnonymous,
        language: round.language,
        closesOn: round.closesOn,
        returnTo: round.returnTo,
        questionnaire: round.questionnaire.version,
        publicKey: round.publicKey,
      });
      const fileName = `kompas-uitnodiging-${FILE_SLUGS[group]}.html`;
      const mail = invitationMailText({
        language: round.language,
        roundName: round.name,
        leader: round.leader,
        fileName,
        closesOn: round.closesOn ? formatLongDate(round.closesOn, round.language) : null,
        anonymous: invitation.anonymous,
        returnTo: round.returnTo,
        heldByCoach: round.heldByCoach,
      });
      return {
        fileName,
        html: embedInvitation(readFileSync(options.respondFormPath, 'utf8'), invitation),
        mailSubject: mail.subject,
        mailBody: mail.body,
      };
    },

    importResponses: async ({ profileId, files }) => {
      requireProfile(ws, profileId);
      return importChunk(ws, options.keyVault, profileId, files);
    },

    closeRound: async ({ profileId, id, assessmentId }) => {
      const profile = requireProfile(ws, profileId);
      const picked = assessmentId === undefined ? null : (profile.assessments.find((a) => a.id === assessmentId) ?? null);
      if (assessmentId !== undefined && !picked) throw new ApiError('assessment-not-found');
      const closed = await changeRound(profileId, id, (round, save) => {
        if (round.closedAt) return round;
        // The meetmoment the report compares with, fixed now: a newer one saved later changes nothing.
        const next: Round = { ...round, closedAt: clock.now().toISOString(), comparedWith: comparisonAtClose(profile.assessments, picked) };
        save(next);
        return next;
      });
      return summarize(closed);
    },

    getReport: async ({ profileId, id }) => {
      const profile = requireProfile(ws, profileId);
      requireClosed(findRound(profileId, id));
      const round = await changeRound(profileId, id, (current, save) => pinLegacyComparison(current, profile, clock.timeZone(), save));
      return { round: summarize(round), report: reportOf(round, profile) };
    },

    deleteRawResponses: async ({ profileId, id }) => {
      const profile = requireProfile(ws, profileId);
      const minimised = await changeRound(profileId, id, (current, save, forgetAll) => {
        requireClosed(current);
        if (current.published) return current;
        const round = pinLegacyComparison(current, profile, clock.timeZone(), () => undefined);
        const next: Round = { ...round, published: reportOf(round, profile), responses: [] };
        // Every older version of this round holds the raw answers: backups, moved-aside copies, temp files.
        // First, so a crash in between leaves the raw answers only where the leader still sees them.
        forgetAll();
        save(next);
        ws.forgetLegacyFeedbackCopies(profileId, round.id);
        return next;
      });
      return summarize(minimised);
    },

    deleteRound: async ({ profileId, id, name }) => {
      findRound(profileId, id);
      // In the round's queue: an import or close started earlier ends first; one that comes later
      // finds no round (an import's files are then refused as for an unknown round).
      await ws.round(profileId, id).transact((doc, tx) => {
        if (!doc) throw new ApiError('round-not-found');
        if (name.trim() !== doc.round.name) throw new ApiError('round-name-mismatch', { round: doc.round.name });
        // Damaged copies of the v1 feedback document that mention it go first (they may hold its
        // answers), then the round with its key, answers, report, backups and leftover copies.
        ws.forgetLegacyFeedbackCopies(profileId, id);
        tx.remove();
      });
      return { ok: true };
    },
  };
}
