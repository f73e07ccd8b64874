/**
 * Numbered, pure migration steps for stored documents. Each document carries `schemaVersion`; on
 * read, the steps from its version up to the current one run in order before validation. An older
 * document is upgraded, never called corrupt; a newer one is reported as such and left alone.
 */

/** One step: takes a document of version `from` and returns it at version `from + 1`. */
export interface MigrationStep {
  readonly from: number;
  readonly up: (doc: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

export type MigrationOutcome =
  | { readonly kind: 'current'; readonly doc: unknown }
  | { readonly kind: 'upgraded'; readonly doc: unknown; readonly fromVersion: number }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'unreadable' };

export function versionOf(raw: unknown): number | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/**
 * Brings `raw` to `current` with `steps`. A missing step, a step that throws or one that does not
 * produce the next version makes the document unreadable (so the caller treats it as damaged).
 */
export function migrateDocument(raw: unknown, current: number, steps: readonly MigrationStep[]): MigrationOutcome {
  const start = versionOf(raw);
  if (start === null) return { kind: 'unreadable' };
  if (start > current) return { kind: 'newer', version: start };
  if (start === current) return { kind: 'current', doc: raw };
  let doc = raw as Record<string, unknown>;
  for (let version = start; version < current; version++) {
    const step = steps.find((s) => s.from === version);
    if (!step) return { kind: 'unreadable' };
    try {
      doc = step.up(doc);
    } catch {
      return { kind: 'unreadable' };
    }
    if (versionOf(doc) !== version + 1) return { kind: 'unreadable' };
  }
  return { kind: 'upgraded', doc, fromVersion: start };
}

/** Checks a step list: consecutive `from` values 1 … current − 1, each once. */
export function stepsAreComplete(steps: readonly MigrationStep[], current: number): boolean {
  const froms = steps.map((s) => s.from).sort((a, b) => a - b);
  return froms.length === current - 1 && froms.every((from, i) => from === i + 1);
}
