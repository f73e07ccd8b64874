import type { Page } from '@playwright/test';
import { completeAssessmentByKeyboard, type Value } from './assessmentSteps';
import { expect, expectNoAxeViolations, screenshotPath, startApp, tabTo, test } from './fixtures';

/** The answers a new user gives, and the needle scores the compass must show for them. */
const ANSWERS: Record<string, Value> = {
  '1.1': 4, '1.2': 3, '2.1': 5, '2.2': 4, '3.1': 2, '3.2': 'na', '4.1': 3, '4.2': 3, '5.1': 4, '5.2': 5,
  '6.1': 1, '6.2': 2, '7.1': 'na', '7.2': 4, '8.1': 3, '8.2': 4, '9.1': 5, '9.2': 5, '10.1': 2, '10.2': 3,
};
const TARGETS: Record<number, number> = { 1: 5, 2: 5, 3: 4, 4: 4, 5: 5, 6: 3, 7: 4, 8: 4, 9: 5, 10: 4 };
const EXPECTED_SCORES: Record<number, number> = { 1: 3.5, 2: 4.5, 3: 2, 4: 3, 5: 4.5, 6: 1.5, 7: 4, 8: 3.5, 9: 5, 10: 2.5 };

async function expectRadarValues(page: Page): Promise<void> {
  const radar = page.locator('svg').filter({ has: page.getByTestId('radar-spoke') }).first();
  await expect(radar.getByTestId('radar-spoke')).toHaveCount(10);
  for (const [needle, score] of Object.entries(EXPECTED_SCORES)) {
    const point = radar.locator(`[data-series="current"][data-needle="${needle}"]`);
    await expect(point).toHaveAttribute('data-value', String(score));
    const target = radar.locator(`[data-series="target"][data-needle="${needle}"]`);
    await expect(target).toHaveAttribute('data-value', String(TARGETS[Number(needle)]));
  }
}

test('a new user completes a self-assessment with the keyboard only and finds it back after a restart', async ({
  page,
  app,
  dataDir,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  await expectNoAxeViolations(page, 'start (empty)');
  await page.screenshot({ path: screenshotPath('01-start-empty'), fullPage: true });

  await tabTo(page, page.getByRole('link', { name: 'Nieuw meetmoment starten' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Turbulente tijd/ })).toBeFocused();
  await expectNoAxeViolations(page, 'self-assessment step I');

  const reflections = [
    'Ik wil vaker benoemen wat we nog niet weten.',
    'Meer tijd in de praktijk doorbrengen.',
    'Fouten bespreekbaar maken in het MT.',
    'Tegenspraak organiseren.',
    'Leiderschap meer delen.',
  ];
  await completeAssessmentByKeyboard(page, ANSWERS, TARGETS, reflections, async (step) => {
    if (step === 0) await page.screenshot({ path: screenshotPath('02-self-assessment'), fullPage: true });
    if (step === 5) {
      await expect(page.getByText('Alle twintig vragen zijn beantwoord.')).toBeVisible();
      await expect(page.getByRole('progressbar')).toHaveAttribute('value', '20');
      await expectNoAxeViolations(page, 'self-assessment review');
      await page.screenshot({ path: screenshotPath('03-review'), fullPage: true });
    }
  });

  await expect(page.getByRole('heading', { level: 1, name: /^Meetmoment van / })).toBeVisible();
  await expectRadarValues(page);
  await expect(page.getByText('Fouten bespreekbaar maken in het MT.')).toBeVisible();
  await expectNoAxeViolations(page, 'compass');
  await page.screenshot({ path: screenshotPath('04-compass'), fullPage: true });

  // Close the app and start it again on the same data folder.
  expect(await app.stop()).toBe(0);
  const again = await startApp(dataDir);
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { level: 2, name: 'Uw laatste meetmoment' })).toBeVisible();
    await expectNoAxeViolations(page, 'start (with a meetmoment)');
    await page.screenshot({ path: screenshotPath('05-start-with-data'), fullPage: true });
    await tabTo(page, page.getByRole('link', { name: 'Bekijk het kompas' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /^Meetmoment van / })).toBeVisible();
    await expectRadarValues(page);
  } finally {
    await again.stop();
  }
});
