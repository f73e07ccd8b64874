/**
 * Reports published under report-model version 1 (before "alle anderen" first) keep loading: read as
 * version 2 with their figures as published, never refused for their age (./reportUpgrade).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportModelSchema, REPORT_MODEL_VERSION } from '@shared/features/feedback/reportModel';
import { many, report, response } from './builders';

/** Built by the version-1 code (commit dc0ac6d) for 1 anonymous leidinggevende, 3 collega's and 4 medewerkers. */
const V1 = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../fixtures/feedback-report-v1.json'), 'utf8')) as Record<string, unknown>;

describe('a version-1 report', () => {
  const upgraded = reportModelSchema.parse(V1);

  it('is read as version 2 under the set rules it was built with', () => {
    expect(V1.version).toBe(1);
    expect(REPORT_MODEL_VERSION).toBe(2);
    expect([upgraded.version, upgraded.setRules]).toEqual([2, 1]);
    // Under those rules "anderen" was withheld here and each group of ≥ 3 shown; the leidinggevende
    // pooled (alone: not shown). Largest first, as version 2 lists them.
    expect(upgraded.groupPlacements).toEqual([
      { group: 'medewerker', placement: 'separate' },
      { group: 'collega', placement: 'separate' },
      { group: 'leidinggevende', placement: 'too-few' },
    ]);
    expect('pooledGroups' in upgraded).toBe(false);
  });

  it('keeps every figure, comparison and comment as published', () => {
    const without = (...keys: string[]) => Object.fromEntries(Object.entries(V1).filter(([key]) => !keys.includes(key)));
    expect(upgraded).toMatchObject(without('version', 'pooledGroups', 'self'));
    expect(upgraded.sets.map((s) => s.key)).toEqual(['groep-collega', 'groep-medewerker']);
    expect(upgraded.gaps.every((g) => g.basis === 'groep-medewerker')).toBe(true);
    // The meetmoment it compared with was not recorded then.
    expect(upgraded.self).toEqual({ ...(V1.self as object), takenOn: null, assessmentId: null });
  });

  it('reads the same again once stored as version 2', () => {
    expect(reportModelSchema.parse(JSON.parse(JSON.stringify(upgraded)))).toEqual(upgraded);
  });

  it('is refused when it is not a well-formed report of either version', () => {
    const noSets = Object.fromEntries(Object.entries(V1).filter(([key]) => key !== 'sets'));
    for (const bad of [noSets, { ...V1, version: 3 }, { ...V1, pooledGroups: ['niemand'] }, { ...V1, self: 'x' }, { ...V1, extra: 1 }]) {
      expect(reportModelSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('a version-2 report', () => {
  it('is built under the current set rules and reads back unchanged', () => {
    const m = report([...many(3, 'collega', 4), response('medewerker', 2)]);
    expect([m.version, m.setRules]).toEqual([2, 2]);
    expect(reportModelSchema.parse(m)).toEqual(m);
    expect(reportModelSchema.safeParse({ ...m, pooledGroups: [] }).success).toBe(false);
  });
});
