import { describe, expect, it } from 'vitest';
import { plan as en } from '@shared/i18n/en/plan';
import { plan as nl } from '@shared/i18n/nl/plan';
import { ROUTE_STATUSES, REVIEW_RHYTHMS } from '@shared/features/plan/schemas';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('routekaart texts', () => {
  it('has the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('names every status and every review rhythm', () => {
    for (const status of ROUTE_STATUSES) expect(nl.statuses[status]).toBeTruthy();
    for (const months of REVIEW_RHYTHMS) expect(nl.rhythm.options[months]).toBeTruthy();
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const flat = (obj: unknown, path: string): string => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
    for (const key of keys(nl)) expect(placeholders(flat(en, key)), key).toEqual(placeholders(flat(nl, key)));
  });
});
