/** What the engine runs share: the driver surface a scenario uses, time limits, downloads and processes. */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type EngineKey = 'Tab' | 'Space' | 'Enter' | 'ArrowDown' | 'ArrowRight';

/** The little a scenario needs from a browser, the same for every engine. */
export interface Engine {
  readonly name: string;
  open(url: string): Promise<void>;
  /** Runs `script`, the source of a JS function, in the page with these (JSON) arguments; returns its result. */
  run<T>(script: string, ...args: unknown[]): Promise<T>;
  /** One key, sent to whatever has focus, as a keyboard user presses it. */
  press(key: EngineKey): Promise<void>;
  /** Text typed into whatever has focus. */
  type(text: string): Promise<void>;
  /** A real pointer click in the middle of the element (scrolled into view). */
  click(selector: string): Promise<void>;
  /** A PNG of the visible page. */
  screenshot(path: string): Promise<void>;
}

export interface EngineSession {
  readonly engine: Engine;
  /** Where this browser saves downloads. */
  readonly downloads: string;
  /** Ends the browser and its driver, also when they no longer answer. Never throws. */
  close(): Promise<void>;
}

/** Rejects with a message that names what was awaited, when `promise` takes longer than `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a value other than undefined; fails with `what` after `ms`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${ms / 1000} s waiting for ${what}${cause}`);
    }
    await sleep(100);
  }
}

const RESPONSE_FILE = /^kompas-antwoord-[0-9a-f]{8}\.json$/;

/** Response files in `dir` that are complete: the expected name, and a size that holds still between two looks. */
export async function waitForNewDownload(dir: string, known: ReadonlySet<string>): Promise<string> {
  return waitFor(`a new kompas-antwoord-*.json in ${dir}`, async () => {
    const fresh = readdirSync(dir).filter((name) => RESPONSE_FILE.test(name) && !known.has(name));
    if (fresh.length > 1) throw new Error(`more than one new download: ${fresh.join(', ')}`);
    const [name] = fresh;
    if (name === undefined) return undefined;
    const size = statSync(join(dir, name)).size;
    await sleep(200);
    return size > 0 && statSync(join(dir, name)).size === size ? name : undefined;
  });
}

export function responseFilesIn(dir: string): Set<string> {
  return new Set(existsSync(dir) ? readdirSync(dir).filter((name) => RESPONSE_FILE.test(name)) : []);
}

/**
 * Ends a process we started in its own process group (spawned `detached`) with everything it started:
 * SIGTERM, then SIGKILL when it has not exited after `graceMs`.
 */
export async function killGroup(child: ChildProcess, graceMs = 3_000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    signal('SIGKILL');
    await Promise.race([exited, sleep(graceMs)]);
  }
}

const cleanups = new Set<() => Promise<void>>();

/** Registers how to end processes just started, for an interrupted run; returns the unregistration. */
export function whileRunning(cleanup: () => Promise<void>): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Ends whatever is still registered (Ctrl-C or SIGTERM during a run). */
export async function endAllRunning(): Promise<void> {
  await Promise.allSettled([...cleanups].map((cleanup) => cleanup()));
}

/** A program the run needs is not installed: said in one line, without a stack. */
export class MissingTool extends Error {}

export function requireFile(path: string, what: string, install: string): void {
  if (!existsSync(path)) throw new MissingTool(`${what} is missing (${path}). Install it with: ${install} (.ci/run does this).`);
}
