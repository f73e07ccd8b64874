/**
 * The snapshot a restore (or a profile import) keeps so it can be undone, laid out so that
 * "delete means gone" holds without any code of its own:
 *
 *   restore-undo.json                                  the restore: id, when, until when, the settings before
 *   profiles/<id>/backups/restore-undo.json            per profile it touched: did it exist, which documents
 *   <a document's backup folder>/restore-undo-<r>.json  the document as it was before
 *
 * A document's copy lies in its own backup folder, so deleting something from the document
 * (Transaction.forget), deleting the document (remove) or the profile (its folder) removes the copy
 * with it. The root file names no profile and holds no content but the language and coach mode.
 * A copy found missing means the user deleted something since: the restore can no longer be undone
 * as a whole, so it is not undone at all.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isoDateTimeSchema, uuidSchema } from '@shared/kernel/primitives';
import { payloadSettingsSchema } from '@shared/features/backup/payload';
import { writeFileDurably, type WriteFs } from './durableWrite';

/** How long a restore can be undone (the screen says so). A next restore or import replaces it sooner. */
export const UNDO_DAYS = 7;

export const ROOT_FILE = 'restore-undo.json';
const PROFILE_FILE = 'restore-undo.json';
const COPY_PATTERN = /^restore-undo(?:-[0-9a-f-]{36})?\.json$/;

export const rootManifestSchema = z.strictObject({
  restoreId: uuidSchema,
  takenAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  /** The settings before (only the keys a restore changes); null when the restore left them. */
  settings: payloadSettingsSchema.nullable(),
});
export type RootManifest = z.infer<typeof rootManifestSchema>;

export const profileManifestSchema = z.strictObject({
  restoreId: uuidSchema,
  /** false: the restore added the profile; undo deletes it. */
  existed: z.boolean(),
  documents: z.array(z.strictObject({ kind: z.string(), id: uuidSchema.nullable(), existed: z.boolean() })),
});
export type ProfileManifest = z.infer<typeof profileManifestSchema>;

export const copyFileName = (restoreId: string): string => `restore-undo-${restoreId}.json`;

function readJson<T>(path: string, schema: z.ZodType<T>): T | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export class RestoreSnapshots {
  constructor(
    private readonly dataDir: string,
    private readonly fs?: WriteFs,
  ) {}

  private get rootPath(): string {
    return join(this.dataDir, ROOT_FILE);
  }

  profileManifestPath(profileDir: string): string {
    return join(profileDir, 'backups', PROFILE_FILE);
  }

  readRoot(): RootManifest | null {
    return readJson(this.rootPath, rootManifestSchema);
  }

  readProfile(profileDir: string): ProfileManifest | null {
    return readJson(this.profileManifestPath(profileDir), profileManifestSchema);
  }

  writeRoot(manifest: RootManifest): void {
    writeFileDurably(this.rootPath, JSON.stringify(manifest, null, '\t'), this.fs);
  }

  writeProfile(profileDir: string, manifest: ProfileManifest): void {
    writeFileDurably(this.profileManifestPath(profileDir), JSON.stringify(manifest, null, '\t'), this.fs);
  }

  /** Keeps a document's text as it was before, in its own backup folder. */
  writeCopy(backupDir: string, restoreId: string, text: string): void {
    writeFileDurably(join(backupDir, copyFileName(restoreId)), text, this.fs);
  }

  readCopy(backupDir: string, restoreId: string): string | null {
    const path = join(backupDir, copyFileName(restoreId));
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  }

  /** Removes every trace of any snapshot: the root file first (then nothing offers an undo), then every copy. */
  removeAll(profileDirs: readonly string[]): void {
    rmSync(this.rootPath, { force: true });
    for (const dir of profileDirs) removeCopies(dir);
  }
}

/** Every snapshot file under a profile's folder (its manifest and document copies, rounds included). */
function removeCopies(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removeCopies(path);
    else if (COPY_PATTERN.test(entry.name)) rmSync(path, { force: true });
  }
}
