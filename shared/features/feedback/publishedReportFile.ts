/**
 * The published-report file (spec §7, `ambtelijk-kompas/rapport`): what a coach who held a round hands
 * the leader. It carries only what the report publishes: the figures per published set with their
 * counts, the highlights and the comments as the report shows them; no raw answers, no responseIds,
 * no key.
 *
 * No self figures. The report's self column is the coach's copy of the leader's own self-assessment:
 * it is not what the respondents said, the leader holds the original meetmomenten, and a copy in a
 * file that travels by e-mail would put the leader's own item answers in one more place. So the file
 * carries the report as it reads without a self-assessment (`reportWithoutSelf`: no self, no gaps,
 * the rankings without self), and the leader's app compares it with its own meetmoment
 * (`reportWithSelf`), as for any round; with the same meetmoment the result equals the coach's report.
 *
 * The report inside is always the current model (version 2, "alle anderen" first): the format is newer
 * than both, so no file carries an older one, and the reader refuses what the writer cannot make.
 */
import { z } from 'zod';
import { isoDateSchema, questionnaireRefSchema, uuidSchema } from '../../kernel/primitives';
import { reportWithoutSelf } from './comparison';
import { publishedReportViolation } from './publishedReportRules';
import { CURRENT_SET_RULES, REPORT_MODEL_VERSION, reportModelV2Schema, type ReportModel } from './reportModel';
import { ROUND_NAME_MAX } from './schemas';

export const PUBLISHED_REPORT_FORMAT = 'ambtelijk-kompas/rapport';
export const PUBLISHED_REPORT_VERSION = 1;
/** Files above this size (bytes, UTF-8) are refused before parsing (spec §7: ≤ 1 MiB). */
export const PUBLISHED_REPORT_MAX_BYTES = 1024 * 1024;

/** The report as a file carries it: current model and set rules, no self figures and so no gaps. */
const fileReportSchema = reportModelV2Schema.extend({
  setRules: z.literal(CURRENT_SET_RULES),
  self: z.null(),
  gaps: z.tuple([]),
});

export const publishedReportFileSchema = z.strictObject({
  format: z.literal(PUBLISHED_REPORT_FORMAT),
  version: z.literal(PUBLISHED_REPORT_VERSION),
  roundId: uuidSchema,
  name: z.string().min(1).max(ROUND_NAME_MAX),
  closedOn: isoDateSchema,
  questionnaire: questionnaireRefSchema,
  report: fileReportSchema,
});
export type PublishedReportFile = z.infer<typeof publishedReportFileSchema>;

export const PUBLISHED_REPORT_REFUSALS = [
  'too-large',
  'not-json',
  /** Valid JSON, but not this format. */
  'not-a-report',
  /** Made by a newer app (a higher file or report-model version). */
  'newer-version',
  /** A version that no app writes (0, "1", 1.5, missing). */
  'unknown-version',
  /** Damaged or altered: fails the strict schema. */
  'invalid',
  'roundid-mismatch',
  'questionnaire-mismatch',
  /** A figure, label or count could describe fewer than k anonymous respondents (spec §4). */
  'below-k',
] as const;
export type PublishedReportRefusal = (typeof PUBLISHED_REPORT_REFUSALS)[number];

export type PublishedReportResult =
  | { readonly ok: true; readonly file: PublishedReportFile }
  | { readonly ok: false; readonly reason: PublishedReportRefusal };

export type WrittenReportResult =
  | { readonly ok: true; readonly file: PublishedReportFile; readonly text: string }
  | { readonly ok: false; readonly reason: PublishedReportRefusal };

export interface PublishedReportInput {
  /** The round's name. */
  readonly name: string;
  readonly roundId: string;
  /** The day the round closed (YYYY-MM-DD, the coach's calendar date). */
  readonly closedOn: string;
  /** The round's report as the coach's app shows it (with or without self figures). */
  readonly report: ReportModel;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function versionVerdict(version: unknown, current: number): 'known' | 'newer-version' | 'unknown-version' {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return 'unknown-version';
  return version > current ? 'newer-version' : 'known';
}

/** The checks after parsing, shared by the writer (it never hands out what the reader refuses) and the reader. */
function judge(value: unknown): PublishedReportResult {
  if (!isRecord(value) || value.format !== PUBLISHED_REPORT_FORMAT) return { ok: false, reason: 'not-a-report' };
  const fileVersion = versionVerdict(value.version, PUBLISHED_REPORT_VERSION);
  if (fileVersion !== 'known') return { ok: false, reason: fileVersion };
  // A newer report model inside is a newer app's file too; an older or odd one is simply invalid.
  if (isRecord(value.report) && versionVerdict(value.report.version, REPORT_MODEL_VERSION) === 'newer-version') {
    return { ok: false, reason: 'newer-version' };
  }
  const parsed = publishedReportFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const file = parsed.data;
  if (file.report.roundId !== file.roundId) return { ok: false, reason: 'roundid-mismatch' };
  if (file.report.questionnaire.version !== file.questionnaire.version) return { ok: false, reason: 'questionnaire-mismatch' };
  const violation = publishedReportViolation(file.report);
  return violation ? { ok: false, reason: violation } : { ok: true, file };
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/**
 * The file for a closed round's report: the object and its text (compact JSON), or the reason it
 * cannot be handed over (a report the reader would refuse, or one over the size limit).
 */
export function publishedReportFile(input: PublishedReportInput): WrittenReportResult {
  const file = {
    format: PUBLISHED_REPORT_FORMAT,
    version: PUBLISHED_REPORT_VERSION,
    roundId: input.roundId,
    name: input.name,
    closedOn: input.closedOn,
    questionnaire: input.report.questionnaire,
    report: reportWithoutSelf(input.report),
  };
  const text = JSON.stringify(file);
  if (utf8Length(text) > PUBLISHED_REPORT_MAX_BYTES) return { ok: false, reason: 'too-large' };
  const judged = judge(JSON.parse(text));
  return judged.ok ? { ok: true, file: judged.file, text } : judged;
}

/** Reads a published-report file's text: the file, or the first reason to refuse it. */
export function readPublishedReportFile(text: string): PublishedReportResult {
  // A UTF-16 code unit is at least one UTF-8 byte: a long string is too large without encoding it.
  if (text.length > PUBLISHED_REPORT_MAX_BYTES || utf8Length(text) > PUBLISHED_REPORT_MAX_BYTES) {
    return { ok: false, reason: 'too-large' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return judge(value);
}
