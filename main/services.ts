/** The one root: opens the workspace and combines every feature's use cases behind the API contract. */
import { resolve } from 'node:path';
import type { ApiHandlers } from '@shared/contract/api';
import type { StoreFactory } from './platform/backend';
import { plainKeyVault, type KeyVault } from './platform/keyVault';
import { createAssessmentHandlers } from './features/assessment';
import { createBackupHandlers } from './features/backup';
import { combineHandlers } from './features/combine';
import { createClock, type FeatureContext } from './features/context';
import { createFeedbackHandlers } from './features/feedback';
import { createHistoryHandlers } from './features/history';
import { createNotesHandlers } from './features/notes';
import { createPlanHandlers } from './features/plan';
import { createPrintHandlers } from './features/print';
import type { PdfPrinter } from './platform/print';
import { createProfileHandlers } from './features/profiles';
import { createPresentHandlers } from './features/present';
import { noWindowControl, type WindowControl } from './platform/windowControl';
import { createPublishedReportHandlers } from './features/publishedReport';
import type { WriteFs } from './storage/durableWrite';
import { IssueLog } from './storage/issues';
import { Workspace } from './storage/workspace';

export interface ServicesOptions {
  readonly dataDir: string;
  /** conf (browser mode, tests) or electron-store (Electron): keeps settings.json only. */
  readonly openStore: StoreFactory;
  readonly now?: () => Date;
  /** How round private keys are kept at rest (default: as is, for browser mode and tests). */
  readonly keyVault?: KeyVault;
  /** The built respondent form; default: out/respond/index.html of this checkout. */
  readonly respondFormPath?: string;
  /** The user's IANA time zone for "today" and due dates (default: the machine's). */
  readonly timeZone?: () => string;
  /** Electron: saves a print route as PDF; absent in browser mode (the browser prints). */
  readonly printer?: PdfPrinter;
  /** For fault-injection tests only: the file system our durable writer uses. */
  readonly fs?: WriteFs;
  /** The app's own window (Electron); browser mode and tests have none. */
  readonly windowControl?: WindowControl;
}

const DEFAULT_RESPOND_FORM = resolve(import.meta.dirname, '../out/respond/index.html');

export interface Services {
  readonly handlers: ApiHandlers;
  readonly workspace: Workspace;
}

export function openServices(options: ServicesOptions): Services {
  const now = options.now ?? (() => new Date());
  const issues = new IssueLog(now);
  const ws = new Workspace({
    dataDir: options.dataDir,
    openSettingsStore: options.openStore,
    now,
    onIssue: issues.report,
    ...(options.fs ? { fs: options.fs } : {}),
  });
  const clock = createClock(now, options.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone));
  const ctx: FeatureContext = { ws, clock, issues };
  const handlers = combineHandlers(
    createProfileHandlers(ctx),
    createAssessmentHandlers(ctx),
    createFeedbackHandlers(ctx, {
      keyVault: options.keyVault ?? plainKeyVault,
      respondFormPath: options.respondFormPath ?? DEFAULT_RESPOND_FORM,
    }),
    createPublishedReportHandlers(ctx),
    createPlanHandlers(ctx),
    createHistoryHandlers(ctx),
    createPrintHandlers(options.printer ?? null),
    createPresentHandlers(options.windowControl ?? noWindowControl),
    createNotesHandlers(ctx),
    createBackupHandlers(ctx),
  );
  return { handlers, workspace: ws };
}

/** The handlers alone (what both transports serve). */
export function createServices(options: ServicesOptions): ApiHandlers {
  return openServices(options).handlers;
}
