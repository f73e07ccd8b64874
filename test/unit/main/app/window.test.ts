import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, mainWindowOptions } from '@main/app/window';
import { StandInBrowserWindow } from './electron-stand-in';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');

  it('uses the production security settings', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('is a sensible, titled window that waits for its first paint', () => {
    expect(options).toMatchObject({ title: 'Ambtelijk Kompas', show: false, backgroundColor: '#ffffff' });
    expect(options.width).toBeGreaterThanOrEqual(1100);
    expect(options.height).toBeGreaterThanOrEqual(800);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
  });
});

describe('createMainWindow', () => {
  function build(): { window: StandInBrowserWindow; logged: unknown[] } {
    const logged: unknown[] = [];
    const window = createMainWindow({
      preloadPath: '/p/index.cjs',
      createWindow: (options: BrowserWindowConstructorOptions) => new StandInBrowserWindow(options),
      log: (message, error) => logged.push([message, error]),
    });
    return { window, logged };
  }

  it('builds the window with those options and loads the app’s own page', () => {
    const { window } = build();
    expect(window.options).toEqual(mainWindowOptions('/p/index.cjs'));
    expect(window.loadedUrls).toEqual(['app://kompas/index.html']);
  });

  it('shows the window only when it is ready to show', () => {
    const { window } = build();
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('logs a failed page load instead of crashing', async () => {
    const logged: unknown[] = [];
    createMainWindow({
      preloadPath: '/p/index.cjs',
      createWindow: (options) =>
        Object.assign(new StandInBrowserWindow(options), {
          loadURL: () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')),
        }),
      log: (message) => logged.push(message),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(logged).toHaveLength(1);
  });
});
