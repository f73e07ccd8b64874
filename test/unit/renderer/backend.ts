/**
 * The renderer's component tests run against the real services (main/services.ts) on a temp data
 * folder, behind the real dispatcher: the bridge a test installs is the one the app gets, minus the
 * transport. Every call the renderer makes is recorded (with the profileId it passes), every input
 * and output is checked by the contract, and nothing is answered by a hand-written fake, except:
 *
 * - `replace`: an operation answered by a given handler (still behind the dispatcher, so its input
 *   and output are checked against the contract) — for data the real services can only make with a
 *   long set-up (a closed 360° round with figures), or for an unexpected failure;
 * - `diskFull`: the durable writer's file system refuses to write, so a save fails for real.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { ApiHandlers, ApiInput, ApiOutput, AppState, ApiResult, KompasBridge, OperationName } from '@shared/contract/api';
import { OPERATION_LIST } from '@shared/contract/operations';
import { confStoreFactory } from '@main/platform/confStore';
import { openServices } from '@main/services';
import { nodeWriteFs, type WriteFs } from '@main/storage/durableWrite';
import { createDispatcher } from '@main/transport/dispatch';
import { setApiBridge } from '@renderer/src/app/api/client';
import { useSession } from '@renderer/src/app/session';

export interface Call {
  readonly name: OperationName;
  readonly input: Record<string, unknown>;
}

export interface BackendOptions {
  /** The services' clock (default: the real one). */
  readonly now?: string;
  /** Operations answered by these handlers instead of the services (still checked by the contract). */
  readonly replace?: Partial<ApiHandlers>;
}

export interface Backend {
  readonly dir: string;
  /** The active profile of the fresh workspace. */
  readonly profileId: string;
  readonly bridge: KompasBridge;
  /** Every call the renderer made, in order. */
  readonly calls: Call[];
  /** The inputs the renderer sent to one operation. */
  callsOf(name: OperationName): Record<string, unknown>[];
  /** A set-up call for the active profile (not recorded); throws the error payload on failure. */
  call<N extends OperationName>(name: N, input: Omit<ApiInput<N>, 'profileId'>): Promise<ApiOutput<N>>;
  /** While true, every write of a user's document fails as on a full disk. */
  diskFull: boolean;
  /**
   * Writes a file into the active profile's folder (`path` relative to it) as another app (version)
   * would have: JSON of `content`, or `content` as is when it is a string. The services read each
   * document once and keep it: `restart()` after this to have them read it.
   */
  writeProfileFile(path: string, content: unknown): void;
  /** Like writeProfileFile, relative to the data folder. */
  writeDataFile(path: string, content: unknown): void;
  /** Opens the same folder with new services, as after a restart, and connects the renderer to them. */
  restart(): Promise<Backend>;
}

/** Opens the real services on a fresh temp folder; it is removed when the test ends. */
export async function openBackend(options: BackendOptions = {}, existingDir?: string): Promise<Backend> {
  const dir = existingDir ?? mkdtempSync(join(tmpdir(), 'kompas-renderer-'));
  if (!existingDir) onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const formPath = join(dir, 'respond-form.html');
  writeFileSync(formPath, '<!doctype html><html><head></head><body></body></html>');

  let diskFull = false;
  const fs: WriteFs = {
    ...nodeWriteFs,
    // A full disk: nothing of the temp file is written (the durable writer then fails the save).
    writeSync: (fd, buffer, offset, length, position) => (diskFull ? 0 : nodeWriteFs.writeSync(fd, buffer, offset, length, position)),
  };
  const now = options.now ? () => new Date(options.now as string) : () => new Date();
  const { handlers } = openServices({ dataDir: dir, openStore: confStoreFactory, respondFormPath: formPath, now, timeZone: () => 'Europe/Amsterdam', fs });
  const dispatch = createDispatcher({ ...handlers, ...options.replace }, () => undefined);

  const raw = async (name: OperationName, input: Record<string, unknown>): Promise<unknown> => {
    const result = await dispatch(name, input);
    if (!result.ok) throw Object.assign(new Error(`${name}: ${result.error.code}`), { payload: result.error });
    return result.value;
  };
  const state = (await raw('getAppState', {})) as AppState;
  const writeDataFile = (path: string, content: unknown): void => {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content, null, '\t'));
  };

  const calls: Call[] = [];
  const bridge: Record<string, (input: Record<string, unknown>) => Promise<ApiResult<unknown>>> = {};
  for (const name of OPERATION_LIST) {
    bridge[name] = async (input) => {
      calls.push({ name, input: structuredClone(input) });
      return dispatch(name, input);
    };
  }

  const backend: Backend = {
    dir,
    profileId: state.activeProfileId,
    bridge: bridge as unknown as KompasBridge,
    calls,
    callsOf: (name) => calls.filter((c) => c.name === name).map((c) => c.input),
    call: async (name, input) => (await raw(name, { profileId: state.activeProfileId, ...input })) as never,
    get diskFull() {
      return diskFull;
    },
    set diskFull(value: boolean) {
      diskFull = value;
    },
    writeProfileFile: (path, content) => writeDataFile(join('profiles', state.activeProfileId, path), content),
    writeDataFile: (path, content) => writeDataFile(path, content),
    restart: () => connectBackend(options, dir),
  };
  return backend;
}

/**
 * Opens the real services, makes the renderer use them, and loads the session (the app state with
 * the active profile) as App does at start, so the stores can name the profile.
 */
export async function connectBackend(options: BackendOptions = {}, existingDir?: string): Promise<Backend> {
  const backend = await openBackend(options, existingDir);
  setApiBridge(backend.bridge);
  useSession.setState({ state: null, problem: null });
  await useSession.getState().load();
  backend.calls.length = 0;
  return backend;
}
