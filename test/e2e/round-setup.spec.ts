/**
 * Setting up a round so that mistakes are hard to make, in the real app (browser mode, Chromium):
 * the warning about an anonymous leidinggevende before creating, the closing date, the preview of
 * what each group receives, copying the e-mail to the clipboard, and deleting the round by typing
 * its name — after which nothing of it is left in the data folder. Screenshots in Dutch, in English
 * and at 200 % zoom (half the width at twice the pixel density).
 */
import type { Page } from '@playwright/test';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { filesMentioning } from '../fixtures/folders';
import { callApi, expect, expectNoAxeViolations, screenshotPath, test } from './fixtures';

async function openRounds(page: Page, url: string, menu: 'Feedback' = 'Feedback'): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation').getByRole('link', { name: menu }).first().click();
}

test('a new round: the manager warning, the closing date and the preview; then the round’s e-mail, copied', async ({ page, context, app }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await openRounds(page, app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback van anderen (360°)' })).toBeVisible();

  await page.getByLabel('Naam van de ronde').fill('Najaar 2026');
  await page.getByLabel('Uw naam voor de respondenten (niet verplicht)').fill('Anne de Vries');
  await page.getByLabel('Waar sturen respondenten hun antwoord naartoe?').fill('Coach Jan Smit, jan.smit@example.nl');
  await page.getByRole('checkbox', { name: 'Leidinggevende' }).check();
  const choice = page.getByRole('group', { name: 'Hoe vraagt u uw leidinggevende?' });
  await expect(choice).toContainText('één persoon kan niet anoniem blijven');
  await expect(choice.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByLabel('Sluitingsdatum voor de respondenten (niet verplicht)').fill('1999-01-01');
  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(page.getByText('Kies hoe u uw leidinggevende vraagt.')).toBeVisible();
  await expect(page.getByText(/Deze datum ligt in het verleden/)).toBeVisible();
  expect((await callApi(page, 'listRounds', {})).value).toEqual([]);
  await expectNoAxeViolations(page, 'new round with problems');

  await page.getByLabel('Sluitingsdatum voor de respondenten (niet verplicht)').fill('2099-12-12');
  await choice.getByRole('radio', { name: 'Toch anoniem vragen' }).check();
  const preview = page.getByTestId('preview-leidinggevende');
  await expect(preview).toContainText('Ja. Het bestand bevat geen naam');
  await expect(preview).toContainText('20 korte vragen, ongeveer 8 minuten');
  await expect(preview).toContainText('12 december 2099');
  await expect(preview).toContainText('Coach Jan Smit, jan.smit@example.nl');
  await expect(page.getByTestId('preview-collega')).toBeVisible();
  await expectNoAxeViolations(page, 'new round with the manager choice and preview');
  await page.locator('section.card').filter({ hasText: 'Nieuwe feedbackronde' }).screenshot({ path: screenshotPath('20-new-round-manager-nl') });

  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Najaar 2026/ })).toBeVisible();
  await expect(page.getByTestId('round-return-to')).toHaveText('Antwoorden gaan naar: Coach Jan Smit, jan.smit@example.nl');
  await expect(page.getByTestId('preview-leidinggevende')).toContainText('Ja. Het bestand bevat geen naam');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Uitnodiging voor Collega’s opslaan' }).click();
  await download;
  const text = page.getByLabel('Tekst voor de e-mail aan Collega’s');
  await expect(text).toHaveValue(/jan\.smit@example\.nl/);
  await expect(page.getByLabel('Onderwerp van de e-mail aan Collega’s')).toHaveValue('Uw feedback gevraagd: Najaar 2026');
  const card = page.getByTestId('preview-collega');
  await card.getByRole('button', { name: 'Tekst kopiëren' }).click();
  await expect(card.getByRole('status')).toHaveText('De tekst voor Collega’s staat op het klembord.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.inputValue());
  await card.getByRole('button', { name: 'Onderwerp kopiëren' }).click();
  await expect(card.getByRole('status')).toHaveText('Het onderwerp voor Collega’s staat op het klembord.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Uw feedback gevraagd: Najaar 2026');
  await expectNoAxeViolations(page, 'round with the e-mail and copy buttons');
  await page.screenshot({ path: screenshotPath('21-round-copy-nl'), fullPage: true });
});

