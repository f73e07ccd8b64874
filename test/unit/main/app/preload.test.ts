import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, OPERATION_NAMES } from '@shared/contract/api';
import { rendererStandIn } from './electron-stand-in';

vi.mock('electron', async () => (await import('./electron-stand-in')).rendererStandIn);

beforeAll(async () => {
  await import('@main/app/preload');
});

function exposedBridge(): Record<string, unknown> {
  return rendererStandIn.exposed.get('kompas') as Record<string, unknown>;
}

describe('preload', () => {
  it('exposes window.kompas and nothing else', () => {
    expect([...rendererStandIn.exposed.keys()]).toEqual(['kompas']);
  });

  it('has exactly one function per operation', () => {
    const bridge = exposedBridge();
    expect(Object.keys(bridge).sort()).toEqual([...OPERATION_NAMES].sort());
    for (const name of OPERATION_NAMES) expect(typeof bridge[name]).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('calls the operation’s own channel with the input', async () => {
    const bridge = exposedBridge();
    const input = { language: 'en' };
    const result = await (bridge.setLanguage as (value: unknown) => Promise<unknown>)(input);
    expect(rendererStandIn.invocations.at(-1)).toEqual({ channel: channelOf('setLanguage'), args: [input] });
    expect(result).toEqual({ ok: true, value: { channel: 'kompas:setLanguage' } });
  });

  it('imports nothing at run time but electron and the zod-free operation list', () => {
    const runtimeImports = (path: string): string[] =>
      [...readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8').matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map(
        (match) => match[1] ?? '',
      );
    expect(runtimeImports('../../../../main/app/preload.ts')).toEqual(['electron', '@shared/contract/operations']);
    expect(runtimeImports('../../../../shared/contract/operations.ts')).toEqual([]);
  });
});
