/** Where each document lives, and how it is opened. */
import { join } from 'node:path';
import type { z } from 'zod';
import {
  DRAFT_SCHEMA_VERSION,
  PROFILE_SCHEMA_VERSION,
  SETTINGS_SCHEMA_VERSION,
  draftDocumentSchema,
  profileDocumentSchema,
  settingsDocumentSchema,
  type DraftDocument,
  type ProfileDocument,
  type SettingsDocument,
} from '@shared/features/assessment/schemas';
import { FEEDBACK_SCHEMA_VERSION, feedbackDocumentSchema, type FeedbackDocument } from '@shared/features/feedback/schemas';
import { PLAN_SCHEMA_VERSION, planDocumentSchema, type PlanDocument } from '@shared/features/plan/schemas';
import type { StoreFactory } from '../platform/backend';
import { DEFAULT_BACKUP_POLICY, type BackupPolicy } from './backups';
import { DocumentFile, type IssueReport } from './documentFile';

export interface DocumentsOptions {
  readonly dataDir: string;
  readonly openStore: StoreFactory;
  readonly now: () => Date;
  readonly onIssue: (issue: IssueReport) => void;
}

interface Kind<T> {
  readonly folder: string;
  readonly schema: z.ZodType<T>;
  readonly schemaVersion: number;
  readonly backups: BackupPolicy | null;
}

/** Each profile is its own file: a coach holds several, and deleting one deletes one file. */
const PROFILE: Kind<ProfileDocument> = {
  folder: 'profiles',
  schema: profileDocumentSchema,
  schemaVersion: PROFILE_SCHEMA_VERSION,
  backups: DEFAULT_BACKUP_POLICY,
};
/** The draft of a new meetmoment: written often, so kept apart from the profile and its backups. */
const DRAFT: Kind<DraftDocument> = { folder: 'drafts', schema: draftDocumentSchema, schemaVersion: DRAFT_SCHEMA_VERSION, backups: null };
/** A profile's 360° rounds, with their keys and answers: one file, so an import is one atomic write. */
const FEEDBACK: Kind<FeedbackDocument> = {
  folder: 'feedback',
  schema: feedbackDocumentSchema,
  schemaVersion: FEEDBACK_SCHEMA_VERSION,
  backups: DEFAULT_BACKUP_POLICY,
};

/** A profile's routekaart and conversation log. */
const PLAN: Kind<PlanDocument> = { folder: 'plans', schema: planDocumentSchema, schemaVersion: PLAN_SCHEMA_VERSION, backups: DEFAULT_BACKUP_POLICY };

export class Documents {
  readonly settings: DocumentFile<SettingsDocument>;
  private readonly open = new Map<string, DocumentFile<unknown>>();

  constructor(private readonly options: DocumentsOptions) {
    this.settings = this.file('', 'settings', {
      folder: '',
      schema: settingsDocumentSchema,
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      backups: DEFAULT_BACKUP_POLICY,
    });
  }

  profile(id: string): DocumentFile<ProfileDocument> {
    return this.file(PROFILE.folder, id, PROFILE);
  }

  draft(profileId: string): DocumentFile<DraftDocument> {
    return this.file(DRAFT.folder, profileId, DRAFT);
  }

  feedback(profileId: string): DocumentFile<FeedbackDocument> {
    return this.file(FEEDBACK.folder, profileId, FEEDBACK);
  }

  plan(profileId: string): DocumentFile<PlanDocument> {
    return this.file(PLAN.folder, profileId, PLAN);
  }

  /** One DocumentFile per path, so its cache and read-only state are shared by every caller. */
  private file<T>(folder: string, name: string, kind: Kind<T>): DocumentFile<T> {
    const key = `${folder}/${name}`;
    let file = this.open.get(key) as DocumentFile<T> | undefined;
    if (!file) {
      file = new DocumentFile<T>({
        dir: join(this.options.dataDir, folder),
        name,
        schema: kind.schema,
        schemaVersion: kind.schemaVersion,
        backups: kind.backups,
        openStore: this.options.openStore,
        now: this.options.now,
        onIssue: this.options.onIssue,
      });
      this.open.set(key, file as DocumentFile<unknown>);
    }
    return file;
  }
}
