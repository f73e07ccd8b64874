/**
 * Words a failure (a code with params, shared/contract/errors.ts) in the user's language: one
 * message and the details (what is wrong per field, further problems, a hint what to do instead).
 * Every key is a literal here, so each code's wording can be found by searching for its key.
 */
import type { TFunction } from 'i18next';
import type { ApiErrorPayload, ErrorCode, ErrorParams, InputIssue, IssueCode, IssueParams } from '@shared/contract/errors';
import type { Lang, RouteId } from '@shared/kernel/compass/model';
import { dimensionById, routeById } from '@shared/kernel/compass/content';
import { formatLongDate } from '@shared/kernel/dates';
import { needlesForRoute } from '@shared/features/plan/rules';
import type { RouteStatus } from '@shared/features/plan/schemas';
import type { BackupFileRefusal } from '@shared/features/backup/refusals';
import { DOCUMENT_NAME, GROUP_LABEL, ROUTE_STATUS_WORD } from './labels';
import { fieldName } from './fieldNames';
import { REPORT_REFUSAL_TEXT } from './reportRefusalText';

export interface ProblemText {
  readonly message: string;
  readonly details: readonly string[];
}

export interface Words {
  readonly t: TFunction;
  readonly lang: Lang;
}

type PlanProblemCode =
  | 'needle-outside-dimension'
  | 'duplicate-needle'
  | 'duplicate-route'
  | 'duplicate-action-id'
  | 'duplicate-reflection-id'
  | 'duplicate-conversation-id'
  | 'conversation-route-not-chosen';

function routeVars(route: RouteId, lang: Lang) {
  return { route, routeName: routeById(route).name[lang] };
}

/** The plan rules' problems, as the error itself or as a further problem of it. */
const PLAN_PROBLEM_TEXT: { [C in PlanProblemCode]: (p: IssueParams<C>, w: Words) => string } = {
  'needle-outside-dimension': (p, { t, lang }) =>
    t('errors.plan.needleOutsideDimension', { ...p, dimensionName: dimensionById(p.dimension).name[lang] }),
  'duplicate-needle': (p, { t }) => t('errors.plan.duplicateNeedle', p),
  'duplicate-route': (p, { t, lang }) => t('errors.plan.duplicateRoute', routeVars(p.route, lang)),
  'duplicate-action-id': (_, { t }) => t('errors.plan.duplicateId'),
  'duplicate-reflection-id': (_, { t }) => t('errors.plan.duplicateId'),
  'duplicate-conversation-id': (_, { t }) => t('errors.plan.duplicateId'),
  'conversation-route-not-chosen': (p, { t, lang }) => t('errors.plan.conversationRouteNotChosen', routeVars(p.route, lang)),
};

function isPlanProblem(code: string): code is PlanProblemCode {
  return Object.hasOwn(PLAN_PROBLEM_TEXT, code);
}

/** The first line, and for a refused change of the routekaart "Er is niets gewijzigd." after it. */
function refused(sentence: string, { t }: Words): string {
  return `${sentence} ${t('errors.nothingChanged')}`;
}

const STATUS_REASON: Readonly<Partial<Record<`${RouteStatus}>${RouteStatus}`, 'errors.plan.statusReasons.plannedToCompleted' | 'errors.plan.statusReasons.completedStays' | 'errors.plan.statusReasons.stoppedToCompleted'>>> = {
  'gepland>afgerond': 'errors.plan.statusReasons.plannedToCompleted',
  'afgerond>gepland': 'errors.plan.statusReasons.completedStays',
  'afgerond>gestopt': 'errors.plan.statusReasons.completedStays',
  'gestopt>afgerond': 'errors.plan.statusReasons.stoppedToCompleted',
};

function statusStep(p: { route: RouteId; from: RouteStatus; to: RouteStatus }, w: Words) {
  const reason = STATUS_REASON[`${p.from}>${p.to}`];
  return {
    vars: { ...routeVars(p.route, w.lang), from: w.t(ROUTE_STATUS_WORD[p.from]), to: w.t(ROUTE_STATUS_WORD[p.to]) },
    details: reason ? [w.t(reason)] : [],
  };
}

