/**
 * Migrations of the settings document. Version 1 (app 0.1) knew one profile and no coach mode;
 * step 1 → 2 adds `coachMode: false` (a profile count cannot be seen here: coachModeOn() in
 * ../coachMode.ts also counts the profiles).
 */
import type { MigrationStep } from '../../../kernel/migrate';

export const SETTINGS_MIGRATIONS: readonly MigrationStep[] = [{ from: 1, up: (doc) => ({ ...doc, schemaVersion: 2, coachMode: false }) }];
