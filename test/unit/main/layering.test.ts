/** The layering rule renderer → shared ← main is enforced by the project's real ESLint config. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layering lint rule', () => {
  it('refuses renderer → main', async () => {
    expect(await layeringErrors("import { createServices } from '../../main/services';\nvoid createServices;\n", 'renderer/src/x.ts')).toHaveLength(1);
    expect(await layeringErrors("import { createServices } from '@main/services';\nvoid createServices;\n", 'renderer/src/x.ts')).toHaveLength(1);
    expect(await layeringErrors("import { app } from 'electron';\nvoid app;\n", 'renderer/src/x.ts')).toHaveLength(1);
    expect(await layeringErrors("import { readFileSync } from 'node:fs';\nvoid readFileSync;\n", 'renderer/src/x.ts')).toHaveLength(1);
  });

  it('refuses main → renderer', async () => {
    expect(await layeringErrors("import { App } from '../renderer/src/App';\nvoid App;\n", 'main/x.ts')).toHaveLength(1);
    expect(await layeringErrors("import { App } from '@renderer/src/app/App';\nvoid App;\n", 'main/x.ts')).toHaveLength(1);
  });

  it('refuses shared → main, renderer, Node, Electron and DOM/Node globals', async () => {
    const file = 'shared/x.ts';
    expect(await layeringErrors("import { ApiError } from '../main/apiError';\nvoid ApiError;\n", file)).toHaveLength(1);
    expect(await layeringErrors("import { ApiError } from '@main/features/apiError';\nvoid ApiError;\n", file)).toHaveLength(1);
    expect(await layeringErrors("import { App } from '@renderer/src/app/App';\nvoid App;\n", file)).toHaveLength(1);
    expect(await layeringErrors("import { App } from '../renderer/src/App';\nvoid App;\n", file)).toHaveLength(1);
    expect(await layeringErrors("import { join } from 'node:path';\nvoid join;\n", file)).toHaveLength(1);
    expect(await layeringErrors("import { join } from 'path';\nvoid join;\n", file)).toHaveLength(1);
    expect(await layeringErrors("import { app } from 'electron';\nvoid app;\n", file)).toHaveLength(1);
    expect(await layeringErrors('export const t = document.title;\n', file)).toHaveLength(1);
    expect(await layeringErrors('export const e = process.env;\n', file)).toHaveLength(1);
  });

  it("refuses a renderer feature reaching into another feature's internals", async () => {
    const file = 'renderer/src/features/start/StartScreen.tsx';
    expect(await layeringErrors("import { usePlan } from '../plan/store';\nvoid usePlan;\n", file)).toHaveLength(1);
    expect(await layeringErrors("import { usePlan } from '@renderer/src/features/plan/store';\nvoid usePlan;\n", file)).toHaveLength(1);
    expect(await layeringErrors("import { x } from '../../feedback/report/ReportScreen';\nvoid x;\n", 'renderer/src/features/history/sub/x.ts')).toHaveLength(1);
    // Through the feature's index, its own files, and the shared rooms are fine.
    expect(await layeringErrors("import { usePlan } from '../plan';\nvoid usePlan;\n", file)).toEqual([]);
    expect(await layeringErrors("import { x } from '../store';\nvoid x;\n", 'renderer/src/features/feedback/report/x.ts')).toEqual([]);
    expect(await layeringErrors("import { x } from '../../ui/ProblemNotice';\nvoid x;\n", file)).toEqual([]);
    expect(await layeringErrors("import { x } from '../../../charts/compass/CompassRadar';\nvoid x;\n", 'renderer/src/features/feedback/report/x.ts')).toEqual([]);
  });

  it('allows the permitted directions', async () => {
    expect(await layeringErrors("import { api } from '../../shared/api';\nvoid api;\n", 'renderer/src/x.ts')).toEqual([]);
    expect(await layeringErrors("import { api } from '@shared/contract/api';\nvoid api;\n", 'renderer/src/x.ts')).toEqual([]);
    expect(await layeringErrors("import { api } from '@shared/contract/api';\nvoid api;\n", 'main/x.ts')).toEqual([]);
    expect(await layeringErrors("import { api } from '../shared/api';\nvoid api;\n", 'main/x.ts')).toEqual([]);
    expect(await layeringErrors("import { join } from 'node:path';\nvoid join;\n", 'main/x.ts')).toEqual([]);
    expect(await layeringErrors('export const s = globalThis.crypto.subtle;\n', 'shared/x.ts')).toEqual([]);
  });
});
