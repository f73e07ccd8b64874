import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/features/backup/canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 'é' }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":"é","z":1}]},"b":1}');
  });

  it('leaves out undefined fields and refuses what is not JSON', () => {
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});
