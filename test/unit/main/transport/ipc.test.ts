import { describe, expect, it } from 'vitest';
import { api, channelOf, OPERATION_NAMES, type ApiResult } from '@shared/contract/api';
import { OPERATION_LIST } from '@shared/contract/operations';
import type { Dispatch } from '@main/transport/dispatch';
import { isTrustedFrame, registerIpc } from '@main/transport/ipc';
import { StandInIpcMain, standInFrame } from '../app/electron-stand-in';

const APP_FRAME = standInFrame('app://kompas/index.html');

function setup(): { ipcMain: StandInIpcMain; calls: Array<[string, unknown]>; unregister: () => void } {
  const ipcMain = new StandInIpcMain();
  const calls: Array<[string, unknown]> = [];
  const dispatch: Dispatch = async (name, input) => {
    calls.push([name, input]);
    return { ok: true, value: { answered: name } };
  };
  const unregister = registerIpc(ipcMain, dispatch, isTrustedFrame);
  return { ipcMain, calls, unregister };
}

describe('operation list', () => {
  it('the zod-free list in shared/operations.ts names exactly the contract’s operations, in order', () => {
    expect([...OPERATION_LIST]).toEqual(OPERATION_NAMES);
    expect(Object.keys(api)).toEqual(OPERATION_NAMES);
  });
});

describe('registerIpc', () => {
  it('registers exactly one handler per operation, on its own channel', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(OPERATION_NAMES.map(channelOf).sort());
    expect(ipcMain.handlers.size).toBe(OPERATION_NAMES.length);
  });

  it('has no generic channel', () => {
    const { ipcMain } = setup();
    for (const channel of ipcMain.handlers.keys()) expect(channel).toMatch(/^kompas:[a-zA-Z]+$/);
    expect(ipcMain.handlers.has('kompas:invoke')).toBe(false);
  });

  it('passes a trusted call with its input to dispatch and returns its answer', async () => {
    const { ipcMain, calls } = setup();
    const input = { id: '0f8fad5b-d9cb-469f-a165-70867728950e' };
    const result = await ipcMain.invoke(channelOf('getAssessment'), APP_FRAME, input);
    expect(result).toEqual({ ok: true, value: { answered: 'getAssessment' } });
    expect(calls).toEqual([['getAssessment', input]]);
  });

  it.each([
    ['no frame (destroyed or navigated away)', null],
    ['a subframe of the app', standInFrame('app://kompas/index.html', APP_FRAME)],
    ['another origin', standInFrame('https://evil.example/')],
    ['a look-alike host', standInFrame('app://kompas.evil/index.html')],
    ['a file: page', standInFrame('file:///tmp/index.html')],
  ])('refuses %s without calling dispatch', async (_label, frame) => {
    const { ipcMain, calls } = setup();
    const result = (await ipcMain.invoke(channelOf('deleteAssessment'), frame, { id: 'x' })) as ApiResult<unknown>;
    expect(result).toEqual({ ok: false, error: { code: 'untrusted-sender', params: {} } });
    expect(calls).toEqual([]);
  });

  it('uses the sender check it is given', async () => {
    const ipcMain = new StandInIpcMain();
    const seen: unknown[] = [];
    registerIpc(
      ipcMain,
      async () => ({ ok: true, value: null }),
      (frame) => {
        seen.push(frame);
        return false;
      },
    );
    await ipcMain.invoke(channelOf('getAppState'), APP_FRAME, {});
    expect(seen).toEqual([APP_FRAME]);
  });

  it('removes every handler again', () => {
    const { ipcMain, unregister } = setup();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    expect(() => registerIpc(ipcMain, async () => ({ ok: true, value: null }), isTrustedFrame)).not.toThrow();
  });
});

describe('isTrustedFrame', () => {
  it('trusts only the app’s own top frame', () => {
    expect(isTrustedFrame(APP_FRAME)).toBe(true);
    expect(isTrustedFrame(standInFrame('app://kompas/'))).toBe(true);
    expect(isTrustedFrame(null)).toBe(false);
    expect(isTrustedFrame(undefined)).toBe(false);
    expect(isTrustedFrame(standInFrame('app://kompas/index.html', APP_FRAME))).toBe(false);
    expect(isTrustedFrame(standInFrame('app://evil/index.html'))).toBe(false);
  });
});
