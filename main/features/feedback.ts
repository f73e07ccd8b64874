/** 360° feedback rounds: create, invite, import answers, close, report, keep only published figures. */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { ApiHandlers } from '@shared/contract/api';
import { formatLongDate } from '@shared/kernel/dates';
import { RATER_GROUPS, type RaterGroup } from '@shared/features/exchange/formats';
import { buildInvitation, embedInvitation } from '@shared/features/exchange/invitation';
import { generateRoundKeyPair, importRoundPrivateKey } from '@shared/features/exchange/responseCrypto';
import { importResponseFiles, type ImportTarget } from '@shared/features/feedback/importResponses';
import { invitationMailText } from '@shared/features/feedback/invitationMail';
import { buildReport } from '@shared/features/feedback/report';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import type { FeedbackDocument, Round, RoundSummary } from '@shared/features/feedback/schemas';
import { ApiError } from './apiError';
import type { DocumentFile } from '../storage/documentFile';
import type { KeyVault } from '../platform/keyVault';

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
>;

export interface FeedbackContext {
  readonly activeProfile: () => ProfileDocument;
  readonly feedbackFile: (profileId: string) => DocumentFile<FeedbackDocument>;
  readonly keyVault: KeyVault;
  /** The built single-file respondent form (out/respond/index.html). */
  readonly respondFormPath: string;
  readonly now: () => Date;
}

const FILE_SLUGS: Record<RaterGroup, string> = {
  leidinggevende: 'leidinggevende',
  collega: 'collegas',
  medewerker: 'medewerkers',
  extern: 'externe-partners',
};

export function summarize(round: Round): RoundSummary {
  const counts = Object.fromEntries(RATER_GROUPS.map((g) => [g, 0])) as Record<RaterGroup, number>;
  if (round.published) Object.assign(counts, round.published.counts);
  else for (const r of round.responses) counts[r.raterGroup] += 1;
  return {
    id: round.id,
    name: round.name,
    leader: round.leader,
    groups: round.groups,
    closesOn: round.closesOn,
    managerNonAnonymous: round.managerNonAnonymous,
    language: round.language,
    createdAt: round.createdAt,
    closedAt: round.closedAt,
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    rawDeleted: round.published !== null,
  };
}

/** The report of a (closed) round: the published figures if the raw answers were deleted, else built now. */
export function reportOf(round: Round, profile: ProfileDocument): ReportModel {
  if (round.published) return round.published;
  const latest = [...profile.assessments].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))[0];
  return buildReport({
    roundId: round.id,
    managerNonAnonymous: round.managerNonAnonymous,
    responses: round.responses,
    self: latest ? latest.answers : null,
  });
}

