/**
 * The share file of spec §5: the spec's example is read as valid; the writer writes the object the
 * consent screen shows, field by field; every kind of bad file is refused with its own reason, in the
 * spirit of a bad response file (spec §3), the size before anything is parsed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARE_MAX_BYTES, type ShareFile } from '@shared/features/cohort/shareFormat';
import { readShareFile, shareFile, type ShareRefusal } from '@shared/features/cohort/shareFile';
import { NEEDLE_IDS, ROUTE_IDS } from '@shared/kernel/compass/model';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- free-form tampering

const EXAMPLE_TEXT = readFileSync(resolve(import.meta.dirname, '../../../../fixtures/cohort/share-example.json'), 'utf8');
const example = (): Json => JSON.parse(EXAMPLE_TEXT) as Json;

function refusal(text: string): ShareRefusal | null {
  const result = readShareFile(text);
  return result.ok ? null : result.reason;
}

function tampered(change: (file: Json) => void): string {
  const file = example();
  change(file);
  return JSON.stringify(file);
}

describe('share file: the spec example', () => {
  it('is a valid share file and reads back as written', () => {
    const read = readShareFile(EXAMPLE_TEXT);
    expect(read).toEqual({ ok: true, file: example() });
  });

  it('written again, gives the same object with the fields in the spec order', () => {
    const written = shareFile(example() as ShareFile);
    if (!written.ok) throw new Error(written.reason);
    expect(Object.keys(JSON.parse(written.text) as Json)).toEqual([
      'format', 'version', 'alias', 'period', 'questionnaire', 'self', 'target', 'others', 'routes', 'audience',
    ]);
    expect(readShareFile(written.text)).toEqual({ ok: true, file: example() });
  });

  it('accepts null for target, others and routes (the member chooses)', () => {
    const text = tampered((f) => {
      f.target = null;
      f.others = null;
      f.routes = null;
    });
    expect(refusal(text)).toBeNull();
  });
});

describe('share file: the writer writes what the consent screen shows', () => {
  it('every field of the written file equals the field of the object shown', () => {
    const shown = example() as ShareFile;
    const written = shareFile(shown);
    if (!written.ok) throw new Error(written.reason);
    const file = JSON.parse(written.text) as Json;
    for (const key of Object.keys(shown) as (keyof ShareFile)[]) expect(file[key]).toEqual(shown[key]);
    expect(Object.keys(file).sort()).toEqual(Object.keys(shown).sort());
  });

  it('refuses to write what the reader would refuse', () => {
    const bad = { ...(example() as ShareFile), self: { ...(example() as ShareFile).self, '3': 3.1 } };
    expect(shareFile(bad)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('any valid content is read back equal (property)', () => {
    const quarter = fc.integer({ min: 4, max: 20 }).map((q) => q / 4);
    const needles = (value: fc.Arbitrary<number>) =>
      fc.tuple(...NEEDLE_IDS.map(() => fc.option(value, { nil: null }))).map((values) =>
        Object.fromEntries(values.map((v, i) => [String(i + 1), v])),
      );
    const content = fc.record({
      format: fc.constant('ambtelijk-kompas/profiel'),
      version: fc.constant(1),
      alias: fc.string({ minLength: 1, maxLength: 120 }).filter((s) => s.trim().length > 0),
      period: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      questionnaire: fc.record({ id: fc.constant('kompas'), version: fc.constantFrom(1, 2) }),
      self: needles(quarter),
      target: fc.option(needles(quarter), { nil: null }),
      others: fc.option(fc.record({ n: fc.integer({ min: 3, max: 500 }), needles: needles(fc.integer({ min: 10, max: 50 }).map((d) => d / 10)) }), { nil: null }),
      routes: fc.option(fc.subarray([...ROUTE_IDS]), { nil: null }),
      audience: fc.constantFrom('facilitator', 'group'),
    });
    fc.assert(
      fc.property(content, (c) => {
        const written = shareFile(c as ShareFile);
        if (!written.ok) throw new Error(written.reason);
        expect(readShareFile(written.text)).toEqual({ ok: true, file: c });
      }),
    );
  });
});

describe('share file: refusals', () => {
  it('too-large: over 64 KiB, counted in UTF-8 bytes, before parsing', () => {
    const padded = EXAMPLE_TEXT.trimEnd() + ' '.repeat(SHARE_MAX_BYTES - new TextEncoder().encode(EXAMPLE_TEXT.trimEnd()).length);
    expect(new TextEncoder().encode(padded).length).toBe(SHARE_MAX_BYTES);
    expect(refusal(padded)).toBeNull();
    expect(refusal(`${padded} `)).toBe('too-large');
    expect(refusal('x'.repeat(SHARE_MAX_BYTES + 1))).toBe('too-large');
    // Fewer UTF-16 units than bytes: "é" is two bytes.
    const wide = tampered((f) => {
      f.alias = 'é'.repeat(SHARE_MAX_BYTES / 2);
    });
    expect(wide.length).toBeLessThan(SHARE_MAX_BYTES);
    expect(refusal(wide)).toBe('too-large');
  });

  it('not-json', () => {
    expect(refusal('')).toBe('not-json');
    expect(refusal(EXAMPLE_TEXT.slice(0, 100))).toBe('not-json');
  });

  it('not-a-share-file: another format, or not an object', () => {
    expect(refusal(tampered((f) => (f.format = 'ambtelijk-kompas/antwoord')))).toBe('not-a-share-file');
    expect(refusal(tampered((f) => delete f.format))).toBe('not-a-share-file');
    expect(refusal('[]')).toBe('not-a-share-file');
    expect(refusal('null')).toBe('not-a-share-file');
    expect(refusal('"ambtelijk-kompas/profiel"')).toBe('not-a-share-file');
  });

  it('newer-version apart from a version no app writes', () => {
    expect(refusal(tampered((f) => (f.version = 2)))).toBe('newer-version');
    for (const version of [0, -1, '1', 1.5, null]) expect(refusal(tampered((f) => (f.version = version)))).toBe('unknown-version');
    expect(refusal(tampered((f) => delete f.version))).toBe('unknown-version');
  });

  const invalid: Record<string, (f: Json) => void> = {
    'self value above 5': (f) => (f.self['1'] = 5.25),
    'self value below 1': (f) => (f.self['1'] = 0.75),
    'self value 0 (the spec example’s placeholder)': (f) => (f.self['2'] = 0),
    'self value off the 0.25 step': (f) => (f.self['4'] = 3.1),
    'self value as text': (f) => (f.self['4'] = '3.5'),
    'self needle missing': (f) => delete f.self['10'],
    'self needle 11': (f) => (f.self['11'] = 3),
    'self missing': (f) => delete f.self,
    'self null': (f) => (f.self = null),
    'target off the step': (f) => (f.target['5'] = 3.3),
    'target needle missing': (f) => delete f.target['1'],
    'others n below k': (f) => (f.others.n = 2),
    'others n not whole': (f) => (f.others.n = 3.5),
    'others value above 5': (f) => (f.others.needles['1'] = 5.2),
    'others extra field': (f) => (f.others.group = 'collega'),
    'period month 13': (f) => (f.period = '2026-13'),
    'period month 00': (f) => (f.period = '2026-00'),
    'period with a day': (f) => (f.period = '2026-11-01'),
    'period one-digit month': (f) => (f.period = '2026-1'),
    'alias empty': (f) => (f.alias = ''),
    'alias only spaces': (f) => (f.alias = '   '),
    'alias too long': (f) => (f.alias = 'a'.repeat(121)),
    'route twice': (f) => (f.routes = ['a', 'i', 'a']),
    'route k': (f) => (f.routes = ['a', 'k']),
    'audience other': (f) => (f.audience = 'everyone'),
    'questionnaire unknown': (f) => (f.questionnaire = { id: 'kompas', version: 9 }),
    'questionnaire extra field': (f) => (f.questionnaire.items = []),
    'extra field': (f) => (f.createdAt = '2026-11-30T10:00:00Z'),
    'field missing': (f) => delete f.audience,
  };
  for (const [name, change] of Object.entries(invalid)) {
    it(`invalid: ${name}`, () => expect(refusal(tampered(change))).toBe('invalid'));
  }

  it('questionnaire-mismatch only against an expected questionnaire', () => {
    const text = tampered((f) => (f.questionnaire = { id: 'kompas', version: 2 }));
    expect(readShareFile(text, { id: 'kompas', version: 1 })).toEqual({ ok: false, reason: 'questionnaire-mismatch' });
    expect(readShareFile(text, { id: 'kompas', version: 2 }).ok).toBe(true);
    expect(readShareFile(text).ok).toBe(true);
    expect(readShareFile(EXAMPLE_TEXT, { id: 'kompas', version: 1 }).ok).toBe(true);
  });
});