/** Why a backup or profile file was refused (always before anything changed). */
const BACKUP_REFUSAL_KEY = {
  'not-json': 'errors.backup.refused.notJson',
  'not-a-backup': 'errors.backup.refused.notABackup',
  'newer-version': 'errors.backup.refused.newerVersion',
  'unknown-version': 'errors.backup.refused.unknownVersion',
  'weak-kdf': 'errors.backup.refused.weakKdf',
  'unknown-kdf': 'errors.backup.refused.unknownKdf',
  'unknown-cipher': 'errors.backup.refused.unknownCipher',
  damaged: 'errors.backup.refused.damaged',
  'wrong-passphrase-or-altered': 'errors.backup.refused.wrongPassphraseOrAltered',
  'too-large': 'errors.backup.refused.tooLarge',
  'newer-content': 'errors.backup.refused.newerContent',
  'expected-profile-file': 'errors.backup.refused.expectedProfileFile',
  'expected-backup-file': 'errors.backup.refused.expectedBackupFile',
} as const satisfies Record<BackupFileRefusal, string>;

type Lines = readonly [message: string, ...details: string[]];

/** Each code's message (and fixed details), worded from its params. */
const ERROR_TEXT: { [C in ErrorCode]: (p: ErrorParams<C>, w: Words) => Lines } = {
  'invalid-input': (_, { t }) => [t('errors.general.invalidInput')],
  'unreadable-input': (_, { t }) => [t('errors.general.unreadableInput')],
  'unknown-operation': (_, { t }) => [t('errors.general.unknownOperation')],
  'untrusted-sender': (_, { t }) => [t('errors.general.untrustedSender')],
  internal: (_, { t }) => [t('errors.general.internal')],
  'connection-lost': (_, { t }) => [t('errors.general.connectionLost')],
  'no-access': (_, { t }) => [t('errors.general.noAccess')],
  'storage-write-failed': (p, { t }) => [t('errors.storage.writeFailed', { document: t(DOCUMENT_NAME[p.document]) })],
  'storage-newer-version': (p, { t }) => [t('errors.storage.newerVersion', { document: t(DOCUMENT_NAME[p.document]) })],
  'storage-read-only': (p, { t }) => [t('errors.storage.readOnly', { document: t(DOCUMENT_NAME[p.document]) })],
  'data-folder-in-use': (p, { t }) => [t('errors.storage.dataFolderInUse', p)],
  'profile-not-found': (_, { t }) => [t('errors.profile.notFound')],
  'coach-mode-profiles': (p, { t }) => [t('errors.profile.coachModeStays', p)],
  'assessment-not-found': (_, { t }) => [t('errors.assessment.notFound')],
  'assessment-date-in-future': (_, { t }) => [t('errors.assessment.dateInFuture'), t('errors.assessment.chooseEarlierDate')],
  'round-not-found': (_, { t }) => [t('errors.feedback.roundNotFound')],
  'round-open': (p, { t }) => [t('errors.feedback.roundOpen', p)],
  'round-closed': (p, { t }) => [t('errors.feedback.roundClosed', p)],
  'round-closes-in-past': (p, { t, lang }) => [
    t('errors.feedback.closesInPast', { closesOn: formatLongDate(p.closesOn, lang) }),
    t('errors.feedback.chooseTodayOrLater', { today: formatLongDate(p.today, lang) }),
  ],
  'round-name-mismatch': (p, { t }) => [t('errors.feedback.nameMismatch', p)],
  'group-not-asked': (p, { t }) => [t('errors.feedback.groupNotAsked', { group: t(GROUP_LABEL[p.group]) })],
  'respond-form-missing': (_, { t }) => [t('errors.feedback.respondFormMissing')],
  'round-key-desktop-only': (_, { t }) => [t('errors.feedback.keyDesktopOnly')],
  'round-key-unreadable': (_, { t }) => [t('errors.feedback.keyUnreadable')],
  'pdf-failed': (_, { t }) => [t('errors.print.failed')],
  'pdf-write-failed': (_, { t }) => [t('errors.print.writeFailed')],
  'report-file-refused': (p, { t }) => [t(REPORT_REFUSAL_TEXT[p.reason]), t('feedback.published.import.nothingChanged')],
  'report-not-publishable': (_, { t }) => [t('errors.feedback.notPublishable')],
  'round-held-by-coach': (p, { t }) => [t('errors.feedback.heldByCoach', p)],
  'needle-outside-dimension': (p, w) => [refused(PLAN_PROBLEM_TEXT['needle-outside-dimension'](p, w), w)],
  'duplicate-needle': (p, w) => [refused(PLAN_PROBLEM_TEXT['duplicate-needle'](p, w), w)],
  'duplicate-route': (p, w) => [refused(PLAN_PROBLEM_TEXT['duplicate-route'](p, w), w)],
  'duplicate-action-id': (p, w) => [refused(PLAN_PROBLEM_TEXT['duplicate-action-id'](p, w), w)],
  'duplicate-reflection-id': (p, w) => [refused(PLAN_PROBLEM_TEXT['duplicate-reflection-id'](p, w), w)],
  'duplicate-conversation-id': (p, w) => [refused(PLAN_PROBLEM_TEXT['duplicate-conversation-id'](p, w), w)],
  'conversation-route-not-chosen': (p, w) => [refused(PLAN_PROBLEM_TEXT['conversation-route-not-chosen'](p, w), w)],
  'route-not-in-plan': (p, w) => [refused(w.t('errors.plan.routeNotInPlan', routeVars(p.route, w.lang)), w)],
  'action-not-found': (_, w) => [refused(w.t('errors.plan.actionNotFound'), w)],
  'conversation-not-found': (_, w) => [refused(w.t('errors.plan.conversationNotFound'), w)],
  'reflection-date-in-future': (_, w) => [refused(w.t('errors.plan.reflectionDateInFuture'), w), w.t('errors.assessment.chooseEarlierDate')],
  'conversation-date-in-future': (_, w) => [refused(w.t('errors.plan.conversationDateInFuture'), w), w.t('errors.assessment.chooseEarlierDate')],
  'status-step-via': (p, w) => {
    const { vars, details } = statusStep(p, w);
    return [refused(w.t('errors.plan.statusStepVia', { ...vars, via: w.t(ROUTE_STATUS_WORD[p.via]) }), w), ...details];
  },
  'status-step-refused': (p, w) => {
    const { vars, details } = statusStep(p, w);
    return [refused(w.t('errors.plan.statusStepRefused', vars), w), ...details];
  },
  'note-not-found': (_, w) => [refused(w.t('errors.notes.notFound'), w)],
  'note-empty': (_, w) => [refused(w.t('errors.notes.empty'), w)],
  'note-date-in-future': (p, w) => [
    refused(w.t('errors.notes.dateInFuture', { date: formatLongDate(p.date, w.lang) }), w),
    w.t('errors.notes.chooseTodayOrEarlier', { today: formatLongDate(p.today, w.lang) }),
  ],
  'note-next-session-before-date': (p, w) => [
    refused(w.t('errors.notes.nextSessionBeforeDate', { date: formatLongDate(p.date, w.lang), nextSession: formatLongDate(p.nextSession, w.lang) }), w),
    w.t('errors.notes.chooseLaterNextSession'),
  ],
  'backup-file-refused': (p, w) => [refused(w.t(BACKUP_REFUSAL_KEY[p.reason]), w)],
  'backup-passphrase-too-short': (p, { t }) => [t('errors.backup.passphraseTooShort', p)],
  'backup-preview-expired': (_, { t }) => [t('errors.backup.previewExpired')],
  'backup-too-large': (_, { t }) => [t('errors.backup.tooLarge')],
  'backup-undo-unavailable': (_, { t }) => [t('errors.backup.undoUnavailable')],
};

