/**
 * The Electron entry on a data folder another app already uses (a browser-mode server, or an app
 * with another userData pointing here): it says so in one dialog and quits without touching it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { createMainProcessStandIn } from './electron-stand-in-app';

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

let dataDir: string;
/** A process that runs (our parent), holding the folder. */
const holder = String(process.ppid);

beforeAll(async () => {
  await import('@main/app/index');
  dataDir = join(electron().app.getPath('userData'), 'data');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'kompas.lock'), holder);
  electron().app.fireReady();
  await new Promise((resolve) => setTimeout(resolve, 50));
});

afterAll(() => rmSync(electron().app.getPath('userData'), { recursive: true, force: true }));

describe('main/index.ts on a data folder in use', () => {
  it('shows one clear dialog naming the folder, quits with code 1, and opens nothing', () => {
    const { app, windows, ipcMain } = electron();
    const boxes = app.log.filter((line) => line.startsWith('error box: '));
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toContain(dataDir);
    expect(boxes[0]).toMatch(/al geopend|already open/);
    expect(app.exitCode).toBe(1);
    expect(windows).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('leaves the folder and the other app’s lock as they were', () => {
    expect(readdirSync(dataDir)).toEqual(['kompas.lock']);
    expect(readFileSync(join(dataDir, 'kompas.lock'), 'utf8')).toBe(holder);
  });
});
