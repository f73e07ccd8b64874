/**
 * `npm run bench`: each benchmark prints one line
 * `BENCH <name> <value> <unit> budget <budget> ok|OVER`. Not a test: budgets guide, they do not fail CI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { ProfileDocument } from '@shared/features/assessment/schemas';
import { createDispatcher } from '@main/transport/dispatch';
import { createServices } from '@main/services';
import { confStoreFactory } from '@main/platform/confStore';
import { DocumentFile } from '@main/storage/documentFile';
import { profileDocumentSchema } from '@shared/features/assessment/schemas';
import { benchImport } from './importBench';

function report(name: string, value: number, unit: string, budget: number): void {
  const shown = unit === 'x' ? value.toFixed(2) : value.toFixed(unit === 's' ? 3 : 1);
  console.log(`BENCH ${name} ${shown} ${unit} budget ${budget} ${value <= budget ? 'ok' : 'OVER'}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function profileWith(count: number): ProfileDocument {
  const answers = Object.fromEntries(ALL_ITEM_IDS.map((id, i) => [id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5]));
  return {
    schemaVersion: 1,
    id: randomUUID(),
    name: '',
    createdAt: new Date().toISOString(),
    assessments: Array.from({ length: count }, (_, i) => ({
      id: randomUUID(),
      date: `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      createdAt: new Date().toISOString(),
      questionnaire: { id: 'kompas' as const, version: 1 as const },
      answers: answers as ProfileDocument['assessments'][number]['answers'],
      targets: { '1': 4, '2': 5 },
      reflections: { I: 'Een korte reflectie op deze dimensie.'.repeat(5) },
    })),
  };
}

/** Start-up with a long history: open the app (fresh services) and list 200 meetmomenten. */
async function benchStartupWithHistory(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-bench-'));
  try {
    const profile = profileWith(200);
    const dispatch0 = createDispatcher(createServices({ dataDir: dir, openStore: confStoreFactory }), () => undefined);
    const state = (await dispatch0('getAppState', {})) as { ok: true; value: { profile: { id: string } } };
    const file = new DocumentFile({
      dir: join(dir, 'profiles'),
      name: state.value.profile.id,
      schema: profileDocumentSchema,
      schemaVersion: 1,
      openStore: confStoreFactory,
      backups: null,
      onIssue: () => undefined,
      now: () => new Date(),
    });
    file.write({ ...profile, id: state.value.profile.id });
    const times: number[] = [];
    for (let run = 0; run < 15; run++) {
      const start = performance.now();
      const dispatch = createDispatcher(createServices({ dataDir: dir, openStore: confStoreFactory }), () => undefined);
      await dispatch('getAppState', {});
      const list = await dispatch('listAssessments', {});
      if (!list.ok || (list.value as unknown[]).length !== 200) throw new Error('benchmark setup failed');
      times.push(performance.now() - start);
    }
    report('open-200-meetmomenten', median(times), 'ms', 100);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await benchStartupWithHistory();
await benchImport(report);
