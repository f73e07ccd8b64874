/**
 * A leader who used app 0.1 starts this version on their data folder and finds everything, through
 * the UI. The folder is a copy of test/fixtures/data-v1/, made by the v1 app itself.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, expectNoAxeViolations, screenshotPath, test as base } from './fixtures';

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
  const needles = page.getByTestId('report-needles');
  for (const [needle, sets] of Object.entries(closed.report.needleFigures)) {
    for (const [set, figure] of Object.entries(sets)) {
      await expect(needles.locator(`tr[data-needle="${needle}"] td[data-set="${set}"]`)).toHaveAttribute('data-value', String(figure.value));
    }
  }
  await expectNoAxeViolations(page, 'report after upgrade');
  await page.screenshot({ path: screenshotPath('32-upgrade-report'), fullPage: true });
});