type FieldIssueCode = Exclude<IssueCode, PlanProblemCode | 'more' | 'manager-not-asked' | 'manager-only-named'>;

/** Singular and plural wording of what is wrong with a field. */
const INPUT_TEXT = {
  missing: { one: 'errors.input.missing.one', many: 'errors.input.missing.many' },
  'missing-or-invalid': { one: 'errors.input.missingOrInvalid.one', many: 'errors.input.missingOrInvalid.many' },
  invalid: { one: 'errors.input.invalid.one', many: 'errors.input.invalid.many' },
  'too-long': { one: 'errors.input.tooLong.one', many: 'errors.input.tooLong.many' },
  'too-short': { one: 'errors.input.tooShort.one', many: 'errors.input.tooShort.many' },
  'too-many': { one: 'errors.input.tooMany.one', many: 'errors.input.tooMany.many' },
  'too-few': { one: 'errors.input.tooFew.one', many: 'errors.input.tooFew.many' },
  'too-high': { one: 'errors.input.tooHigh.one', many: 'errors.input.tooHigh.many' },
  'too-low': { one: 'errors.input.tooLow.one', many: 'errors.input.tooLow.many' },
  'not-one-of': { one: 'errors.input.notOneOf.one', many: 'errors.input.notOneOf.many' },
  'not-an-answer': { one: 'errors.input.notAnAnswer.one', many: 'errors.input.notAnAnswer.many' },
  'unknown-fields': { one: 'errors.input.unknownFields.one', many: 'errors.input.unknownFields.many' },
  'unknown-field': { one: 'errors.input.unknownField.one', many: 'errors.input.unknownField.many' },
  'wrong-form': { one: 'errors.input.wrongForm.one', many: 'errors.input.wrongForm.many' },
  'not-a-date': { one: 'errors.input.notADate.one', many: 'errors.input.notADate.many' },
} as const satisfies Record<FieldIssueCode, { one: string; many: string }>;