test('deleting a round: typed confirmation, then nothing of it in the data folder', async ({ page, app, dataDir }) => {
  await page.goto(app.url);
  const created = await callApi(page, 'createRound', {
    name: 'Voorjaar 2027',
    leader: '',
    groups: ['collega', 'medewerker'],
    closesOn: null,
    returnTo: 'secretariaat@example.nl',
    managerNonAnonymous: false,
    language: 'nl',
  });
  const id = (created.value as { id: string }).id;
  await callApi(page, 'closeRound', { id });
  expect(filesMentioning(dataDir, id).length).toBeGreaterThan(0);

  await page.goto(`${app.origin}/#/feedback/${id}`);
  await page.getByRole('button', { name: 'Ronde verwijderen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ronde ‘Voorjaar 2027’ verwijderen?' });
  await expect(dialog.getByLabel('Typ ter bevestiging de naam van de ronde: Voorjaar 2027')).toBeFocused();
  await dialog.getByLabel(/Typ ter bevestiging/).fill('Voorjaar');
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(dialog.getByText('Dat is niet de naam van de ronde. Typ precies: Voorjaar 2027')).toBeVisible();
  await expectNoAxeViolations(page, 'delete dialog');
  await page.screenshot({ path: screenshotPath('22-delete-round-nl') });
  expect(filesMentioning(dataDir, id).length).toBeGreaterThan(0);

  await dialog.getByLabel(/Typ ter bevestiging/).fill('Voorjaar 2027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback van anderen (360°)' })).toBeVisible();
  await expect(page.getByText('De ronde ‘Voorjaar 2027’ is verwijderd, met alles wat erbij hoorde.')).toBeVisible();
  expect(filesMentioning(dataDir, id)).toEqual([]);
});

test('in English and at 200 % zoom', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Feedback' }).first().click();
  await page.getByLabel('Name of the round').fill('Autumn 2026');
  await page.getByLabel('Where do respondents send their answer?').fill('Shared folder Team North');
  await page.getByRole('checkbox', { name: 'Line manager' }).check();
  await page.getByRole('radio', { name: 'Ask not anonymously' }).check();
  await expect(page.getByTestId('preview-leidinggevende')).toContainText('No. The form says beforehand');
  await expectNoAxeViolations(page, 'new round in English');
  const form = page.locator('section.card').filter({ hasText: 'New feedback round' });
  await form.screenshot({ path: screenshotPath('23-new-round-manager-en') });

  await page.setViewportSize({ width: 640, height: 900 });
  await page.evaluate(() => document.body.offsetHeight);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  await form.screenshot({ path: screenshotPath('24-new-round-manager-en-200') });

  await page.getByRole('button', { name: 'Create round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Autumn 2026/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save invitation for Line manager' }).click();
  await download;
  await expect(page.getByLabel('E-mail text for Line manager')).toHaveValue(/Shared folder Team North/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  await expectNoAxeViolations(page, 'round in English at 200 %');
  await page.screenshot({ path: screenshotPath('25-round-copy-en-200'), fullPage: true });
  await page.getByRole('button', { name: 'Delete round…' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete the round ‘Autumn 2026’?' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('26-delete-round-en-200') });
});

test('closing a round: the leader picks the meetmoment the report compares with; deleting it later is said in the report', async ({ page, app }) => {
  await page.goto(app.url);
  const answers = (value: number) => Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, value]));
  const meetmoment = async (date: string, value: number) =>
    (await callApi(page, 'createAssessment', { date, questionnaire: { id: 'kompas', version: 2 }, answers: answers(value), targets: {}, reflections: {} })).value as { id: string };
  const older = await meetmoment('2025-03-10', 2);
  await meetmoment('2025-09-01', 4);
  const created = await callApi(page, 'createRound', {
    name: 'Najaar 2025',
    leader: '',
    groups: ['collega'],
    closesOn: null,
    returnTo: 'secretariaat@example.nl',
    managerNonAnonymous: false,
    language: 'nl',
  });
  const id = (created.value as { id: string }).id;

  await page.goto(`${app.origin}/#/feedback/${id}`);
  const select = page.getByLabel('Met welk meetmoment vergelijkt het rapport?');
  await expect(select.locator('option:checked')).toHaveText('1 september 2025 (meest recent)');
  await select.selectOption({ label: '10 maart 2025' });
  await expectNoAxeViolations(page, 'round with the comparison choice');
  await page.getByRole('button', { name: 'Ronde sluiten' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Het rapport vergelijkt dan met uw meetmoment van 10 maart 2025.');
  await dialog.getByRole('button', { name: 'Ja, sluiten' }).click();
  await expect(page.getByTestId('comparison-note')).toHaveText('Het rapport vergelijkt met uw meetmoment van 10 maart 2025.');
  expect(((await callApi(page, 'getRound', { id })).value as { comparedWith: unknown }).comparedWith).toEqual({
    kind: 'meetmoment',
    assessmentId: older.id,
    takenOn: '2025-03-10',
  });

  await callApi(page, 'deleteAssessment', { id: older.id });
  await page.goto(`${app.origin}/#/feedback/${id}/rapport`);
  await expect(page.getByTestId('report-self-deleted')).toHaveText(
    'Het meetmoment waarmee dit rapport vergeleek, is verwijderd. Het rapport toont daarom geen eigen scores.',
  );
  await expectNoAxeViolations(page, 'report whose meetmoment was deleted');
});
