import { describe, expect, it } from 'vitest';
import { parsePrintPath, printPath, printTargetSchema, type PrintTarget } from '@shared/features/print/printTargets';
import { pdfFileName } from '@shared/features/print/pdfFileName';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('print targets and their routes', () => {
  const targets: PrintTarget[] = [
    { kind: 'meetmoment', id: ID },
    { kind: 'rapport', roundId: ID },
    { kind: 'coachrapport', roundId: null, sets: [], comments: false },
    { kind: 'coachrapport', roundId: ID, sets: ['anderen', 'groep-collega'], comments: true },
    { kind: 'coachrapport', roundId: ID, sets: [], comments: false },
  ];

  it('round-trips every target through its path', () => {
    for (const t of targets) {
      expect(printTargetSchema.parse(t)).toEqual(t);
      expect(parsePrintPath(printPath(t))).toEqual(t);
    }
    expect(printPath(targets[0]!)).toBe(`/afdrukken/meetmoment/${ID}`);
    expect(printPath(targets[3]!)).toBe(`/afdrukken/coachrapport/${ID}/anderen+groep-collega/met-opmerkingen`);
  });

  it('keeps the report’s order of sets, once each', () => {
    const path = printPath({ kind: 'coachrapport', roundId: ID, sets: ['groep-collega', 'anderen', 'groep-collega'], comments: false });
    expect(parsePrintPath(path)).toEqual({ kind: 'coachrapport', roundId: ID, sets: ['anderen', 'groep-collega'], comments: false });
  });

  it('refuses paths that are not print routes', () => {
    for (const p of ['/afdrukken', '/afdrukken/meetmoment/abc', `/afdrukken/coachrapport/${ID}/iedereen/met-opmerkingen`, `/afdrukken/coachrapport/${ID}/anderen/ja`, `/kompas/${ID}`, `/afdrukken/rapport/${ID}/x`]) {
      expect(parsePrintPath(p), p).toBeNull();
    }
  });

  it('names a PDF safely', () => {
    expect(pdfFileName(['Coachrapport', 'A. de Vries', '2026-11-30'])).toBe('Coachrapport-A-de-Vries-2026-11-30.pdf');
    expect(pdfFileName(['../..', ''])).toBe('kompas.pdf');
  });
});
