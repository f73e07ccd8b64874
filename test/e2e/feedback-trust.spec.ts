/**
 * Issue #9 end to end: a round with `returnTo` and an anonymous leidinggevende, eight respondents
 * answering the real form from file://, padded files, a report that compares with "alle anderen"
 * first, a priority turned into a route, the print view, and deleting the round without a trace.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { filesMentioning } from '../fixtures/folders';
import { callApi, expect, expectNoAxeViolations, screenshotPath, tabTo, test } from './fixtures';

type Group = 'leidinggevende' | 'collega' | 'medewerker';
interface Respondent {
  readonly group: Group;
  readonly value: number;
  /** Items answered with "kan ik niet beoordelen". */
  readonly notJudged: readonly string[];
  readonly keepDoing: string;
}

const RETURN_TO = 'Secretariaat DG, kamer 4.12';
const RESPONDENTS: readonly Respondent[] = [
  { group: 'leidinggevende', value: 2, notJudged: [], keepDoing: 'Blijf de minister tijdig meenemen.' },
  { group: 'collega', value: 4, notJudged: [], keepDoing: 'Kort.' },
  { group: 'collega', value: 4, notJudged: [], keepDoing: 'De rust die u uitstraalt in een crisis helpt het hele team om het overzicht te houden.' },
  { group: 'collega', value: 3, notJudged: ['1.1', '2.1'], keepDoing: 'Samen optrekken met de provincies.' },
  { group: 'medewerker', value: 5, notJudged: [], keepDoing: 'Ruimte geven.' },
  { group: 'medewerker', value: 5, notJudged: [], keepDoing: 'Luisteren voordat u besluit, ook als de tijd dringt en de druk van buiten groot is.' },
  { group: 'medewerker', value: 4, notJudged: [], keepDoing: 'Eerlijk zijn over wat nog niet bekend is.' },
  { group: 'medewerker', value: 4, notJudged: ['3.1'], keepDoing: 'Het team zichtbaar bedanken.' },
];

/** Hand computation: the mean of those who answered `item` among `groups`. */
function expectedItem(item: string, groups: readonly Group[]): number {
  const values = RESPONDENTS.filter((r) => groups.includes(r.group) && !r.notJudged.includes(item)).map((r) => r.value);
  return values.reduce((a, b) => a + b, 0) / values.length;
}
const ALL: readonly Group[] = ['leidinggevende', 'collega', 'medewerker'];
const OVERIGE: readonly Group[] = ['leidinggevende', 'collega'];
/** A needle figure is the mean of its two published item figures. */
function expectedNeedle(needle: number, groups: readonly Group[]): number {
  return (expectedItem(`${needle}.1`, groups) + expectedItem(`${needle}.2`, groups)) / 2;
}

async function saveDownload(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  await download.saveAs(path);
  return download.suggestedFilename();
}

