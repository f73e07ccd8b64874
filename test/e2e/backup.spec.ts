/**
 * Profile files and the backup of everything (spec §6), by keyboard where it matters: a coachee
 * makes a profile file on their own laptop (a second data folder), the coach brings it in with a
 * preview, as "keep both" and as "replace", and hands it back; a backup of everything is restored
 * with a preview and undone. Screens in Dutch, English and at 200 % zoom, with axe.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { newAssessmentInput } from '../fixtures/assessment';
import { callApi, expect, expectNoAxeViolations, screenshotPath, startApp, tabTo, test } from './fixtures';

const PASSPHRASE = 'fietsen langs de Amstel in mei';

async function openFilesScreen(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  await page.getByRole('link', { name: 'Reservekopie en overzetten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reservekopie en profielbestanden' })).toBeFocused();
}

async function seed(page: Page, name: string): Promise<void> {
  expect((await callApi(page, 'renameProfile', { name })).ok).toBe(true);
  expect((await callApi(page, 'createAssessment', newAssessmentInput('2025-02-03'))).ok).toBe(true);
  expect((await callApi(page, 'createAssessment', { ...newAssessmentInput('2025-09-15'), reflections: { I: 'Meer rust in het MT.' } })).ok).toBe(true);
  expect((await callApi(page, 'chooseRoute', { route: 'a', why: 'Crisis als kans.', needles: [1] })).ok).toBe(true);
  // The screens read the app state once: seen after a reload.
  await page.reload();
}

/** Fills a new passphrase twice and presses the section's button; returns the downloaded file's path and name. */
async function makeFile(page: Page, section: string, button: string, path: string): Promise<string> {
  const card = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: section }) });
  await card.getByLabel('Wachtwoord voor het bestand').fill(PASSPHRASE);
  await card.getByLabel('Herhaal het wachtwoord').fill(PASSPHRASE);
  await expect(card.getByText('Sterk.')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: button }).click()]);
  await download.saveAs(path);
  await expect(card.getByRole('status')).toContainText(download.suggestedFilename());
  return download.suggestedFilename();
}

async function openFile(page: Page, section: string, file: string, passphrase = PASSPHRASE): Promise<ReturnType<Page['locator']>> {
  const card = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: section }) });
  await card.locator('input[type=file]').setInputFiles(file);
  await card.getByLabel('Wachtwoord van het bestand').fill(passphrase);
  await card.getByRole('button', { name: 'Bestand openen' }).click();
  return card;
}

