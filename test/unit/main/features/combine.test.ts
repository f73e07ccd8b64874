/** Features are combined into one contract and one handler table; a name used twice is refused. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api, mergeContracts, OPERATION_NAMES } from '@shared/contract/api';
import { op } from '@shared/contract/op';
import { OPERATION_LIST } from '@shared/contract/operations';
import { combineHandlers } from '@main/features/combine';
import { createServices } from '@main/services';
import { confStoreFactory } from '@main/platform/confStore';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('mergeContracts', () => {
  it('refuses an operation declared by two features', () => {
    const a = { ping: op(z.strictObject({}), z.literal(1)) };
    const b = { ping: op(z.strictObject({}), z.literal(2)) };
    expect(() => mergeContracts(a, b)).toThrow(/ping/);
    expect(Object.keys(mergeContracts(a, { pong: b.ping }))).toEqual(['ping', 'pong']);
  });

  it('the merged contract names exactly the operations of the zod-free list the preload uses', () => {
    expect([...OPERATION_NAMES].sort()).toEqual([...OPERATION_LIST].sort());
    expect(Object.keys(api)).toHaveLength(OPERATION_LIST.length);
  });
});

describe('combineHandlers', () => {
  it('refuses an operation handled by two features', () => {
    const handler = async () => 1;
    expect(() => combineHandlers({ ping: handler }, { ping: handler })).toThrow(/ping/);
  });

  it('the services handle every operation of the contract, each once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompas-combine-'));
    try {
      const handlers = createServices({ dataDir: dir, openStore: confStoreFactory });
      expect(Object.keys(handlers).sort()).toEqual([...OPERATION_NAMES].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
