/**
 * Migrations of the draft document. Version 1 (app 0.1) had one questionnaire, so a draft did not
 * say which; step 1 → 2 records that a draft begun then is filled in with questionnaire 1.
 */
import type { MigrationStep } from '../../../kernel/migrate';

export const DRAFT_MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 1,
    up: (doc) => {
      const draft = doc.draft as Readonly<Record<string, unknown>> | null;
      if (draft !== null && typeof draft !== 'object') throw new TypeError('draft');
      return { ...doc, schemaVersion: 2, draft: draft === null ? null : { questionnaire: { id: 'kompas', version: 1 }, ...draft } };
    },
  },
];
