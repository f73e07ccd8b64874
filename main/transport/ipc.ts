/**
 * The Electron transport of the API contract: one `ipcMain.handle` per operation (no generic
 * channel). Every call first checks that it comes from the app's own top frame, then goes through
 * the shared dispatcher, which parses input and output with the contract's zod schemas.
 */
import { channelOf, OPERATION_NAMES, type ApiResult } from '@shared/contract/api';
import type { Dispatch } from './dispatch';
import { isAppUrl } from '../app/security';

/** The members of Electron's `WebFrameMain` the sender check uses. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** The part of an `IpcMainInvokeEvent` the handlers read. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The members of Electron's `ipcMain` used here. */
export interface IpcRegistry {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<ApiResult<unknown>>): void;
  removeHandler(channel: string): void;
}

export type SenderCheck = (frame: SenderFrame | null | undefined) => boolean;

/** A trusted sender is the app's own top frame, showing a page from the app's own origin. */
export function isTrustedFrame(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** What a refused sender gets back (a fresh object each time). */
export function untrustedSenderResult(): ApiResult<never> {
  return { ok: false, error: { code: 'untrusted-sender', params: {} } };
}

/** Registers one handler per operation; returns a function that removes them again. */
export function registerIpc(ipcMain: IpcRegistry, dispatch: Dispatch, isTrustedSender: SenderCheck): () => void {
  const channels = OPERATION_NAMES.map((name) => {
    const channel = channelOf(name);
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(event.senderFrame)) return untrustedSenderResult();
      return dispatch(name, input);
    });
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
