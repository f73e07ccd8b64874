/**
 * The Electron entry (main/index.ts) wired to the electron stand-in and the real services (conf
 * instead of electron-store, same files): lifecycle order, security appliers, protocol, IPC, window.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, OPERATION_NAMES } from '@shared/contract/api';
import type { createMainProcessStandIn } from './electron-stand-in-app';
import { StandInWebContents, standInFrame } from './electron-stand-in';

const standIn = vi.hoisted(() => ({ current: null as ReturnType<typeof createMainProcessStandIn> | null }));

vi.mock('electron', async () => {
  const { mkdtempSync: makeTemp } = await import('node:fs');
  const { tmpdir: temp } = await import('node:os');
  const { join: joinPath } = await import('node:path');
  const { createMainProcessStandIn: create } = await import('./electron-stand-in-app');
  standIn.current = create(makeTemp(joinPath(temp(), 'kompas-userdata-')));
  return standIn.current;
});
vi.mock('@main/platform/electronStore', async () => ({
  openElectronStore: (await import('@main/platform/confStore')).confStoreFactory,
}));

function electron(): ReturnType<typeof createMainProcessStandIn> {
  if (standIn.current === null) throw new Error('the electron stand-in was not loaded');
  return standIn.current;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  await import('@main/app/index');
});

afterAll(() => rmSync(electron().app.getPath('userData'), { recursive: true, force: true }));

describe('main/index.ts before ready', () => {
  it('registers the app scheme as privileged and enables the sandbox, before anything else', () => {
    const { app, protocol, ipcMain, windows } = electron();
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(app.log.slice(0, 2)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(protocol.handlers.size).toBe(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(windows).toHaveLength(0);
  });
});

describe('main/index.ts when ready', () => {
  beforeAll(async () => {
    electron().app.fireReady();
    await settle();
  });

  it('secures the default session', () => {
    const { session } = electron();
    expect(session.defaultSession.permissionCheckHandler?.()).toBe(false);
    expect(session.defaultSession.request('https://example.org/')).toBe(true);
    expect(session.defaultSession.request('app://kompas/index.html')).toBe(false);
  });

  it('serves the app protocol, registers one IPC handler per operation and opens one window', () => {
    const { protocol, ipcMain, windows } = electron();
    expect([...protocol.handlers.keys()]).toEqual(['app']);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(OPERATION_NAMES.map(channelOf).sort());
    expect(windows).toHaveLength(1);
    expect(windows[0]?.loadedUrls).toEqual(['app://kompas/index.html']);
    expect(windows[0]?.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true } });
    expect(String((windows[0]?.options as { webPreferences: { preload: string } }).webPreferences.preload)).toMatch(
      /preload[\\/]index\.cjs$/,
    );
  });

  it('answers a call from the app’s own frame with the real services, storing under userData/data', async () => {
    const { app, ipcMain } = electron();
    const result = await ipcMain.invoke(channelOf('getAppState'), standInFrame('app://kompas/index.html'), {});
    expect(result).toMatchObject({ ok: true, value: { language: 'nl' } });
    const dataDir = join(app.getPath('userData'), 'data');
    expect(existsSync(dataDir)).toBe(true);
    expect(readdirSync(dataDir).length).toBeGreaterThan(0);
  });

  it('puts the main window in and out of full screen for the presentation view', async () => {
    const { ipcMain, windows } = electron();
    const frame = standInFrame('app://kompas/index.html');
    expect(await ipcMain.invoke(channelOf('setFullScreen'), frame, { on: true })).toEqual({ ok: true, value: { applied: true } });
    expect(windows[0]?.fullScreen).toBe(true);
    expect(await ipcMain.invoke(channelOf('setFullScreen'), frame, { on: false })).toEqual({ ok: true, value: { applied: true } });
    expect(windows[0]?.fullScreen).toBe(false);
    expect(await ipcMain.invoke(channelOf('setFullScreen'), standInFrame('https://evil.example/'), { on: true })).toMatchObject({ ok: false });
    expect(windows[0]?.fullScreen).toBe(false);
  });

  it('refuses the same call from another origin', async () => {
    const result = await electron().ipcMain.invoke(channelOf('getAppState'), standInFrame('https://evil.example/'), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('applies the navigation policy to every new webContents', () => {
    const contents = new StandInWebContents();
    electron().app.emit('web-contents-created', {}, contents);
    expect(contents.attempt('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('looks for due reminders without showing a notification when nothing is due, and stops them on quit', () => {
    const { app, Notification } = electron();
    expect(Notification.shown).toEqual([]);
    expect(app.listenerCount('before-quit')).toBe(1);
    app.emit('before-quit');
  });

  it('quits when the last window closes (not on macOS)', () => {
    const { app } = electron();
    app.emit('window-all-closed');
    expect(app.log.includes('quit')).toBe(process.platform !== 'darwin');
  });
});
