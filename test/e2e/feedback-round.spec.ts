/**
 * A 360° round as a leader and five respondents go through it: create the round, save the
 * invitations, answer them offline from file://, import the answers (plus a tampered file and a
 * duplicate), close, and read a report whose figures match a hand computation and reveal nothing
 * about the group of two (spec §4 as revised: "alle anderen" first).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { callApi, expect, expectNoAxeViolations, screenshotPath, test } from './fixtures';

type Value = 1 | 2 | 3 | 4 | 5 | 'na';
const needleOf = (id: string) => Number(id.split('.')[0]);

/** Three colleagues and two staff members, with answers simple enough to compute by hand. */
const RESPONDENTS: { group: 'collega' | 'medewerker'; value: (id: string) => Value; keepDoing: string }[] = [
  { group: 'collega', value: () => 4, keepDoing: 'Blijf de lange lijn bewaken.' },
  { group: 'collega', value: () => 3, keepDoing: 'Ruimte geven aan het team.' },
  { group: 'collega', value: (id) => (id === '1.1' ? 'na' : needleOf(id) <= 5 ? 5 : 2), keepDoing: 'Helder zijn over onzekerheid.' },
  { group: 'medewerker', value: () => 1, keepDoing: 'Koffie met het team.' },
  { group: 'medewerker', value: () => 2, keepDoing: 'Luisteren.' },
];

/**
 * All five others together ("alle anderen"), by hand. Item 1.1: the third colleague could not judge it,
 * so 4, 3, 1, 2 → 10 / 4 = 2.5 (4 answers). Other items of needles 1–5: 4 + 3 + 5 + 1 + 2 = 15 → 3;
 * of needles 6–10: 4 + 3 + 2 + 1 + 2 = 12 → 2.4. A needle is the mean of its two item figures: needle 1
 * (2.5 + 3) / 2 = 2.75. The colleagues are not shown on their own: that would leave the two staff
 * members uncovered (5 − 3 = 2), so they could be worked out by subtraction.
 */
const EXPECTED_ITEM = (id: string): number => (id === '1.1' ? 2.5 : needleOf(id) <= 5 ? 3 : 2.4);
const EXPECTED_NEEDLES: Record<number, number> = { 1: 2.75, 2: 3, 3: 3, 4: 3, 5: 3, 6: 2.4, 7: 2.4, 8: 2.4, 9: 2.4, 10: 2.4 };

async function saveDownload(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  await download.saveAs(path);
  return download.suggestedFilename();
}