test('a profile file goes from the coachee’s laptop to the coach, as keep both and as replace, and back', async ({ page, app }) => {
  const laptopDir = mkdtempSync(join(tmpdir(), 'kompas-e2e-laptop-'));
  const files = mkdtempSync(join(tmpdir(), 'kompas-e2e-files-'));
  const laptop = await startApp(laptopDir);
  try {
    // On the coachee's laptop: the profile file, passphrase typed twice, strength hint shown.
    await page.goto(laptop.url);
    await seed(page, 'Anna de Wit');
    await openFilesScreen(page, laptop.url);
    const card = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Profielbestand maken' }) });
    await expect(card.getByText('Het bestand wordt gemaakt van het profiel van Anna de Wit.')).toBeVisible();
    await card.getByLabel('Wachtwoord voor het bestand').fill('wachtwoord1');
    await expect(card.getByText(/Zwak/)).toBeVisible();
    await card.getByRole('button', { name: 'Profielbestand maken' }).click();
    await expect(card.getByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();
    await expect(card.getByLabel('Herhaal het wachtwoord')).toBeFocused();
    const profileFile = join(files, 'profiel.json');
    const name = await makeFile(page, 'Profielbestand maken', 'Profielbestand maken', profileFile);
    expect(name).toMatch(/^kompas-profiel-Anna-de-Wit-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(profileFile, 'utf8');
    expect(text).not.toContain('Anna');
    expect(text).not.toContain('Meer rust');
    await page.screenshot({ path: screenshotPath('backup-nl'), fullPage: true });
    await expectNoAxeViolations(page, 'backup screen');

    // At the coach: a wrong passphrase is refused plainly; then the preview.
    await openFilesScreen(page, app.url);
    let incoming = await openFile(page, 'Profielbestand binnenhalen', profileFile, 'een verkeerd wachtwoord');
    await expect(incoming.getByRole('alert')).toContainText('Het wachtwoord klopt niet');
    await expect(incoming.getByRole('alert')).toContainText('Er is niets gewijzigd.');
    incoming = await openFile(page, 'Profielbestand binnenhalen', profileFile);
    const preview = incoming.getByRole('group', { name: 'In dit profielbestand' });
    await expect(preview.getByRole('heading', { level: 3, name: 'In dit profielbestand' })).toBeFocused();
    await expect(preview).toContainText('Anna de Wit');
    await expect(preview).toContainText('2 meetmomenten · 0 feedbackrondes · 1 route op de routekaart');
    await expectNoAxeViolations(page, 'profile file preview');
    await page.screenshot({ path: screenshotPath('backup-preview-profile-nl'), fullPage: true });
    await tabTo(page, preview.getByRole('button', { name: 'Profiel toevoegen' }));
    await page.keyboard.press('Enter');
    await expect(incoming.getByRole('status').filter({ hasText: 'Het profiel Anna de Wit is binnengehaald.' })).toBeVisible();
    await incoming.getByRole('button', { name: 'Dit profiel openen' }).click();
    await expect(incoming.getByRole('button', { name: 'Dit profiel openen' })).toBeHidden();

    // The same file again: it exists now, so replace or keep both.
    incoming = await openFile(page, 'Profielbestand binnenhalen', profileFile);
    await expect(incoming.getByRole('group', { name: 'Dit profiel staat al in de app' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('backup-exists-nl'), fullPage: true });
    await expectNoAxeViolations(page, 'profile exists choice');
    await incoming.getByRole('radio', { name: /Allebei bewaren/ }).check();
    await incoming.getByRole('button', { name: 'Binnenhalen' }).click();
    await expect(incoming.getByRole('status').filter({ hasText: 'Het profiel Anna de Wit (2) is binnengehaald.' })).toBeVisible();
    const state = (await callApi(page, 'getAppState', {}, false)).value as { profiles: { name: string }[] };
    expect(state.profiles.map((p) => p.name).sort()).toEqual(['', 'Anna de Wit', 'Anna de Wit (2)']);

    // The coach adds a meetmoment, then replace puts the file's version back (undo can return it).
    expect((await callApi(page, 'createAssessment', newAssessmentInput('2025-11-01'))).ok).toBe(true);
    incoming = await openFile(page, 'Profielbestand binnenhalen', profileFile);
    await expect(incoming).toContainText('3 meetmomenten');
    await incoming.getByRole('radio', { name: /Vervangen/ }).check();
    await incoming.getByRole('button', { name: 'Binnenhalen' }).click();
    await expect(incoming.getByRole('status').filter({ hasText: 'binnengehaald' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Terugzetten ongedaan maken' })).toBeVisible();

    // After the session, the coach makes the file back (of Anna's profile, open now).
    const back = join(files, 'terug.json');
    await makeFile(page, 'Profielbestand maken', 'Profielbestand maken', back);
    await openFilesScreen(page, laptop.url);
    incoming = await openFile(page, 'Profielbestand binnenhalen', back);
    await incoming.getByRole('button', { name: 'Binnenhalen' }).click();
    await expect(incoming.getByRole('status').filter({ hasText: 'Het profiel Anna de Wit is binnengehaald.' })).toBeVisible();
  } finally {
    await laptop.stop();
    rmSync(laptopDir, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  }
});

test('a backup of everything is restored after a preview and confirmation, and undone', async ({ page, app }) => {
  const files = mkdtempSync(join(tmpdir(), 'kompas-e2e-files-'));
  try {
    await page.goto(app.url);
    await seed(page, 'Bea Bakker');
    await openFilesScreen(page, app.url);
    const backup = join(files, 'alles.json');
    expect(await makeFile(page, 'Reservekopie van alles', 'Reservekopie maken', backup)).toMatch(/^kompas-backup-\d{4}-\d{2}-\d{2}\.json$/);

    // Later work: a third meetmoment and a new profile.
    expect((await callApi(page, 'createAssessment', newAssessmentInput('2025-12-01'))).ok).toBe(true);
    expect((await callApi(page, 'createProfile', { name: 'Later' }, false)).ok).toBe(true);

    const restore = await openFile(page, 'Alles terugzetten', backup);
    const preview = restore.getByRole('group', { name: 'Wat het terugzetten doet' });
    await expect(preview).toContainText('Vervangt het profiel dat hier nu staat');
    await expect(preview).toContainText('Nu hier: Bea Bakker: 3 meetmomenten');
    await expect(preview).toContainText('Deze profielen staan niet in de reservekopie en blijven zoals ze zijn:');
    await expect(preview).toContainText('Later');
    await page.screenshot({ path: screenshotPath('backup-restore-preview-nl'), fullPage: true });
    await expectNoAxeViolations(page, 'restore preview');
    await preview.getByRole('button', { name: 'Ja, zet alles terug' }).click();
    await expect(restore.getByRole('status').filter({ hasText: 'De reservekopie is teruggezet.' })).toBeVisible();
    let list = (await callApi(page, 'listAssessments', {})).value as unknown[];
    expect(list).toHaveLength(2);

    // Undo, by keyboard, with its confirmation.
    const undo = page.getByRole('button', { name: 'Ongedaan maken' });
    await expect(page.getByText(/U kunt dat ongedaan maken tot/)).toBeVisible();
    await tabTo(page, undo);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Terugzetten ongedaan maken?' });
    await expect(dialog).toBeVisible();
    await page.screenshot({ path: screenshotPath('backup-undo-dialog-nl') });
    await dialog.getByRole('button', { name: 'Ja, maak ongedaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Het terugzetten is ongedaan gemaakt.' })).toBeVisible();
    list = (await callApi(page, 'listAssessments', {})).value as unknown[];
    expect(list).toHaveLength(3);
    await expect(page.getByRole('heading', { level: 2, name: 'Terugzetten ongedaan maken' })).toBeHidden();
    await expect(page.getByText('De reservekopie is teruggezet.')).toBeHidden();

    // English, and 200 % zoom.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backup and profile files' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('backup-en'), fullPage: true });
    await expectNoAxeViolations(page, 'backup screen in English');
    await page.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    await page.screenshot({ path: screenshotPath('backup-en-200'), fullPage: true });
    await expectNoAxeViolations(page, 'backup screen at 200 %');
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
});