/** One line for one issue: "Het antwoord op vraag 1.1 ontbreekt." */
export function issueText(issue: InputIssue, w: Words): string {
  const { t } = w;
  if (isPlanProblem(issue.code)) return (PLAN_PROBLEM_TEXT[issue.code] as (p: unknown, w: Words) => string)(issue.params, w);
  switch (issue.code) {
    case 'more':
      return t('errors.input.more', issue.params);
    case 'manager-not-asked':
      return t('errors.input.managerNotAsked');
    case 'manager-only-named':
      return t('errors.input.managerOnlyNamed');
  }
  const field = fieldName(issue.path, t);
  const forms = INPUT_TEXT[issue.code as FieldIssueCode];
  return t(field.plural ? forms.many : forms.one, { ...issue.params, field: field.name });
}

/** "Route b (…) hoort bij dimensie I (…); kies naald 1 en/of 2." for each route a needle was refused for. */
function needleHints(problems: readonly { code: string; params: Record<string, string | number> }[], w: Words): string[] {
  const routes = new Set<RouteId>();
  for (const problem of problems) if (problem.code === 'needle-outside-dimension') routes.add(problem.params.route as RouteId);
  return [...routes].map((route) => {
    const [first, second] = needlesForRoute(route);
    const dimension = dimensionById(routeById(route).dimension);
    return w.t('errors.plan.needleHint', {
      ...routeVars(route, w.lang),
      dimension: dimension.id,
      dimensionName: dimension.name[w.lang],
      first: first ?? '',
      second: second ?? '',
    });
  });
}

/** The message and the details of a failure, in the language of `t`. */
export function problemText(problem: ApiErrorPayload, w: Words): ProblemText {
  const word = (ERROR_TEXT[problem.code] ?? ERROR_TEXT.internal) as (p: unknown, w: Words) => Lines;
  const [message, ...fixed] = word(problem.params, w);
  const issues = problem.issues ?? [];
  const lines = [...fixed, ...issues.map((issue) => issueText(issue, w)), ...needleHints([problem, ...issues], w)];
  const details = [...new Set(lines)].filter((line) => line !== message);
  return { message, details };
}