export function createFeedbackHandlers(ctx: FeedbackContext): FeedbackHandlers {
  function load(): { profile: ProfileDocument; file: DocumentFile<FeedbackDocument>; doc: FeedbackDocument } {
    const profile = ctx.activeProfile();
    const file = ctx.feedbackFile(profile.id);
    return { profile, file, doc: file.read() ?? { schemaVersion: 1, profileId: profile.id, rounds: [] } };
  }

  function findRound(doc: FeedbackDocument, id: string): Round {
    const round = doc.rounds.find((r) => r.id === id);
    if (!round) throw new ApiError('not-found', 'Deze feedbackronde bestaat niet (meer).');
    return round;
  }

  function replaceRound(doc: FeedbackDocument, round: Round): FeedbackDocument {
    return { ...doc, rounds: doc.rounds.map((r) => (r.id === round.id ? round : r)) };
  }

  function requireClosed(round: Round): void {
    if (!round.closedAt) {
      throw new ApiError(
        'invalid-input',
        'Deze feedbackronde is nog open. Scores en opmerkingen zijn pas te zien nadat u de ronde hebt gesloten.',
      );
    }
  }

  return {
    listRounds: async () =>
      [...load().doc.rounds].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map(summarize),

    createRound: async (input) => {
      const { file, doc } = load();
      const keys = await generateRoundKeyPair();
      const round: Round = {
        id: randomUUID(),
        name: input.name,
        leader: input.leader,
        groups: RATER_GROUPS.filter((g) => input.groups.includes(g)),
        closesOn: input.closesOn,
        managerNonAnonymous: input.managerNonAnonymous,
        language: input.language,
        createdAt: ctx.now().toISOString(),
        closedAt: null,
        publicKey: keys.publicKey,
        privateKey: ctx.keyVault.protect(JSON.stringify(keys.privateKey)),
        responses: [],
        published: null,
      };
      file.write({ ...doc, rounds: [...doc.rounds, round] });
      return summarize(round);
    },

    getRound: async ({ id }) => summarize(findRound(load().doc, id)),

    getInvitation: async ({ id, group }) => {
      const round = findRound(load().doc, id);
      if (!round.groups.includes(group)) {
        throw new ApiError('invalid-input', 'Deze groep is niet gevraagd in deze feedbackronde.');
      }
      if (round.closedAt) throw new ApiError('invalid-input', 'Deze feedbackronde is gesloten; er kunnen geen uitnodigingen meer uit.');
      if (!existsSync(ctx.respondFormPath)) {
        throw new ApiError('storage', 'Het vragenformulier ontbreekt in deze installatie van de app. Installeer de app opnieuw.');
      }
      const invitation = buildInvitation({
        roundId: round.id,
        leader: round.leader,
        raterGroup: group,
        managerNonAnonymous: round.managerNonAnonymous,
        language: round.language,
        closesOn: round.closesOn,
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
      });
      return {
        fileName,
        html: embedInvitation(readFileSync(ctx.respondFormPath, 'utf8'), invitation),
        mailSubject: mail.subject,
        mailBody: mail.body,
      };
    },

    importResponses: async ({ files }) => {
      const { file, doc } = load();
      const targets = new Map<string, ImportTarget>();
      for (const round of doc.rounds) {
        let key: Promise<CryptoKey> | null = null;
        targets.set(round.id, {
          closed: round.closedAt !== null,
          groups: round.groups,
          seen: new Set(round.responses.map((r) => r.responseId)),
          key: () => (key ??= importRoundPrivateKey(JSON.parse(ctx.keyVault.reveal(round.privateKey)) as JsonWebKey)),
        });
      }
      const result = await importResponseFiles(files, targets);
      const changed = doc.rounds.map((round) => {
        const added = result.accepted.get(round.id);
        return added ? { ...round, responses: [...round.responses, ...added] } : round;
      });
      if (result.accepted.size > 0) file.write({ ...doc, rounds: changed });
      const touched = new Set(result.accepted.keys());
      const count = (kind: string) => result.outcomes.filter((o) => o.outcome === kind).length;
      return {
        outcomes: result.outcomes,
        accepted: count('accepted'),
        duplicates: count('duplicate'),
        refused: count('refused'),
        rounds: changed.filter((r) => touched.has(r.id)).map(summarize),
      };
    },

    closeRound: async ({ id }) => {
      const { file, doc } = load();
      const round = findRound(doc, id);
      if (round.closedAt) return summarize(round);
      const closed = { ...round, closedAt: ctx.now().toISOString() };
      file.write(replaceRound(doc, closed));
      return summarize(closed);
    },

    getReport: async ({ id }) => {
      const { profile, doc } = load();
      const round = findRound(doc, id);
      requireClosed(round);
      return { round: summarize(round), report: reportOf(round, profile) };
    },

    deleteRawResponses: async ({ id }) => {
      const { profile, file, doc } = load();
      const round = findRound(doc, id);
      requireClosed(round);
      if (round.published) return summarize(round);
      const minimised: Round = { ...round, published: reportOf(round, profile), responses: [] };
      file.write(replaceRound(doc, minimised));
      // Older backups still hold the raw answers: remove them, then keep the minimised version.
      file.purgeBackups();
      file.write(replaceRound(doc, minimised));
      return summarize(minimised);
    },
  };
}
