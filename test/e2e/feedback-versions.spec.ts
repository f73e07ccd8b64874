/**
 * A round with questionnaire version 2 and the group "bestuurlijke omgeving" (issue 8): three colleagues
 * and three people from the political-administrative environment answer through the real form from
 * file://, several of them choosing "kan ik niet beoordelen"; the leader imports, closes and reads a
 * report that names its version and shows, for all others together only, how many could not judge
 * each question (spec §4).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { itemOf } from '@shared/kernel/compass/questionnaires';
import { SITUATIONAL_INSTRUCTION } from '@shared/kernel/compass/scales';
import { expect, expectNoAxeViolations, screenshotPath, test } from './fixtures';

type Value = 1 | 2 | 3 | 4 | 5 | 'na';
const needleOf = (id: string) => Number(id.split('.')[0]);

/**
 * Colleagues cannot judge the political-administrative interplay (needles 7 and 8); the bestuurlijk
 * raters cannot judge how the leader invites challenge from their own staff (needle 9). Only the first
 * colleague judges 10.2, and the last bestuurlijk rater cannot judge 1.1.
 */
const RESPONDENTS: { group: 'collega' | 'bestuurlijk'; value: (id: string) => Value }[] = [
  { group: 'collega', value: (id) => (needleOf(id) === 7 || needleOf(id) === 8 ? 'na' : 4) },
  { group: 'collega', value: (id) => (needleOf(id) === 7 || needleOf(id) === 8 || id === '10.2' ? 'na' : 4) },
  { group: 'collega', value: (id) => (needleOf(id) === 7 || needleOf(id) === 8 || id === '10.2' ? 'na' : 3) },
  { group: 'bestuurlijk', value: (id) => (needleOf(id) === 9 || id === '10.2' ? 'na' : needleOf(id) <= 8 && needleOf(id) >= 7 ? 5 : 3) },
  { group: 'bestuurlijk', value: (id) => (needleOf(id) === 9 || id === '10.2' ? 'na' : needleOf(id) <= 8 && needleOf(id) >= 7 ? 5 : 3) },
  { group: 'bestuurlijk', value: (id) => (needleOf(id) === 9 || id === '10.2' || id === '1.1' ? 'na' : needleOf(id) <= 8 && needleOf(id) >= 7 ? 4 : 3) },
];

/** Expected "kan ik niet beoordelen" of all 6 others, per item (exact, or a bound where 1–2 answered). */
const CANNOT_JUDGE: Record<string, [number, boolean]> = {
  '1.1': [1, false], // 5 answered: 6 − 5, both published anyway
  '2.1': [0, false],
  '7.1': [3, false],
  '8.2': [3, false],
  '9.1': [3, false],
  '10.2': [4, true], // only 1 answered: "minstens 4 van 6", never "5 van 6"
};

async function saveDownload(page: Page, click: () => Promise<void>, path: string): Promise<void> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  await download.saveAs(path);
}

