/**
 * A leader who used app 0.1 starts this version on their data folder and finds everything, through
 * the UI. The folder is a copy of test/fixtures/data-v1/, made by the v1 app itself.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { itemOf } from '@shared/kernel/compass/questionnaires';
import { completeAssessmentByKeyboard, type Value } from './assessmentSteps';
import { expect, expectNoAxeViolations, screenshotPath, tabTo, test as base } from './fixtures';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/data-v1');
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as {
  rounds: { id: string; name: string; status: string; report: { needleFigures: Record<string, Record<string, { value: number }>> } }[];
  plan: { routes: { route: string; actions: { what: string }[] }[]; conversations: { with: string }[] };
};

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'kompas-e2e-v1-'));
    cpSync(FIXTURE, dir, { recursive: true, filter: (src) => !/(README\.md|expected\.json)$/.test(src) });
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

test('a v1 user finds their meetmomenten, draft, routekaart, rounds and report after the upgrade', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  // No notice about damaged files: an older version is upgraded, never called corrupt.
  await expect(page.getByText(/beschadigd/i)).toHaveCount(0);
  await expect(page.getByText('U bent bezig met een meetmoment')).toBeVisible();
  await expect(page.getByText(/5 van de 20 vragen beantwoord/)).toBeVisible();
  // The word "profiel" never shows for a user with one profile.
  expect((await page.locator('body').innerText()).toLowerCase()).not.toContain('profiel');
  await expectNoAxeViolations(page, 'start after upgrade');
  await page.screenshot({ path: screenshotPath('30-upgrade-start'), fullPage: true });

  // History: both meetmomenten and the closed round.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verloop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verloop' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Meetmoment van 12 maart 2026' }).first()).toBeAttached();
  await expect(page.getByRole('option', { name: 'Meetmoment van 24 september 2026' }).first()).toBeAttached();
  await expect(page.getByRole('cell', { name: /Feedbackronde Najaar 2026/ }).first()).toBeVisible();

  // Routekaart: the three routes with their actions and the conversations.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Routekaart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Routekaart' })).toBeVisible();
  for (const route of expected.plan.routes) {
    for (const action of route.actions) await expect(page.getByText(action.what).first()).toBeVisible();
  }
  for (const conversation of expected.plan.conversations) await expect(page.getByText(conversation.with).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('31-upgrade-plan'), fullPage: true });

  // Both rounds, and the closed round's report with the same figures the v1 app showed.
  await page.goto(`${app.url.split('#')[0]}#/feedback`);
  for (const round of expected.rounds) await expect(page.getByText(round.name).first()).toBeVisible();
  const closed = expected.rounds.find((r) => r.status === 'closed')!;
  await page.goto(`${app.url.split('#')[0]}#/feedback/${closed.id}/rapport`);
  await expect(page.getByRole('heading', { level: 1, name: closed.name })).toBeVisible();
  // The v1 round is shown with its own questionnaire: version 1 and its item texts.
  await expect(page.getByTestId('report-questionnaire')).toContainText('Vragenlijst versie 1');
  await expect(page.getByTestId('report-items').locator('tr[data-item="1.1"] th')).toContainText(itemOf(1, '1.1').others.nl);
  const needles = page.getByTestId('report-needles');
  for (const [needle, sets] of Object.entries(closed.report.needleFigures)) {
    for (const [set, figure] of Object.entries(sets)) {
      await expect(needles.locator(`tr[data-needle="${needle}"] td[data-set="${set}"]`)).toHaveAttribute('data-value', String(figure.value));
    }
  }
  await expectNoAxeViolations(page, 'report after upgrade');
  await page.screenshot({ path: screenshotPath('32-upgrade-report'), fullPage: true });
});

test('after the upgrade a v1 user fills in a version-2 meetmoment and sees both on Verloop, with the version note', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  await expect(page.getByText('U bent bezig met een meetmoment')).toBeVisible();
  // The v1 draft is thrown away; a new meetmoment uses the current questionnaire.
  await page.getByRole('button', { name: 'Concept weggooien' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /weggooien/i }).click();
  await expect(page.getByText('Het concept is weggegooid.')).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Nieuw meetmoment starten' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Turbulente tijd/ })).toBeFocused();
  // Version 2's scale and its self-form choice for "does not apply".
  await expect(page.getByTestId('item-1.1').getByRole('radio', { name: /\(bijna\) nooit/ })).toBeVisible();
  await expect(page.getByTestId('item-1.1').getByRole('radio', { name: 'Niet van toepassing' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('33-v2-self-assessment'), fullPage: true });
  const answers: Record<string, Value> = {};
  for (let needle = 1; needle <= 10; needle++) {
    answers[`${needle}.1`] = ((needle % 5) + 1) as Value;
    answers[`${needle}.2`] = needle === 7 ? 'na' : (((needle + 2) % 5) + 1) as Value;
  }
  const targets: Record<number, number> = { 1: 5, 2: 4, 3: 4, 4: 4, 5: 5, 6: 4, 7: 4, 8: 4, 9: 5, 10: 4 };
  await completeAssessmentByKeyboard(page, answers, targets, ['', '', '', '', '']);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verloop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verloop' })).toBeVisible();
  await expect(page.getByTestId('history-versions')).toContainText('verschillende versies van de vragenlijst');
  // The comparison runs from the last v1 meetmoment to the new one, needle by needle, and says so once.
  await expect(page.getByTestId('change-versions')).toHaveText(/\(1 en 2\)/);
  await expect(page.getByTestId('change-table').locator('tr[data-needle="1"]')).toBeVisible();
  await expectNoAxeViolations(page, 'verloop across versions');
  await page.screenshot({ path: screenshotPath('34-verloop-versions'), fullPage: true });
});
