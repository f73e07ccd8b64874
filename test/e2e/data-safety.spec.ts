import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, expect, expectNoAxeViolations, screenshotPath, startApp, tabTo, test } from './fixtures';

test('a draft survives closing the app, and the language choice is remembered', async ({ page, app, dataDir }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Nieuw meetmoment starten' }).click();
  const first = page.getByTestId('item-1.1').getByRole('radio');
  await tabTo(page, first.first());
  await page.keyboard.press('ArrowRight'); // 2 zelden
  await page.getByTestId('item-1.2').getByText('Niet van toepassing').click();
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
    await expect(page.getByTestId('item-1.1').getByRole('radio', { name: '2 rarely' })).toBeChecked();
    await expect(page.getByTestId('item-1.2').getByRole('radio', { name: 'Not applicable' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: /Reflection on this dimension/ })).toHaveValue('Halverwege gestopt.');
    await expectNoAxeViolations(page, 'self-assessment in English');
  } finally {
    await again.stop();
  }
});

/** The active profile's folder, as the app names it (profiles/<id>/). */
async function profileFolder(page: Page, dataDir: string): Promise<string> {
  const state = (await callApi(page, 'getAppState', {}, false)).value as { activeProfileId: string };
  return join(dataDir, 'profiles', state.activeProfileId);
}

/** Every file under `dir` with its bytes, to prove that nothing changed. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `${join(d.parentPath, d.name)}:${readFileSync(join(d.parentPath, d.name), 'utf8')}`)
    .sort();
}

test('a damaged data file is moved aside and reported, never silently replaced', async ({ page, dataDir }) => {
  const first = await startApp(dataDir);
  await page.goto(first.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  const folder = await profileFolder(page, dataDir);
  await first.stop();

  const damaged = '{"schemaVersion":1,"id": "kapot';
  writeFileSync(join(folder, 'profile.json'), damaged);

  const again = await startApp(dataDir);
  try {
    await page.goto(again.url);
    const notice = page.getByRole('alert').filter({ hasText: 'Melding over uw gegevens' });
    await expect(notice).toContainText('Het bestand met uw meetmomenten was beschadigd');
    await expect(notice).toContainText('Bestand: profile.json.');
    await expect(notice).toContainText('profile.beschadigd-');
    await expectNoAxeViolations(page, 'start with a storage notice');
    await page.screenshot({ path: screenshotPath('06-storage-notice'), fullPage: true });
    const kept = readdirSync(folder).find((f) => f.startsWith('profile.beschadigd-'));
    expect(kept).toBeDefined();
    expect(readFileSync(join(folder, kept!), 'utf8')).toBe(damaged);

    // The same notice in English, with the English name of the document.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const english = page.getByRole('alert').filter({ hasText: 'Notice about your data' });
    await expect(english).toContainText('The file with your assessments was damaged');
    await expect(english).not.toContainText('meetmomenten');
    await expectNoAxeViolations(page, 'start with a storage notice in English');
    await page.screenshot({ path: screenshotPath('06-storage-notice-en'), fullPage: true });
    await english.getByRole('button', { name: 'Understood' }).click();
    await expect(english).toHaveCount(0);
  } finally {
    await again.stop();
  }
});

test('a routekaart saved by a newer app version is named in a notice, not shown as empty, and left untouched', async ({ page, dataDir }) => {
  const first = await startApp(dataDir);
  await page.goto(first.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  const folder = await profileFolder(page, dataDir);
  await first.stop();

  // A plan as a later version might write it: a higher schemaVersion and a field this version does not know.
  const newer = {
    schemaVersion: 99,
    profileId: folder.split('/').pop(),
    reviewEveryMonths: 3,
    routes: [{ route: 'a', why: 'Uit de toekomst', needles: [1], status: 'onderweg', chosenOn: '2026-01-10', actions: [], reflections: [] }],
    conversations: [],
    milestones: [{ title: 'Iets nieuws' }],
    updatedAt: '2026-01-10T09:00:00.000Z',
  };
  writeFileSync(join(folder, 'plan.json'), JSON.stringify(newer, null, '\t'));
  const before = snapshot(dataDir);

  const again = await startApp(dataDir);
  try {
    await page.goto(again.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Routekaart' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Routekaart' })).toBeVisible();
    // The storage notice names the routekaart in words ...
    const notice = page.getByRole('alert').filter({ hasText: 'Melding over uw gegevens' });
    await expect(notice).toContainText('Het bestand met uw routekaart is gemaakt met een nieuwere versie van Ambtelijk Kompas');
    await expect(notice).toContainText('Bestand: plan.json.');
    // ... and the screen says why it shows no plan, instead of an empty one to start again in.
    const problem = page.getByRole('alert').filter({ hasText: 'Uw routekaart kan nu niet worden getoond' });
    await expect(problem).toContainText('Een nieuwere versie van Ambtelijk Kompas heeft uw routekaart bewaard');
    await expect(page.getByRole('heading', { name: 'Mijn routes' })).toHaveCount(0);
    await expect(page.getByText('U heeft nog geen route gekozen')).toHaveCount(0);
    await expect(page.getByTestId('choose-route-a')).toHaveCount(0);
    await expectNoAxeViolations(page, 'routekaart of a newer version');
    await page.screenshot({ path: screenshotPath('07-routekaart-newer-version'), fullPage: true });

    // A change through the API is refused as well.
    const refused = await callApi(page, 'chooseRoute', { route: 'b', why: '', needles: [1] });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('storage-newer-version');
  } finally {
    expect(await again.stop()).toBe(0);
  }
  // Nothing on disk changed: not the plan, not its backups, nothing else.
  expect(snapshot(dataDir)).toEqual(before);

  // In English the notice names it "your route map" (switching the language does write the settings).
  const third = await startApp(dataDir);
  try {
    await page.goto(third.url);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('navigation', { name: /Main/ }).getByRole('link', { name: 'Route map' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Notice about your data' })).toContainText(
      'The file with your route map was made with a newer version of Ambtelijk Kompas',
    );
    await expect(page.getByRole('alert').filter({ hasText: 'Your route map cannot be shown now' })).toContainText(
      'A newer version of Ambtelijk Kompas saved your route map',
    );
    await page.screenshot({ path: screenshotPath('07-routekaart-newer-version-en'), fullPage: true });
  } finally {
    await third.stop();
  }
  expect(readFileSync(join(folder, 'plan.json'), 'utf8')).toBe(JSON.stringify(newer, null, '\t'));
});

test('bad input sent to the API gets codes, not words, and changes nothing stored', async ({ page, app, dataDir }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  const before = snapshot(dataDir);
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
  expect(snapshot(dataDir)).toEqual(before);
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
