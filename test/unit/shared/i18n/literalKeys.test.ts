/**
 * Every translation key is a literal: `t()` (and the radar's `text()`) in renderer/ and main/ get a
 * key written out in the source, or a value of a literal lookup table, never one built from pieces
 * (`plan.statuses.${status}`) or a plain string. And every key used exists in Dutch and in English.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '@shared/i18n/index';
import { createProgram, ROOT, scanKeyUses, sourceFiles } from './keyScan';

function exists(tree: unknown, key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  let node: unknown = tree;
  for (const part of parts) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  if (node === null || typeof node !== 'object') return false;
  const leaf = node as Record<string, unknown>;
  const isText = (k: string) => Object.hasOwn(leaf, k) && typeof leaf[k] === 'string';
  return isText(last) || (isText(`${last}_one`) && isText(`${last}_other`));
}

/** Scans one in-memory file beside the real sources (for proving the scan can fail). */
function scanSnippet(code: string) {
  const file = join(ROOT, 'renderer/src/__snippet__.ts');
  return scanKeyUses([file], createProgram([], { [file]: code }));
}

describe('translation keys', () => {
  const files = [...sourceFiles(join(ROOT, 'renderer/src')), ...sourceFiles(join(ROOT, 'main'))];
  const uses = scanKeyUses(files);

  it('finds the translation calls (the scan works)', () => {
    expect(uses.length).toBeGreaterThan(300);
    expect(uses.some((u) => u.file.startsWith('main/') && u.keys?.includes('system.reminders.today'))).toBe(true);
    expect(uses.some((u) => u.keys?.includes('feedback.groups.collega'))).toBe(true);
  });

  it('are literal everywhere in renderer/ and main/', () => {
    const built = uses.filter((u) => u.keys === null).map((u) => `${u.file}:${u.line} ${u.text}`);
    expect(built).toEqual([]);
  });

  it('exist in Dutch and in English', () => {
    const missing: string[] = [];
    for (const use of uses) {
      for (const key of use.keys ?? []) {
        if (!exists(messages.nl, key)) missing.push(`nl ${key} (${use.file}:${use.line})`);
        if (!exists(messages.en, key)) missing.push(`en ${key} (${use.file}:${use.line})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('refuses a key built from pieces or passed as a plain string, and accepts a lookup table', { timeout: 30_000 }, () => {
    const found = scanSnippet(`
      import { useTranslation } from 'react-i18next';
      type Group = 'collega' | 'extern';
      const LABEL = { collega: 'feedback.groups.collega', extern: 'feedback.groups.extern' } as const;
      export function useIt(group: Group, key: string) {
        const { t } = useTranslation();
        return [
          t(\`feedback.groups.\${group}\`),
          t('feedback.groups.' + group),
          t(key),
          t(LABEL[group]),
          t(group === 'collega' ? 'feedback.groups.collega' : 'feedback.groups.extern'),
          t('feedback.title'),
        ];
      }
    `);
    expect(found.map((u) => u.keys)).toEqual([
      null,
      null,
      null,
      ['feedback.groups.collega', 'feedback.groups.extern'],
      ['feedback.groups.collega', 'feedback.groups.extern'],
      ['feedback.title'],
    ]);
  });
});