/** A respondent opens the invitation from disk, answers every question and saves the encrypted answer. */
async function respond(context: BrowserContext, invitation: string, r: (typeof RESPONDENTS)[number], out: string, look: boolean): Promise<void> {
  const page = await context.newPage();
  await page.goto(pathToFileURL(invitation).href);
  await page.getByRole('button', { name: 'Naar de vragen' }).click();
  // The labels of version 2, and the instruction with a situational question.
  const first = page.locator('#item-1-1');
  await expect(first.locator('.scale-label')).toHaveText(['(bijna) nooit', 'zelden', 'soms', 'vaak', '(bijna) altijd', 'Kan ik niet beoordelen']);
  await expect(first.locator('legend')).toContainText(itemOf(2, '1.1').others.nl);
  await expect(first).toHaveAccessibleDescription(SITUATIONAL_INSTRUCTION.nl);
  if (look) {
    await expectNoAxeViolations(page, 'respond v2 dimension I');
    await page.screenshot({ path: screenshotPath('20-respond-v2'), fullPage: true });
  }
  for (let step = 0; step < 5; step++) {
    const ids = await page.locator('fieldset.item').evaluateAll((sets) => sets.map((s) => s.id.slice(5).replace('-', '.')));
    for (const id of ids) await page.locator(`#item-${id.replace('.', '-')}-${r.value(id)}`).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByRole('button', { name: 'Naar controleren' }).click();
  await saveDownload(page, () => page.getByRole('button', { name: 'Antwoord opslaan' }).click(), out);
  await page.close();
}

test('a version 2 round with the bestuurlijk group: answered, imported, closed, and the "kan ik niet beoordelen" counts', async ({ page, context, app, dataDir }) => {
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Feedback' }).click();
  await page.getByLabel('Naam van de ronde').fill('Voorjaar 2027');
  await page.getByLabel('Waar sturen respondenten hun antwoord naartoe?').fill('Gedeelde map Team Strategie');
  await page.getByRole('checkbox', { name: 'Medewerkers' }).uncheck();
  await page.getByRole('checkbox', { name: 'Bestuurlijke omgeving' }).check();
  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Voorjaar 2027/ })).toBeVisible();
  await expect(page.getByTestId('round-questionnaire')).toHaveText('Vragenlijst versie 2');

  const invitations = { collega: join(dataDir, 'collegas.html'), bestuurlijk: join(dataDir, 'bestuurlijk.html') };
  await saveDownload(page, () => page.getByRole('button', { name: 'Uitnodiging voor Collega’s opslaan' }).click(), invitations.collega);
  await saveDownload(page, () => page.getByRole('button', { name: 'Uitnodiging voor Bestuurlijke omgeving opslaan' }).click(), invitations.bestuurlijk);

  const answers: string[] = [];
  for (const [i, r] of RESPONDENTS.entries()) {
    const out = join(dataDir, `antwoord-${i}.json`);
    await respond(context, invitations[r.group], r, out, i === 3);
    answers.push(out);
  }
  await page.getByLabel('Bestanden kiezen').setInputFiles(answers);
  await expect(page.getByRole('status').filter({ hasText: '6 ingelezen, 0 dubbel, 0 geweigerd.' })).toBeVisible();
  await expect(page.getByTestId('count-bestuurlijk')).toHaveText('3 antwoorden');
  await page.getByRole('button', { name: 'Ronde sluiten' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, sluiten' }).click();
  await page.getByRole('link', { name: 'Bekijk het rapport' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voorjaar 2027' })).toBeVisible();

  // One calm line about the version.
  await expect(page.getByTestId('report-questionnaire')).toHaveText('Vragenlijst versie 2: de vragen hieronder zijn die van deze versie.');
  const needles = page.getByTestId('report-needles');
  await expect(needles.locator('thead th[data-set]')).toHaveText(['Alle anderen (6)', 'Collega’s (3)', 'Bestuurlijke omgeving (3)']);

  // The items carry the texts of version 2 and one count column, for all others together.
  const items = page.getByTestId('report-items');
  await expect(items.locator('tr[data-item="7.1"] th')).toContainText(itemOf(2, '7.1').others.nl);
  await expect(items.locator('thead th')).toContainText(['Kan ik niet beoordelen']);
  await expect(items.locator('thead th', { hasText: 'Kan ik niet beoordelen' })).toHaveCount(1);
  for (const [id, [count, atLeast]] of Object.entries(CANNOT_JUDGE)) {
    const cell = items.locator(`tr[data-item="${id}"] td[data-cannot-judge]`);
    await expect(cell).toHaveAttribute('data-cannot-judge', String(count));
    await expect(cell).toHaveText(atLeast ? `minstens ${count} van 6` : `${count} van 6`);
  }
  // §4 per item: 1.1 has 5 answers in "anderen"; the colleagues' 3 would leave the 2 bestuurlijk answers, so
  // neither group shows 1.1. 7.1: the colleagues could not judge it, the bestuurlijk raters' figure equals "anderen".
  await expect(items.locator('tr[data-item="1.1"] td[data-set="anderen"]')).toHaveAttribute('data-value', String(17 / 5));
  await expect(items.locator('tr[data-item="1.1"] td[data-set="groep-collega"]')).toHaveAttribute('data-value', '');
  await expect(items.locator('tr[data-item="1.1"] td[data-set="groep-bestuurlijk"]')).toHaveAttribute('data-value', '');
  await expect(items.locator('tr[data-item="7.1"] td[data-set="groep-collega"]')).toHaveAttribute('data-value', '');
  await expect(items.locator('tr[data-item="7.1"] td[data-set="groep-bestuurlijk"]')).toHaveAttribute('data-value', String(14 / 3));
  await expect(items.locator('tr[data-item="10.2"] td[data-set="anderen"]')).toHaveAttribute('data-value', '');
  await expect(page.getByTestId('cannot-judge-note')).toContainText('7. ');
  const note = await page.getByTestId('cannot-judge-note').innerText();
  expect(note.match(/\b(\d+)\. /g)).toEqual(['7. ', '8. ', '9. ', '10. ']);

  await expectNoAxeViolations(page, 'report v2');
  await page.screenshot({ path: screenshotPath('21-report-v2'), fullPage: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('21-report-v2-top') });
  await page.getByRole('heading', { name: 'Per vraag, met de spreiding' }).evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: screenshotPath('22-report-v2-items') });
});
