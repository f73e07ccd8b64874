/** Where each document lives, and how it is opened. */
import { join } from 'node:path';
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
} from '../../shared/schemas/documents';
import { FEEDBACK_SCHEMA_VERSION, feedbackDocumentSchema, type FeedbackDocument } from '../../shared/schemas/feedback';
import type { StoreFactory } from '../storage/backend';
import { DEFAULT_BACKUP_POLICY } from '../storage/backups';
import { DocumentFile, type IssueReport } from '../storage/documentFile';

export interface DocumentsOptions {
  readonly dataDir: string;
  readonly openStore: StoreFactory;
  readonly now: () => Date;
  readonly onIssue: (issue: IssueReport) => void;
}

export class Documents {
  readonly settings: DocumentFile<SettingsDocument>;
  private readonly profiles = new Map<string, DocumentFile<ProfileDocument>>();
  private readonly drafts = new Map<string, DocumentFile<DraftDocument>>();
  private readonly feedbacks = new Map<string, DocumentFile<FeedbackDocument>>();

  constructor(private readonly options: DocumentsOptions) {
    this.settings = new DocumentFile({
      ...this.common(),
      dir: options.dataDir,
      name: 'settings',
      schema: settingsDocumentSchema,
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      backups: DEFAULT_BACKUP_POLICY,
    });
  }

  /** Each profile is its own file: a coach holds several, and deleting one deletes one file. */
  profile(id: string): DocumentFile<ProfileDocument> {
    let file = this.profiles.get(id);
    if (!file) {
      file = new DocumentFile({
        ...this.common(),
        dir: join(this.options.dataDir, 'profiles'),
        name: id,
        schema: profileDocumentSchema,
        schemaVersion: PROFILE_SCHEMA_VERSION,
        backups: DEFAULT_BACKUP_POLICY,
      });
      this.profiles.set(id, file);
    }
    return file;
  }

  /** The draft of a new meetmoment: written often, so kept apart from the profile and its backups. */
  draft(profileId: string): DocumentFile<DraftDocument> {
    let file = this.drafts.get(profileId);
    if (!file) {
      file = new DocumentFile({
        ...this.common(),
        dir: join(this.options.dataDir, 'drafts'),
        name: profileId,
        schema: draftDocumentSchema,
        schemaVersion: DRAFT_SCHEMA_VERSION,
        backups: null,
      });
      this.drafts.set(profileId, file);
    }
    return file;
  }

  /** A profile's 360° rounds, with their keys and answers: one file, so an import is one atomic write. */
  feedback(profileId: string): DocumentFile<FeedbackDocument> {
    let file = this.feedbacks.get(profileId);
    if (!file) {
      file = new DocumentFile({
        ...this.common(),
        dir: join(this.options.dataDir, 'feedback'),
        name: profileId,
        schema: feedbackDocumentSchema,
        schemaVersion: FEEDBACK_SCHEMA_VERSION,
        backups: DEFAULT_BACKUP_POLICY,
      });
      this.feedbacks.set(profileId, file);
    }
    return file;
  }

  private common() {
    return { openStore: this.options.openStore, now: this.options.now, onIssue: this.options.onIssue };
  }
}
