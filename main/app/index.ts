/**
 * Electron entry: lifecycle and wiring only. Security settings, the protocol, IPC and the window
 * live in their own small modules (each unit-tested with the electron stand-in).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Notification, protocol, safeStorage, session } from 'electron';
import { createDispatcher } from '../transport/dispatch';
import { registerIpc, isTrustedFrame } from '../transport/ipc';
import { registerAppProtocol } from './protocol';
import { startReminderNotifier } from './reminders';
import { languageOfLocale, translator } from './i18n';
import { APP_SCHEME, applyNavigationPolicy, applySessionSecurity } from './security';
import { createServices } from '../services';
import { acquireFolderLock } from '../storage/folderLock';
import { safeStorageKeyVault } from '../platform/keyVault';
import { openElectronStore } from '../platform/electronStore';
import { createMainWindow } from './window';
import { createPdfPrinter } from './printToPdf';
import { mainWindowControl } from './fullScreen';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
/** As in electron-builder.yml; Windows shows notifications only for an app with this id. */
const APP_USER_MODEL_ID = 'nl.ambtelijkkompas.app';

function log(message: string, error: unknown): void {
  console.error(`[kompas] ${message}`, error);
}

// Before ready: the app's own scheme behaves like https (standard, secure context, fetch).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let started = false;
let stopReminders: (() => void) | null = null;

/** The OS notification; a click brings the app's window forward. */
function showNotification(title: string, body: string): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title, body });
  notification.on('click', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  notification.show();
}

function openMainWindow(): void {
  const window = createMainWindow({ preloadPath, createWindow: (options) => new BrowserWindow(options), log });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

async function start(): Promise<void> {
  await app.whenReady();
  applySessionSecurity(session.defaultSession);
  registerAppProtocol(protocol, rendererDir);
  const dataDir = join(app.getPath('userData'), 'data');
  // One app per data folder (also against a browser-mode server on the same folder).
  const lock = acquireFolderLock(dataDir);
  if (!lock.ok) {
    const t = translator(languageOfLocale(app.getLocale()));
    dialog.showErrorBox(t('system.folderInUse.title'), t('system.folderInUse.text', { dir: dataDir }));
    app.exit(1);
    return;
  }
  app.on('will-quit', () => lock.release());
  const language = async () => (await services.getAppState({})).language;
  const printer = createPdfPrinter({
    preloadPath,
    createWindow: (options) => new BrowserWindow(options),
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    dialogTexts: async () => {
      const t = translator(await language());
      return { title: t('system.pdf.title'), buttonLabel: t('system.pdf.button'), filterName: t('system.pdf.filter') };
    },
    defaultFolder: () => app.getPath('documents'),
  });
  const services = createServices({
    dataDir,
    openStore: openElectronStore,
    keyVault: safeStorageKeyVault(safeStorage),
    respondFormPath: join(here, '../respond/index.html'),
    printer,
    windowControl: mainWindowControl(() => mainWindow),
  });
  registerIpc(ipcMain, createDispatcher(services, log), isTrustedFrame);
  openMainWindow();
  started = true;
  // What is due, as an OS notification while the app is open (no background service).
  stopReminders = startReminderNotifier({
    // Reminders of the profile the app shows.
    getReminders: async () => services.getReminders({ profileId: (await services.getAppState({})).activeProfileId }),
    language: async () => (await services.getAppState({})).language,
    notify: showNotification,
    now: () => new Date(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    // unref: a pending reminder never keeps the process alive on its own.
    setTimer: (fn, ms) => setTimeout(fn, ms).unref(),
    clearTimer: (handle) => clearTimeout(handle),
    log,
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  app.on('before-quit', () => {
    stopReminders?.();
    stopReminders = null;
  });
  app.on('web-contents-created', (_event, contents) => applyNavigationPolicy(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  start().catch((error: unknown) => {
    log('start-up failed', error);
    // The saved language cannot be read when start-up failed: the system's language decides.
    const t = translator(languageOfLocale(app.getLocale()));
    dialog.showErrorBox(t('system.startFailed.title'), t('system.startFailed.text'));
    app.exit(1);
  });
}
