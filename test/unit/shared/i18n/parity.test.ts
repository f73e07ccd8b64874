/**
 * Dutch and English say the same things: for every message file in shared/i18n/nl there is one in
 * shared/i18n/en with the same exports, the same keys (plural forms included) and, per key, the
 * same {{placeholders}}.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '@shared/i18n/index';

const DIR = join(import.meta.dirname, '../../../../shared/i18n');
const files = readdirSync(join(DIR, 'nl')).filter((name) => name.endsWith('.ts'));

/** Every leaf as "path → text" (array items get their index as key). */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, text);
    }
  } else out.set(prefix, `<${typeof value}>`);
  return out;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? ''))].sort();
}

/** The differences between two trees: keys on one side only, and keys with other placeholders. */
function differences(nl: unknown, en: unknown): string[] {
  const a = leaves(nl);
  const b = leaves(en);
  const problems: string[] = [];
  for (const key of a.keys()) if (!b.has(key)) problems.push(`only in nl: ${key}`);
  for (const key of b.keys()) if (!a.has(key)) problems.push(`only in en: ${key}`);
  for (const [key, text] of a) {
    const other = b.get(key);
    if (other === undefined) continue;
    if (other.trim() === '') problems.push(`empty in en: ${key}`);
    if (text.trim() === '') problems.push(`empty in nl: ${key}`);
    const [p, q] = [placeholders(text), placeholders(other)];
    if (p.join() !== q.join()) problems.push(`placeholders of ${key}: nl {{${p.join('}}, {{')}}} / en {{${q.join('}}, {{')}}}`);
  }
  return problems;
}

describe('nl/en parity', () => {
  it('has an English file for every Dutch one, and no other', () => {
    expect(readdirSync(join(DIR, 'en')).filter((name) => name.endsWith('.ts')).sort()).toEqual([...files].sort());
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s: the same exports, keys and placeholders', async (file) => {
    const nl = (await import(join(DIR, 'nl', file))) as Record<string, unknown>;
    const en = (await import(join(DIR, 'en', file))) as Record<string, unknown>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(differences(nl, en)).toEqual([]);
  });

  it('holds for the whole resource tree the app loads', () => {
    expect(differences(messages.nl, messages.en)).toEqual([]);
  });

  it('notices a missing key, an extra key and a different placeholder (the check can fail)', () => {
    const nl = { a: 'Hallo {{name}}', b: { c_one: '{{count}} ding', c_other: '{{count}} dingen' } };
    expect(differences(nl, { a: 'Hello {{name}}', b: { c_one: '{{count}} thing', c_other: '{{count}} things' } })).toEqual([]);
    expect(differences(nl, { a: 'Hello {{who}}', b: { c_one: '{{count}} thing', c_other: '{{count}} things', d: 'x' } })).toEqual([
      'only in en: b.d',
      'placeholders of a: nl {{name}} / en {{who}}',
    ]);
    expect(differences(nl, { a: 'Hello {{name}}', b: { c_other: '{{count}} things' } })).toEqual(['only in nl: b.c_one']);
  });
});