/** A respondent opens the invitation from disk, answers everything and saves the encrypted answer. */
async function respond(context: BrowserContext, invitation: string, r: (typeof RESPONDENTS)[number], out: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(pathToFileURL(invitation).href);
  await page.getByRole('button', { name: 'Naar de vragen' }).click();
  for (let step = 0; step < 5; step++) {
    const ids = await page.locator('fieldset.item').evaluateAll((sets) => sets.map((s) => s.id.slice(5).replace('-', '.')));
    for (const id of ids) await page.locator(`#item-${id.replace('.', '-')}-${r.value(id)}`).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByLabel('Wat moet deze leider vooral blijven doen?').fill(r.keepDoing);
  await page.getByRole('button', { name: 'Naar controleren' }).click();
  await saveDownload(page, () => page.getByRole('button', { name: 'Antwoord opslaan' }).click(), out);
  await page.close();
}

test('a round with two groups: invitations, five answers, import, close, and an anonymous report', async ({ page, context, app, dataDir }) => {
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Feedback' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback van anderen (360°)' })).toBeVisible();
  await expectNoAxeViolations(page, 'feedback rounds');

  await page.getByLabel('Naam van de ronde').fill('Najaar 2026');
  await page.getByLabel('Uw naam voor de respondenten (niet verplicht)').fill('Anne de Vries');
  await page.getByLabel('Waar sturen respondenten hun antwoord naartoe?').fill('secretariaat.dg@example.nl');
  await expect(page.getByRole('checkbox', { name: 'Collega’s' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Medewerkers' })).toBeChecked();
  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Najaar 2026/ })).toBeVisible();

  const collegaInvitation = join(dataDir, 'uitnodiging-collegas.html');
  const medewerkerInvitation = join(dataDir, 'uitnodiging-medewerkers.html');
  expect(await saveDownload(page, () => page.getByRole('button', { name: 'Uitnodiging voor Collega’s opslaan' }).click(), collegaInvitation)).toBe(
    'kompas-uitnodiging-collegas.html',
  );
  await saveDownload(page, () => page.getByRole('button', { name: 'Uitnodiging voor Medewerkers opslaan' }).click(), medewerkerInvitation);
  await expect(page.getByLabel('Tekst voor de e-mail aan Collega’s')).toHaveValue(/ongeveer acht minuten/);
  await expectNoAxeViolations(page, 'round (open)');
  await page.screenshot({ path: screenshotPath('10-round-open'), fullPage: true });

  const answers: string[] = [];
  for (const [i, r] of RESPONDENTS.entries()) {
    const out = join(dataDir, `antwoord-${i}.json`);
    await respond(context, r.group === 'collega' ? collegaInvitation : medewerkerInvitation, r, out);
    answers.push(out);
  }
  const tampered = join(dataDir, 'gewijzigd.json');
  const original = JSON.parse(readFileSync(answers[0]!, 'utf8')) as { ct: string };
  writeFileSync(tampered, JSON.stringify({ ...original, ct: (original.ct[0] === 'A' ? 'B' : 'A') + original.ct.slice(1) }));
  const duplicate = join(dataDir, 'nog-een-keer.json');
  copyFileSync(answers[1]!, duplicate);

  // The five answers picked with the file chooser, then a tampered file and a duplicate dropped on the zone.
  await page.getByLabel('Bestanden kiezen').setInputFiles(answers);
  await expect(page.getByRole('status').filter({ hasText: '5 ingelezen, 0 dubbel, 0 geweigerd.' })).toBeVisible();
  const rows = page.locator('table.outcomes tbody tr');
  await expect(rows).toHaveCount(5);
  for (let i = 0; i < 5; i++) await expect(rows.nth(i)).toHaveAttribute('data-outcome', 'accepted');
  const dropped = [tampered, duplicate].map((path) => ({ name: path.split('/').pop()!, content: readFileSync(path, 'utf8') }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.content], f.name, { type: 'application/json' }));
    return transfer;
  }, dropped);
  await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('status').filter({ hasText: '0 ingelezen, 1 dubbel, 1 geweigerd.' })).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-reason', 'not-decryptable');
  await expect(rows.nth(0)).toContainText('gewijzigd of beschadigd');
  await expect(rows.nth(1)).toHaveAttribute('data-outcome', 'duplicate');
  await expect(page.getByTestId('count-collega')).toHaveText('3 antwoorden');
  await expect(page.getByTestId('count-medewerker')).toHaveText('2 antwoorden');
  await expect(page.getByRole('link', { name: 'Bekijk het rapport' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'round after import');
  await page.screenshot({ path: screenshotPath('11-round-imported'), fullPage: true });

  await page.getByRole('button', { name: 'Ronde sluiten' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, sluiten' }).click();
  await expect(page.getByText('Deze ronde is gesloten.')).toBeVisible();
  await page.getByRole('link', { name: 'Bekijk het rapport' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Najaar 2026' })).toBeVisible();

  // Only "alle anderen" (5) is shown; the report says why neither group is shown on its own.
  const sets = page.getByTestId('report-sets');
  await expect(sets.locator('[data-testid="report-sets-shown"] li')).toHaveText([/^Alle anderen \(5\): iedereen die anoniem antwoordde\./]);
  await expect(sets.locator('li[data-group="collega"]')).toHaveAttribute('data-placement', 'would-leave-few');
  await expect(sets.locator('li[data-group="collega"]')).toContainText('1 of 2 andere beoordelaars');
  await expect(sets.locator('li[data-group="medewerker"]')).toHaveText(
    'Medewerkers (2): minder dan 3 antwoorden. Hun antwoorden tellen mee in alle anderen.',
  );
  const needleTable = page.getByTestId('report-needles');
  await expect(needleTable.locator('thead th[data-set]')).toHaveText(['Alle anderen (5)']);
  for (const [needle, mean] of Object.entries(EXPECTED_NEEDLES)) {
    await expect(needleTable.locator(`tr[data-needle="${needle}"] td[data-set="anderen"]`)).toHaveAttribute('data-value', String(mean));
  }
  const items = page.getByTestId('report-items');
  for (const id of ALL_ITEM_IDS) {
    await expect(items.locator(`tr[data-item="${id}"] td[data-set="anderen"]`)).toHaveAttribute('data-value', String(EXPECTED_ITEM(id)));
  }
  await expect(items.locator('tr[data-item="1.1"]')).toContainText('1× 1, 1× 2, 1× 3, 1× 4, 0× 5');
  // Every comparison uses "alle anderen": the highest needles are 2–5 (3) and the lowest 6–10 (2.4).
  await expect(page.getByTestId('strengths').locator('li').first()).toContainText('Alle anderen: gemiddeld 3.');
  // No figure for a group anywhere (tables, compass): every figure on the page is one of the five
  // together, so no difference of two published figures singles out the two staff members.
  const values = await page.locator('[data-value]').evaluateAll((all) => all.map((c) => c.getAttribute('data-value')));
  expect(new Set(values)).toEqual(new Set(['2.5', '3', '2.4', '2.75']));
  const setsNamed = await page.locator('main [data-set]').evaluateAll((all) => all.map((e) => e.getAttribute('data-set')));
  expect(new Set(setsNamed)).toEqual(new Set(['anderen']));
  expect((await page.locator('main').innerText()).toLowerCase()).not.toContain('overige beoordelaars');
  // Comments appear, but none carries a group label (an unlabelled pool of two would be exposed).
  const comments = page.getByTestId('report-comments');
  await expect(comments.locator('blockquote')).toHaveCount(5);
  await expect(comments.locator('.comments__source')).toHaveCount(0);
  await expectNoAxeViolations(page, 'report');
  await page.screenshot({ path: screenshotPath('12-report'), fullPage: true });
  await sets.screenshot({ path: screenshotPath('12-report-sets') });

  // Data minimisation: delete the raw answers, keep the published figures.
  await page.getByRole('link', { name: 'Terug naar de ronde' }).click();
  await page.getByRole('button', { name: 'Afzonderlijke antwoorden verwijderen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Afzonderlijke antwoorden verwijderen' }).click();
  await expect(page.getByText('Alleen de uitkomsten zijn bewaard').first()).toBeVisible();
  // On disk: the round's own file (profiles/<profile>/rounds/<round>.json) keeps no raw answer.
  const state = (await callApi(page, 'getAppState', {}, false)).value as { activeProfileId: string };
  const [round] = (await callApi(page, 'listRounds', {})).value as { id: string }[];
  const roundsDir = join(dataDir, 'profiles', state.activeProfileId, 'rounds');
  expect(readdirSync(roundsDir).filter((f) => f.endsWith('.json'))).toEqual([`${round!.id}.json`]);
  const stored = JSON.parse(readFileSync(join(roundsDir, `${round!.id}.json`), 'utf8')) as { round: { responses: unknown[] } };
  expect(stored.round.responses).toEqual([]);
  await page.getByRole('link', { name: 'Bekijk het rapport' }).click();
  await expect(needleTable.locator('tr[data-needle="6"] td[data-set="anderen"]')).toHaveAttribute('data-value', '2.4');
});
