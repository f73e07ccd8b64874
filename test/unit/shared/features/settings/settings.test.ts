import { describe, expect, it } from 'vitest';
import { migrateDocument, stepsAreComplete } from '@shared/kernel/migrate';
import { SETTINGS_MIGRATIONS } from '@shared/features/settings/migrations';
import { SETTINGS_SCHEMA_VERSION, settingsDocumentSchema } from '@shared/features/settings/schemas';
import { coachModeOffRefusal, coachModeOn } from '@shared/features/settings/coachMode';

const ID = 'ff1341e8-4114-4fda-8839-47c9ae9babf6';

describe('settings migrations', () => {
  it('has a step for every older version', () => {
    expect(stepsAreComplete(SETTINGS_MIGRATIONS, SETTINGS_SCHEMA_VERSION)).toBe(true);
  });

  it.each([ID, null])('version 1 (active profile %s) becomes version 2 with coach mode off, everything else kept', (activeProfileId) => {
    const v1 = { schemaVersion: 1, language: 'en', activeProfileId };
    const outcome = migrateDocument(v1, SETTINGS_SCHEMA_VERSION, SETTINGS_MIGRATIONS);
    expect(outcome).toEqual({ kind: 'upgraded', fromVersion: 1, doc: { schemaVersion: 2, language: 'en', activeProfileId, coachMode: false } });
    expect(settingsDocumentSchema.safeParse(outcome.kind === 'upgraded' ? outcome.doc : null).success).toBe(true);
    expect(v1).toEqual({ schemaVersion: 1, language: 'en', activeProfileId }); // pure: the input is untouched
  });

  it('a newer version is reported as newer, not changed', () => {
    expect(migrateDocument({ schemaVersion: 3, language: 'nl' }, SETTINGS_SCHEMA_VERSION, SETTINGS_MIGRATIONS)).toEqual({ kind: 'newer', version: 3 });
  });
});

describe('coach mode rule', () => {
  it.each([
    [false, 1, false],
    [true, 1, true],
    [false, 2, true],
    [true, 5, true],
    [false, 0, false],
  ])('setting %s with %i profiles: on is %s', (setting, count, on) => {
    expect(coachModeOn(setting, count)).toBe(on);
  });

  it('switching off is refused (with the count) while more than one profile exists', () => {
    expect([0, 1, 2, 7].map(coachModeOffRefusal)).toEqual([null, null, 2, 7]);
  });
});
