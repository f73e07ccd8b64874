/** Every kind of document in the workspace: schema, current version, migrations, backups. */
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
import { DRAFT_MIGRATIONS } from '@shared/features/assessment/migrations';
import { SETTINGS_MIGRATIONS } from '@shared/features/settings/migrations';
import { ROUND_MIGRATIONS } from '@shared/features/feedback/migrations';
import { ROUND_SCHEMA_VERSION, roundDocumentSchema, type RoundDocument } from '@shared/features/feedback/schemas';
import { NOTES_SCHEMA_VERSION, notesDocumentSchema, type NotesDocument } from '@shared/features/notes/schemas';
import { PLAN_SCHEMA_VERSION, planDocumentSchema, type PlanDocument } from '@shared/features/plan/schemas';
import { DEFAULT_BACKUP_POLICY } from './backups';
import type { DocumentKind } from './documentKind';

export const SETTINGS: DocumentKind<SettingsDocument> = {
  name: 'settings',
  schema: settingsDocumentSchema,
  version: SETTINGS_SCHEMA_VERSION,
  steps: SETTINGS_MIGRATIONS,
  backups: DEFAULT_BACKUP_POLICY,
};

/** A profile and its meetmomenten. */
export const PROFILE: DocumentKind<ProfileDocument> = {
  name: 'profile',
  schema: profileDocumentSchema,
  version: PROFILE_SCHEMA_VERSION,
  steps: [],
  backups: DEFAULT_BACKUP_POLICY,
};

/** The draft of a new meetmoment: written often, so kept apart from the profile and without backups. */
export const DRAFT: DocumentKind<DraftDocument> = {
  name: 'draft',
  schema: draftDocumentSchema,
  version: DRAFT_SCHEMA_VERSION,
  steps: DRAFT_MIGRATIONS,
  backups: null,
};

/** The routekaart and the conversation log. */
export const PLAN: DocumentKind<PlanDocument> = {
  name: 'plan',
  schema: planDocumentSchema,
  version: PLAN_SCHEMA_VERSION,
  steps: [],
  backups: DEFAULT_BACKUP_POLICY,
};

/** One 360° round with its keys and answers: an import or a deletion touches only this file. */
export const ROUND: DocumentKind<RoundDocument> = {
  name: 'round',
  schema: roundDocumentSchema,
  version: ROUND_SCHEMA_VERSION,
  steps: ROUND_MIGRATIONS,
  backups: DEFAULT_BACKUP_POLICY,
};

/** The coach's session notes with this profile (deleting a note forgets it in the backups too). */
export const NOTES: DocumentKind<NotesDocument> = {
  name: 'notes',
  schema: notesDocumentSchema,
  version: NOTES_SCHEMA_VERSION,
  steps: [],
  backups: DEFAULT_BACKUP_POLICY,
};
