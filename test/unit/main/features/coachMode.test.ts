/**
 * Coach mode through the real contract, dispatcher, services and files: off for a leader with one
 * profile, on by the setting or by adding a coachee, and not switched off while coachees remain.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppState, ProfileSummary } from '@shared/contract/api';
import { snapshot, start, storedSettings, tempDir } from './profilesApp';

const FIXTURE_V1 = resolve(import.meta.dirname, '../../../fixtures/data-v1');

describe('coach mode', () => {
  it('is off for a leader who never adds a coachee or switches it on', async () => {
    const dir = tempDir();
    const app = start(dir);
    const state = await app.call<AppState>('getAppState', {});
    expect(state.coachMode).toBe(false);
    expect((await app.call<AppState>('setLanguage', { language: 'en' })).coachMode).toBe(false);
    expect(storedSettings(dir)).toMatchObject({ schemaVersion: 2, coachMode: false });
  });

  it('is switched on and off in the settings, kept across a restart', async () => {
    const dir = tempDir();
    const app = start(dir);
    await app.call<AppState>('getAppState', {});
    expect((await app.call<AppState>('setCoachMode', { on: true })).coachMode).toBe(true);
    expect(storedSettings(dir)).toMatchObject({ coachMode: true });
    expect((await start(dir).call<AppState>('getAppState', {})).coachMode).toBe(true);
    expect((await app.call<AppState>('setCoachMode', { on: false })).coachMode).toBe(false);
    expect((await start(dir).call<AppState>('getAppState', {})).coachMode).toBe(false);
  });

  it('adding a coachee switches it on; switching off is refused while two profiles exist, nothing changes', async () => {
    const dir = tempDir();
    const app = start(dir);
    const first = await app.call<AppState>('getAppState', {});
    const anna = await app.call<ProfileSummary>('createProfile', { name: 'Anna' });
    expect(storedSettings(dir)).toMatchObject({ coachMode: true, activeProfileId: first.activeProfileId });
    expect((await app.call<AppState>('getAppState', {})).coachMode).toBe(true);

    const before = snapshot(dir);
    expect(await app.refused('setCoachMode', { on: false })).toEqual({ code: 'coach-mode-profiles', params: { count: 2 } });
    expect(snapshot(dir)).toEqual(before);

    // With one profile left it can be switched off.
    await app.call('deleteProfile', { profileId: anna.id });
    expect((await app.call<AppState>('setCoachMode', { on: false })).coachMode).toBe(false);
  });

  it('is on while several profiles exist, even when the setting says off (e.g. settings lost)', async () => {
    const dir = tempDir();
    const app = start(dir);
    await app.call<AppState>('getAppState', {});
    await app.call<ProfileSummary>('createProfile', { name: 'Bram' });
    const settings = join(dir, 'settings.json');
    const stored = JSON.parse(readFileSync(settings, 'utf8')) as Record<string, unknown>;
    // As if the settings were written before the coachee was added.
    writeFileSync(settings, JSON.stringify({ ...stored, coachMode: false }));
    expect((await start(dir).call<AppState>('getAppState', {})).coachMode).toBe(true);
  });

  it('a settings.json of app 0.1 (version 1) is upgraded, not called damaged: coach mode off, the old file kept', async () => {
    const dir = tempDir();
    cpSync(FIXTURE_V1, dir, { recursive: true, filter: (src) => !/(README\.md|expected\.json)$/.test(src) });
    const state = await start(dir).call<AppState>('getAppState', {});
    expect(state.storageIssues).toEqual([]);
    expect(state.coachMode).toBe(false);
    expect(state.language).toBe('nl');
    expect(storedSettings(dir)).toEqual({ schemaVersion: 2, language: 'nl', activeProfileId: state.activeProfileId, coachMode: false });
    const copies = readdirSync(join(dir, 'backups', 'settings')).filter((f) => f.startsWith('pre-upgrade-v1-'));
    expect(copies.map((f) => readFileSync(join(dir, 'backups', 'settings', f), 'utf8'))).toEqual([readFileSync(join(FIXTURE_V1, 'settings.json'), 'utf8')]);
  });
});
