import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, screenshotPath, startApp, tabTo, test } from './fixtures';

test('a draft survives closing the app, and the language choice is remembered', async ({ page, app, dataDir }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Nieuw meetmoment starten' }).click();
  const first = page.getByTestId('item-1.1').getByRole('radio');
  await tabTo(page, first.first());
  await page.keyboard.press('ArrowRight'); // 2 soms
  await page.getByTestId('item-1.2').getByText('Kan ik niet beoordelen').click();
  await page.getByRole('textbox', { name: /Reflectie op deze dimensie/ }).fill('Halverwege gestopt.');
  await expect(page.getByRole('status').filter({ hasText: /Concept bewaard om/ })).toBeVisible();

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Turbulent times/i })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  expect(await app.stop()).toBe(0);
  const again = await startApp(dataDir);
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { level: 2, name: 'You are working on an assessment' })).toBeVisible();
    await expect(page.getByText(/2 of 20 questions answered/)).toBeVisible();
    await expectNoAxeViolations(page, 'start in English with a draft');
    await page.getByRole('link', { name: 'Continue the assessment' }).click();
    await expect(page.getByTestId('item-1.1').getByRole('radio', { name: '2 sometimes' })).toBeChecked();
    await expect(page.getByTestId('item-1.2').getByRole('radio', { name: 'Cannot judge' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: /Reflection on this dimension/ })).toHaveValue('Halverwege gestopt.');
    await expectNoAxeViolations(page, 'self-assessment in English');
  } finally {
    await again.stop();
  }
});

test('a damaged data file is moved aside and reported, never silently replaced', async ({ page, dataDir }) => {
  const first = await startApp(dataDir);
  await page.goto(first.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  await first.stop();

  const profiles = join(dataDir, 'profiles');
  const [profileFile] = readdirSync(profiles).filter((f) => f.endsWith('.json'));
  const damaged = '{"schemaVersion":1,"id": "kapot';
  writeFileSync(join(profiles, profileFile!), damaged);

  const again = await startApp(dataDir);
  try {
    await page.goto(again.url);
    const notice = page.getByRole('alert').filter({ hasText: 'Melding over uw gegevens' });
    await expect(notice).toContainText(`Het bestand ${profileFile} was beschadigd`);
    await expect(notice).toContainText('beschadigd-');
    await expectNoAxeViolations(page, 'start with a storage notice');
    await page.screenshot({ path: screenshotPath('06-storage-notice'), fullPage: true });
    const kept = readdirSync(profiles).find((f) => f.includes('.beschadigd-'));
    expect(kept).toBeDefined();
    expect(readFileSync(join(profiles, kept!), 'utf8')).toBe(damaged);
    await notice.getByRole('button', { name: 'Begrepen' }).click();
    await expect(notice).toHaveCount(0);
  } finally {
    await again.stop();
  }
});

test('bad input sent to the API gets codes, not words, and changes nothing stored', async ({ page, app, dataDir }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  const snapshot = () =>
    readdirSync(dataDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => `${join(d.parentPath, d.name)}:${readFileSync(join(d.parentPath, d.name), 'utf8')}`)
      .sort();
  const before = snapshot();
  const token = await page.evaluate(() => sessionStorage.getItem('kompas.token'));
  const result = await page.evaluate(async (auth) => {
    const response = await fetch('/api/createAssessment', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${auth}` },
      body: JSON.stringify({ date: '2026-13-01', answers: { '1.1': 9 }, targets: {}, reflections: {} }),
    });
    return (await response.json()) as { ok: boolean; error?: { code: string; params: object; issues?: object[] } };
  }, token);
  expect(result.ok).toBe(false);
  expect(result.error?.code).toBe('invalid-input');
  expect(result.error?.issues).toEqual(
    expect.arrayContaining([
      { path: ['date'], code: 'not-a-date', params: {} },
      { path: ['answers', '1.1'], code: 'not-an-answer', params: {} },
    ]),
  );
  // Main words nothing: the renderer turns the codes into Dutch or English.
  expect(JSON.stringify(result.error)).not.toMatch(/\b(de|het|klopt|ontbreekt|the|is)\b/i);
  expect(snapshot()).toEqual(before);
});

test('a failure is worded in the user’s language: Dutch for a Dutch user, English for an English one', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  // The report of a round that does not exist: main answers with the code round-not-found.
  await page.evaluate(() => {
    window.location.hash = '#/feedback/3b241101-e2bb-4255-8caf-4136c566a962/rapport';
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Dat is niet gelukt');
  await expect(alert).toContainText('Deze feedbackronde bestaat niet (meer).');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(alert).toContainText('That did not work');
  await expect(alert).toContainText('This feedback round does not exist (any more).');
  await expect(alert).not.toContainText('feedbackronde');
  await expectNoAxeViolations(page, 'an error in English');
});
