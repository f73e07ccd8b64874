/**
 * ELECTRON STAND-IN — not Electron. The Electron binary cannot be downloaded on the build machines,
 * so the thin Electron glue is tested against these small fakes. Each one records what the code
 * under test registered and lets the test fire events the way Electron would. They implement only
 * the members our modules use (see the interfaces in main/security.ts, ipc.ts, protocol.ts, window.ts).
 */
import type { InvokeEvent, SenderFrame } from '@main/transport/ipc';

type Listener = (...args: never[]) => unknown;

/** A minimal EventEmitter: `on`/`once` register, `emit` calls the listeners in order. */
export class StandInEmitter {
  private readonly listeners = new Map<string, Array<{ listener: Listener; once: boolean }>>();

  on(event: string, listener: Listener): this {
    this.add(event, listener, false);
    return this;
  }

  once(event: string, listener: Listener): this {
    this.add(event, listener, true);
    return this;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  emit(event: string, ...args: unknown[]): void {
    const entries = this.listeners.get(event) ?? [];
    this.listeners.set(
      event,
      entries.filter((entry) => !entry.once),
    );
    for (const entry of entries) (entry.listener as (...values: unknown[]) => unknown)(...args);
  }

  private add(event: string, listener: Listener, once: boolean): void {
    const entries = this.listeners.get(event) ?? [];
    entries.push({ listener, once });
    this.listeners.set(event, entries);
  }
}

/** A preventable event as Electron passes it to `will-navigate` and friends. */
export function standInEvent(url = ''): { url: string; defaultPrevented: boolean; preventDefault(): void } {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** Stand-in for a `WebContents`: events plus the window-open handler. */
export class StandInWebContents extends StandInEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires a navigation event; returns true when a listener prevented it. */
  attempt(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview', url = ''): boolean {
    const fired = standInEvent(url);
    this.emit(event, fired, url);
    return fired.defaultPrevented;
  }
}

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

/** Stand-in for a `Session`: records the permission handlers and the request filter. */
export class StandInSession {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null =
    null;
  permissionCheckHandler: (() => boolean) | null = null;
  devicePermissionHandler: (() => boolean) | null = null;
  beforeRequest: RequestListener | null = null;

  setPermissionRequestHandler(handler: StandInSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: () => boolean): void {
    this.devicePermissionHandler = handler;
  }
  readonly webRequest = {
    onBeforeRequest: (listener: RequestListener): void => {
      this.beforeRequest = listener;
    },
  };

  /** Sends a request through the filter; returns true when it was cancelled. */
  request(url: string): boolean {
    let cancelled: boolean | undefined;
    this.beforeRequest?.({ url }, (response) => {
      cancelled = response.cancel === true;
    });
    if (cancelled === undefined) throw new Error(`no answer for ${url}`);
    return cancelled;
  }
}

type InvokeHandler = (event: InvokeEvent, input: unknown) => Promise<unknown>;

/** Stand-in for `ipcMain`: like Electron, refuses a second handler on one channel. */
export class StandInIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, listener: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`a handler for ${channel} is already registered`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What Electron does when a renderer calls `ipcRenderer.invoke(channel, input)`. */
  async invoke(channel: string, senderFrame: SenderFrame | null, input: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame }, input);
  }
}

/** A frame as Electron reports it in `event.senderFrame`. */
export function standInFrame(url: string, parent: SenderFrame | null = null): SenderFrame {
  return { url, parent };
}

/** Stand-in for `protocol`: records the handler per scheme. */
export class StandInProtocol {
  readonly handlers = new Map<string, (request: Request) => Promise<Response>>();

  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    this.handlers.set(scheme, handler);
  }

  async fetch(url: string, method = 'GET'): Promise<Response> {
    const scheme = new URL(url).protocol.replace(/:$/, '');
    const handler = this.handlers.get(scheme);
    if (handler === undefined) throw new Error(`scheme ${scheme} is not handled`);
    return handler(new Request(url, { method }));
  }
}

/** Stand-in for a `BrowserWindow`, built from the options the code passes. */
export class StandInBrowserWindow extends StandInEmitter {
  readonly loadedUrls: string[] = [];
  shown = false;

  constructor(readonly options: unknown) {
    super();
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  show(): void {
    this.shown = true;
  }

  /** Full screen as `setFullScreen` left it; `destroyed` as after the window was closed. */
  fullScreen = false;
  destroyed = false;

  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** Stand-in for the renderer side of `electron` (`contextBridge`, `ipcRenderer`), for the preload. */
export const rendererStandIn = {
  exposed: new Map<string, unknown>(),
  invocations: [] as Array<{ channel: string; args: unknown[] }>,
  contextBridge: {
    exposeInMainWorld(key: string, value: unknown): void {
      rendererStandIn.exposed.set(key, value);
    },
  },
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      rendererStandIn.invocations.push({ channel, args });
      return Promise.resolve({ ok: true, value: { channel } });
    },
  },
};

