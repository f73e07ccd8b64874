/**
 * ELECTRON STAND-IN (main process as a whole) — not Electron. The `app` object and the module shape
 * main/index.ts imports, assembled from the fakes in electron-stand-in.ts, so the entry's wiring
 * can run in Node with readiness fired by the test.
 */
import {
  StandInBrowserWindow,
  StandInEmitter,
  StandInIpcMain,
  StandInProtocol,
  StandInSession,
} from './electron-stand-in';

/** Stand-in for the main-process `app`: readiness is fired by the test. */
export class StandInApp extends StandInEmitter {
  readonly log: string[] = [];
  ready = false;
  exitCode: number | null = null;
  private fire: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.fire = resolve;
  });

  constructor(private readonly userData: string) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  enableSandbox(): void {
    this.log.push('enableSandbox');
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  fireReady(): void {
    this.ready = true;
    this.log.push('ready');
    this.fire();
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`stand-in has no path ${name}`);
    return this.userData;
  }
  getLocale(): string {
    return 'nl-NL';
  }
  quit(): void {
    this.log.push('quit');
  }
  setAppUserModelId(id: string): void {
    this.log.push(`setAppUserModelId: ${id}`);
  }
  exit(code: number): void {
    this.exitCode = code;
  }
}

/** Stand-in for Electron's `Notification`: records what was shown instead of showing it. */
export function createStandInNotification(supported = true) {
  const shown: Array<{ title: string; body: string }> = [];
  class StandInNotification extends StandInEmitter {
    static readonly shown = shown;
    static isSupported(): boolean {
      return supported;
    }
    constructor(private readonly options: { title: string; body: string }) {
      super();
    }
    show(): void {
      shown.push({ title: this.options.title, body: this.options.body });
    }
  }
  return StandInNotification;
}

/** Stand-in for the main-process `electron` module as main/index.ts imports it. */
export function createMainProcessStandIn(userData: string) {
  const app = new StandInApp(userData);
  const windows: StandInMainWindow[] = [];
  class StandInMainWindow extends StandInBrowserWindow {
    static getAllWindows(): StandInMainWindow[] {
      return windows;
    }
    constructor(options: unknown) {
      super(options);
      windows.push(this);
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
  }
  const protocol = Object.assign(new StandInProtocol(), {
    privileged: [] as unknown[],
    registerSchemesAsPrivileged(schemes: unknown[]): void {
      app.log.push('registerSchemesAsPrivileged');
      protocol.privileged.push(...schemes);
    },
  });
  return {
    app,
    BrowserWindow: StandInMainWindow,
    windows,
    dialog: { showErrorBox: (title: string, message: string) => app.log.push(`error box: ${title}: ${message}`) },
    ipcMain: new StandInIpcMain(),
    protocol,
    session: { defaultSession: new StandInSession() },
    safeStorage: standInSafeStorage(true),
    Notification: createStandInNotification(true),
  };
}

/**
 * Stand-in for Electron's safeStorage: a reversible transformation (not real encryption) so tests
 * can see that the key is stored transformed and read back through the keystore.
 */
export function standInSafeStorage(available: boolean) {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text: string) => Buffer.from(`stand-in:${Buffer.from(text).toString('base64')}`),
    decryptString: (data: Buffer) => {
      const text = data.toString();
      if (!text.startsWith('stand-in:')) throw new Error('not encrypted by this keystore');
      return Buffer.from(text.slice('stand-in:'.length), 'base64').toString();
    },
  };
}
