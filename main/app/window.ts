/**
 * The main window: production security settings (the same under test), loaded from the app's own
 * protocol, shown only once its first paint is ready.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './security';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Ambtelijk Kompas',
    width: 1200,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    backgroundColor: '#ffffff',
    show: false,
    webPreferences: {
      preload: preloadPath,
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
    },
  };
}

/** The members of `BrowserWindow` used here. */
export interface MainWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export interface MainWindowDeps<W extends MainWindow> {
  preloadPath: string;
  /** Builds the window, e.g. `(options) => new BrowserWindow(options)`. */
  createWindow: (options: BrowserWindowConstructorOptions) => W;
  /** Where a failed page load is reported. */
  log: (message: string, error: unknown) => void;
}

export function createMainWindow<W extends MainWindow>(deps: MainWindowDeps<W>): W {
  const window = deps.createWindow(mainWindowOptions(deps.preloadPath));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => deps.log('the main window could not load the app', error));
  return window;
}
