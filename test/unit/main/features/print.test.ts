import { afterEach, describe, expect, it } from 'vitest';
import type { PdfPrinter } from '@main/platform/print';
import { PdfFailed, PdfWriteFailed } from '@main/platform/print';
import { openHarness, type Harness } from './harness';

const harnesses: Harness[] = [];
afterEach(() => {
  for (const h of harnesses.splice(0)) h.cleanup();
});

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function recordingPrinter(result: () => Promise<'saved' | 'cancelled'>): PdfPrinter & { calls: [string, string][] } {
  const calls: [string, string][] = [];
  return {
    calls,
    savePdf: (path, fileName) => {
      calls.push([path, fileName]);
      return result();
    },
  };
}

describe('savePdf behind the dispatcher', () => {
  it('is unavailable in browser mode (no printer): the renderer prints with the browser', async () => {
    const h = await openHarness();
    harnesses.push(h);
    const result = await h.dispatch('savePdf', { target: { kind: 'meetmoment', id: ID }, fileName: 'meetmoment.pdf' });
    expect(result).toEqual({ ok: true, value: { outcome: 'unavailable' } });
  });

  it('hands the printer the route built from the target and a safe file name', async () => {
    const printer = recordingPrinter(() => Promise.resolve('saved'));
    const h = await openHarness({ printer });
    harnesses.push(h);
    const target = { kind: 'coachrapport', roundId: ID, sets: ['groep-collega', 'anderen'], comments: true };
    const result = await h.dispatch('savePdf', { target, fileName: 'Coachrapport A. de Vries / 2026-11-30.pdf' });
    expect(result).toEqual({ ok: true, value: { outcome: 'saved' } });
    expect(printer.calls).toEqual([[`/afdrukken/coachrapport/${ID}/anderen+groep-collega/met-opmerkingen`, 'Coachrapport-A-de-Vries-2026-11-30.pdf']]);
  });

  it('refuses a target that is not one (nothing printed)', async () => {
    const printer = recordingPrinter(() => Promise.resolve('saved'));
    const h = await openHarness({ printer });
    harnesses.push(h);
    for (const target of [{ kind: 'meetmoment', id: '../../etc' }, { kind: 'pagina', path: 'https://example.org' }, { kind: 'coachrapport', roundId: ID, sets: ['iedereen'], comments: false }]) {
      const result = await h.dispatch('savePdf', { target, fileName: 'x.pdf' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-input');
    }
    expect(printer.calls).toEqual([]);
  });

  it('words the printer’s failures as codes', async () => {
    for (const [error, code] of [
      [new PdfFailed('timeout'), 'pdf-failed'],
      [new PdfWriteFailed('EACCES'), 'pdf-write-failed'],
    ] as const) {
      const h = await openHarness({ printer: recordingPrinter(() => Promise.reject(error)) });
      harnesses.push(h);
      const result = await h.dispatch('savePdf', { target: { kind: 'rapport', roundId: ID }, fileName: 'r.pdf' });
      expect(result).toMatchObject({ ok: false, error: { code } });
    }
  });
});
