/** What the storage layer needs to know about a kind of document: its schema, version and migrations. */
import type { z } from 'zod';
import type { MigrationStep } from '@shared/kernel/migrate';
import type { DocumentKindName } from '@shared/contract/storageIssue';
import type { BackupPolicy } from './backups';

export type { DocumentKindName };

export interface DocumentKind<T> {
  readonly name: DocumentKindName;
  readonly schema: z.ZodType<T>;
  /** The current `schemaVersion`. */
  readonly version: number;
  /** Steps from each older version to the next (see shared/kernel/migrate.ts). */
  readonly steps: readonly MigrationStep[];
  /** null: no rolling backups (for small, frequently written documents such as drafts). */
  readonly backups: BackupPolicy | null;
}
