/**
 * Security guards (pure functions) and the appliers that wire them to Electron objects. The
 * Electron objects are passed in, described by the few members we use, so the stand-in in the
 * unit tests and the real `WebContents`/`Session` both fit.
 */

/** The app's own origin: everything the UI needs is served from here by `main/protocol.ts`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kompas';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** URL schemes that reach the network; the app is offline by design, so all are cancelled. */
const NETWORK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for a URL on the app's own origin: scheme `app:` and host `kompas`, compared exactly
 * after parsing, without user info or port (`app://kompas@evil/` has host `evil`).
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True when a request must be cancelled: it would leave the machine (or the URL is unreadable). */
export function isNetworkRequest(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed === null || NETWORK_PROTOCOLS.has(parsed.protocol);
}

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The members of `WebContents` the navigation policy uses. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/**
 * One navigation policy for every webContents: stay on the app's own origin, never open windows,
 * never attach a <webview>.
 */
export function applyNavigationPolicy(contents: GuardedContents): void {
  const stayInApp = (event: NavigationEvent): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The members of `Session` the security settings use. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler?(handler: () => boolean): void;
  readonly webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void,
    ): void;
  };
}

/** The app needs no permission at all and never goes online: deny and cancel everything. */
export function applySessionSecurity(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isNetworkRequest(details.url) });
  });
}
