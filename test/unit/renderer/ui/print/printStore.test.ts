import { afterEach, describe, expect, it } from 'vitest';
import { usePrint } from '@renderer/src/ui/print/printStore';
import { connectBackend } from '../../backend';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

afterEach(() => {
  usePrint.setState({ pending: false, status: 'idle', problem: null });
  window.location.hash = '';
});

describe('printing from a screen (the real services behind the dispatcher)', () => {
  it('browser mode: "Als PDF bewaren" opens the print route, which prints once when ready', async () => {
    const backend = await connectBackend();
    await usePrint.getState().savePdf({ kind: 'meetmoment', id: ID }, 'meetmoment.pdf');
    expect(backend.callsOf('savePdf')).toEqual([{ target: { kind: 'meetmoment', id: ID }, fileName: 'meetmoment.pdf' }]);
    expect(window.location.hash).toBe(`#/afdrukken/meetmoment/${ID}`);
    expect(usePrint.getState().status).toBe('idle');
    expect(usePrint.getState().takePending()).toBe(true);
    expect(usePrint.getState().takePending()).toBe(false);
  });

  it('Electron: a saved PDF is announced and nothing navigates', async () => {
    await connectBackend({ replace: { savePdf: () => Promise.resolve({ outcome: 'saved' }) } });
    await usePrint.getState().savePdf({ kind: 'rapport', roundId: ID }, 'rapport.pdf');
    expect(usePrint.getState().status).toBe('saved');
    expect(window.location.hash).toBe('');
    expect(usePrint.getState().pending).toBe(false);
  });

  it('keeps the problem the main process reports, in words the renderer owns', async () => {
    const { ApiError } = await import('@main/features/apiError');
    await connectBackend({ replace: { savePdf: () => Promise.reject(new ApiError('pdf-write-failed')) } });
    await usePrint.getState().savePdf({ kind: 'rapport', roundId: ID }, 'rapport.pdf');
    expect(usePrint.getState().status).toBe('idle');
    expect(usePrint.getState().problem).toMatchObject({ code: 'pdf-write-failed' });
  });
});
