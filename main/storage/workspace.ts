/**
 * The data folder as a workspace of profiles:
 *
 *   settings.json                     language, active profile (kept by conf / electron-store)
 *   backups/settings/                 its rolling backups
 *   profiles/<id>/profile.json        the profile and its meetmomenten
 *   profiles/<id>/draft.json          the meetmoment being filled in
 *   profiles/<id>/plan.json           the routekaart
 *   profiles/<id>/notes.json          the session notes
 *   profiles/<id>/rounds/<round>.json one file per 360° round
 *   profiles/<id>/backups/…, profiles/<id>/rounds/backups/…
 *
 * Opening it tidies up first (leftover temp files, permissions, the v1 layout). One DocumentFile
 * per path, so each document has one queue, one cache and one read-only state.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { DraftDocument, ProfileDocument, SettingsDocument } from '@shared/features/assessment/schemas';
import type { RoundDocument } from '@shared/features/feedback/schemas';
import type { PlanDocument } from '@shared/features/plan/schemas';
import type { NotesDocument } from '@shared/features/notes/schemas';
import type { StoreFactory } from '../platform/backend';
import { ApiError } from '../features/apiError';
import { DocumentFile, type IssueReport } from './documentFile';
import type { DocumentKind } from './documentKind';
import { ensureDir, nodeWriteFs, syncFolder, WriteFailed, type WriteFs } from './durableWrite';
import { DELETING_PREFIX, tidyDataFolder } from './housekeeping';
import { DRAFT, NOTES, PLAN, PROFILE, ROUND, SETTINGS } from './kinds';
import { migrateV1Layout } from './layoutV1';

export interface WorkspaceOptions {
  readonly dataDir: string;
  /** conf (browser mode, tests) or electron-store (Electron): keeps settings.json only. */
  readonly openSettingsStore: StoreFactory;
  readonly now: () => Date;
  readonly onIssue: (issue: IssueReport) => void;
  readonly fs?: WriteFs;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class Workspace {
  readonly settings: DocumentFile<SettingsDocument>;
  private readonly open = new Map<string, DocumentFile<unknown>>();
  private readonly deleted = new Set<string>();

  constructor(private readonly options: WorkspaceOptions) {
    ensureDir(options.dataDir);
    // Tidy first: a leftover temp file in a v1 folder would keep that folder from being removed.
    tidyDataFolder(options.dataDir);
    migrateV1Layout(options.dataDir, options.fs ?? nodeWriteFs, options.now(), options.onIssue);
    this.settings = this.file(options.dataDir, 'settings', SETTINGS, null, (path, text) => this.writeSettings(path, text));
  }

  get profilesDir(): string {
    return join(this.options.dataDir, 'profiles');
  }

  profileDir(id: string): string {
    return join(this.profilesDir, id);
  }

  /** Ids of the profiles in the workspace (folders named by a profile id). */
  profileIds(): string[] {
    if (!existsSync(this.profilesDir)) return [];
    return readdirSync(this.profilesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && UUID.test(e.name) && !this.deleted.has(e.name))
      .map((e) => e.name)
      .sort();
  }

  profile(id: string): DocumentFile<ProfileDocument> {
    return this.file(this.profileDir(id), 'profile', PROFILE, id);
  }

  draft(id: string): DocumentFile<DraftDocument> {
    return this.file(this.profileDir(id), 'draft', DRAFT, id);
  }

  plan(id: string): DocumentFile<PlanDocument> {
    return this.file(this.profileDir(id), 'plan', PLAN, id);
  }

  notes(id: string): DocumentFile<NotesDocument> {
    return this.file(this.profileDir(id), 'notes', NOTES, id);
  }

  round(profileId: string, roundId: string): DocumentFile<RoundDocument> {
    return this.file(join(this.profileDir(profileId), 'rounds'), roundId, ROUND, profileId);
  }

  /** Ids of the profile's rounds (one file each). */
  roundIds(profileId: string): string[] {
    const dir = join(this.profileDir(profileId), 'rounds');
    if (this.deleted.has(profileId) || !existsSync(dir)) return [];
    return readdirSync(dir)
      .map((f) => /^([0-9a-f-]{36})\.json$/.exec(f)?.[1])
      .filter((id): id is string => id !== undefined && UUID.test(id))
      .sort();
  }

  /**
   * Removes damaged copies of the v1 feedback document (kept beside the rounds by the layout
   * migration, see layoutV1.ts) that mention `text`: they may hold any round's answers.
   */
  forgetLegacyFeedbackCopies(profileId: string, text: string): void {
    const dir = join(this.profileDir(profileId), 'rounds');
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir)) {
      if (!file.startsWith('feedback-v1')) continue;
      const path = join(dir, file);
      if (readFileSync(path, 'utf8').includes(text)) rmSync(path, { force: true });
    }
  }

  /**
   * Deletes a profile's folder with everything in it (backups, moved-aside copies, temp files),
   * after the changes already queued for its documents have ended. Later changes are refused.
   */
  async deleteProfile(id: string): Promise<void> {
    this.deleted.add(id);
    const prefix = `${this.profileDir(id)}/`;
    const pending = [...this.open.entries()].filter(([key]) => key.startsWith(prefix)).map(([, file]) => file);
    await Promise.all(pending.map((file) => file.transact(() => undefined).catch(() => undefined)));
    // Renamed out of sight in one step first: a crash during the removal leaves a `.deleting-` folder
    // that the next start removes (housekeeping.ts), never a half profile that comes back.
    const doomed = join(this.profilesDir, `${DELETING_PREFIX}${id}`);
    if (existsSync(this.profileDir(id))) renameSync(this.profileDir(id), doomed);
    syncFolder(this.profilesDir);
    rmSync(doomed, { recursive: true, force: true });
    syncFolder(this.profilesDir);
    for (const key of [...this.open.keys()]) if (key.startsWith(prefix)) this.open.delete(key);
  }

  private file<T>(
    dir: string,
    name: string,
    kind: DocumentKind<T>,
    profileId: string | null,
    writeText?: (path: string, text: string) => void,
  ): DocumentFile<T> {
    if (profileId !== null && this.deleted.has(profileId)) throw new ApiError('profile-not-found', {});
    const key = `${dir}/${name}`;
    let file = this.open.get(key) as DocumentFile<T> | undefined;
    if (!file) {
      const guard = profileId === null ? undefined : () => this.checkAlive(profileId);
      file = new DocumentFile<T>({
        dir,
        name,
        kind,
        now: this.options.now,
        onIssue: profileId === null ? this.options.onIssue : (issue) => this.options.onIssue({ ...issue, profileId }),
        ...(this.options.fs ? { fs: this.options.fs } : {}),
        ...(writeText ? { writeText } : {}),
        ...(guard ? { beforeWrite: guard } : {}),
      });
      this.open.set(key, file as DocumentFile<unknown>);
    }
    return file;
  }

  private checkAlive(profileId: string): void {
    if (this.deleted.has(profileId)) throw new ApiError('profile-not-found', {});
  }

  /** settings.json through conf / electron-store, read back because their writes ignore a short write. */
  private writeSettings(path: string, text: string): void {
    const value = JSON.parse(text) as Record<string, unknown>;
    const store = this.options.openSettingsStore({ cwd: this.options.dataDir, name: 'settings' });
    store.store = value;
    let back: unknown;
    try {
      back = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      throw new WriteFailed(path, 'settings did not read back');
    }
    if (!isDeepStrictEqual(back, value)) throw new WriteFailed(path, 'settings read back differently');
  }
}