async function respond(context: BrowserContext, invitation: string, r: Respondent, out: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(pathToFileURL(invitation).href);
  await expect(page.getByText(RETURN_TO).first()).toBeVisible();
  await page.getByRole('button', { name: 'Naar de vragen' }).click();
  for (let step = 0; step < 5; step++) {
    const ids = await page.locator('fieldset.item').evaluateAll((sets) => sets.map((s) => s.id.slice(5).replace('-', '.')));
    for (const id of ids) await page.locator(`#item-${id.replace('.', '-')}-${r.notJudged.includes(id) ? 'na' : r.value}`).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByLabel('Wat moet deze leider vooral blijven doen?').fill(r.keepDoing);
  await page.getByRole('button', { name: 'Naar controleren' }).click();
  await saveDownload(page, () => page.getByRole('button', { name: 'Antwoord opslaan' }).click(), out);
  await expect(page.getByText(RETURN_TO).first()).toBeVisible();
  await page.close();
}

test('a round that respondents can trust: returnTo, padded answers, alle anderen first, a route, print', async ({ page, context, app, dataDir }) => {
  test.setTimeout(240_000);
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Feedback' }).click();
  await page.getByLabel('Naam van de ronde').fill('Voorjaar 2027');
  await page.getByLabel('Waar sturen respondenten hun antwoord naartoe?').fill(RETURN_TO);
  // Asking one manager anonymously: the form warns before the round exists, and makes the leader choose.
  await page.getByRole('checkbox', { name: 'Leidinggevende' }).check();
  const managerChoice = page.getByRole('group', { name: 'Hoe vraagt u uw leidinggevende?' });
  await expect(managerChoice).toContainText('één persoon kan niet anoniem blijven');
  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(page.getByText('Kies hoe u uw leidinggevende vraagt.')).toBeVisible();
  await managerChoice.getByRole('radio', { name: 'Toch anoniem vragen' }).check();
  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Voorjaar 2027/ })).toBeVisible();

  // Invitations and answers live outside the app's data folder, as on the respondents' computers.
  const outside = test.info().outputPath('respondents');
  mkdirSync(outside, { recursive: true });
  const invitations: Record<Group, string> = {
    leidinggevende: join(outside, 'uitnodiging-leidinggevende.html'),
    collega: join(outside, 'uitnodiging-collegas.html'),
    medewerker: join(outside, 'uitnodiging-medewerkers.html'),
  };
  const groupLabel: Record<Group, string> = { leidinggevende: 'Leidinggevende', collega: 'Collega’s', medewerker: 'Medewerkers' };
  for (const group of ALL) {
    await saveDownload(page, () => page.getByRole('button', { name: `Uitnodiging voor ${groupLabel[group]} opslaan` }).click(), invitations[group]);
  }
  await expect(page.getByLabel('Tekst voor de e-mail aan Collega’s')).toHaveValue(new RegExp(RETURN_TO));

  const answers: string[] = [];
  for (const [i, r] of RESPONDENTS.entries()) {
    const out = join(outside, `antwoord-${i}.json`);
    await respond(context, invitations[r.group], r, out);
    answers.push(out);
  }
  // Padding (spec §2): different comments and numbers of "kan ik niet beoordelen", at most two sizes.
  expect(new Set(answers.map((f) => statSync(f).size)).size).toBeLessThanOrEqual(2);

  await page.getByLabel('Bestanden kiezen').setInputFiles(answers);
  await expect(page.getByRole('status').filter({ hasText: '8 ingelezen, 0 dubbel, 0 geweigerd.' })).toBeVisible();
  await page.getByRole('button', { name: 'Ronde sluiten' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, sluiten' }).click();
  await page.getByRole('link', { name: 'Bekijk het rapport' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voorjaar 2027' })).toBeVisible();

  // Alle anderen (8), medewerkers (4), overige: collega's en leidinggevende (4); collega's not alone.
  const needleTable = page.getByTestId('report-needles');
  // The report is read after the heading shows: wait for its table before reading it at once.
  await expect(needleTable.locator('thead th[data-set]')).toHaveCount(3);
  const sets = await needleTable.locator('thead th[data-set]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-set')));
  expect(sets).toEqual(['anderen', 'groep-medewerker', 'overige']);
  await expect(needleTable.locator('thead th[data-set]')).toHaveText([/Alle anderen \(8\)/, /Medewerkers \(4\)/, /collega’s en leidinggevende \(4\)/]);
  for (let needle = 1; needle <= 10; needle++) {
    const row = needleTable.locator(`tr[data-needle="${needle}"]`);
    for (const [key, groups] of [['anderen', ALL], ['groep-medewerker', ['medewerker']], ['overige', OVERIGE]] as const) {
      const value = Number(await row.locator(`td[data-set="${key}"]`).getAttribute('data-value'));
      expect(value, `needle ${needle}, ${key}`).toBeCloseTo(expectedNeedle(needle, groups), 9);
    }
  }
  const items = page.getByTestId('report-items');
  for (const id of ALL_ITEM_IDS) {
    const value = Number(await items.locator(`tr[data-item="${id}"] td[data-set="anderen"]`).getAttribute('data-value'));
    expect(value, `item ${id}`).toBeCloseTo(expectedItem(id, ALL), 9);
  }
  // The report says why the collega's are not shown on their own, and no figure anywhere belongs to
  // another set: every published figure describes ≥ 3 people, alone or by subtraction (8 − 4 − 4 = 0).
  await expect(page.getByText(/Collega’s \(3\): als zij apart stonden/)).toBeVisible();
  const published = await page.locator('[data-set]').evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('data-set')))]);
  expect(published.sort()).toEqual(['anderen', 'groep-medewerker', 'overige']);
  await expectNoAxeViolations(page, 'report (alle anderen first)');
  await page.screenshot({ path: screenshotPath('20-report-trust'), fullPage: true });

  // The print view: only the content, no menu and no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  expect(await page.locator('button:visible, select:visible, nav:visible').count()).toBe(0);
  await page.screenshot({ path: screenshotPath('21-report-print'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // A development priority becomes a route in one step.
  const priority = page.getByTestId('priorities').locator('li').first();
  const needle = Number(await priority.getAttribute('data-needle'));
  // By keyboard: Tab to the button, Enter; focus moves into the route choice; Tab to save, Enter.
  await tabTo(page, priority.getByRole('button', { name: /Maak een route van naald/ }));
  await page.keyboard.press('Enter');
  await expect(priority.getByRole('radio').first()).toBeFocused();
  await expectNoAxeViolations(page, 'a route from a priority');
  await priority.screenshot({ path: screenshotPath('22-route-from-priority') });
  await tabTo(page, priority.getByRole('button', { name: 'Route toevoegen aan de routekaart' }));
  await page.keyboard.press('Enter');
  await expect(priority.getByRole('status')).toContainText('staat nu in uw routekaart');
  await expect(priority.getByRole('status')).toBeFocused();
  const plan = (await callApi(page, 'getPlan', {})).value as { routes: { route: string; needles: number[]; why: string }[] };
  expect(plan.routes).toHaveLength(1);
  expect(plan.routes[0]!.needles).toEqual([needle]);
  expect(plan.routes[0]!.why).toContain('Voorjaar 2027');
  await expectNoAxeViolations(page, 'report after a route was made');

  // Deleting the round: typed confirmation, and nothing of it is left in the data folder.
  const [round] = (await callApi(page, 'listRounds', {})).value as { id: string }[];
  const comment = RESPONDENTS[2]!.keepDoing;
  expect(filesMentioning(dataDir, round!.id).length).toBeGreaterThan(0);
  expect(filesMentioning(dataDir, comment).length).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Terug naar de ronde' }).click();
  await page.getByRole('button', { name: 'Ronde verwijderen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ronde ‘Voorjaar 2027’ verwijderen?' });
  await dialog.getByLabel(/Typ ter bevestiging/).fill('Voorjaar 2027');
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(page.getByText('De ronde ‘Voorjaar 2027’ is verwijderd, met alles wat erbij hoorde.')).toBeVisible();
  expect(filesMentioning(dataDir, round!.id)).toEqual([]);
  for (const r of RESPONDENTS) expect(filesMentioning(dataDir, r.keepDoing)).toEqual([]);
  // The route made from it stays: it is the leader's own plan.
  expect(((await callApi(page, 'getPlan', {})).value as { routes: unknown[] }).routes).toHaveLength(1);
});
