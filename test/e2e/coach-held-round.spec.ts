/**
 * Issue #10 point 7 end to end: a coach holds a round in a coachee's profile (data folder A), the
 * respondents answer through the real form, the coach imports, closes and hands over the report file;
 * the leader reads it into their own data folder B (a second browser-mode server) and sees the same
 * report, figure for figure, while folder B holds no key and no raw answer of that round. A tampered
 * file with a figure under k = 3 is refused with its message, and nothing changes.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OwnRoundDocument } from '@shared/features/feedback/schemas';
import type { PublishedReportFile } from '@shared/features/feedback/publishedReportFile';
import { newAssessmentInput } from '../fixtures/assessment';
import { filesMentioning, folderHashes } from '../fixtures/folders';
import { callApi, expect, expectNoAxeViolations, screenshotPath, startApp, test, type RunningApp } from './fixtures';

type Group = 'collega' | 'medewerker';
interface Respondent {
  readonly group: Group;
  readonly value: number;
  readonly keepDoing: string;
}

const RETURN_TO = 'coach@example.nl';
const ROUND = 'Coachronde najaar 2026';
const RESPONDENTS: readonly Respondent[] = [
  { group: 'collega', value: 4, keepDoing: 'Houd het overleg met de provincies zo open als nu.' },
  { group: 'collega', value: 3, keepDoing: 'Blijf de lijn kort houden met de uitvoering.' },
  { group: 'collega', value: 5, keepDoing: 'Uw heldere notities bij lastige dossiers.' },
  { group: 'medewerker', value: 4, keepDoing: 'Ruimte geven om zelf te beslissen.' },
  { group: 'medewerker', value: 2, keepDoing: 'Het team zichtbaar bedanken na een zware week.' },
  { group: 'medewerker', value: 5, keepDoing: 'Eerlijk zeggen wat nog niet bekend is.' },
];
/** One meetmoment of the coachee, on the coach's laptop and on the leader's own (the same answers and day). */
const MEETMOMENT = newAssessmentInput('2026-10-01');

async function saveDownload(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  await download.saveAs(path);
  return download.suggestedFilename();
}

async function respond(context: BrowserContext, invitation: string, r: Respondent, out: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(pathToFileURL(invitation).href);
  await page.getByRole('button', { name: 'Naar de vragen' }).click();
  for (let step = 0; step < 5; step++) {
    const ids = await page.locator('fieldset.item').evaluateAll((sets) => sets.map((s) => s.id.slice(5).replace('-', '.')));
    for (const id of ids) await page.locator(`#item-${id.replace('.', '-')}-${r.value}`).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByLabel('Wat moet deze leider vooral blijven doen?').fill(r.keepDoing);
  await page.getByRole('button', { name: 'Naar controleren' }).click();
  await saveDownload(page, () => page.getByRole('button', { name: 'Antwoord opslaan' }).click(), out);
  await page.close();
}

/** The report as the screen renders it: every table's text and the comments, in order. */
async function renderedReport(page: Page): Promise<Record<string, string[]>> {
  const texts = async (testId: string, selector: string) => page.getByTestId(testId).locator(selector).allInnerTexts();
  return {
    needles: await texts('report-needles', 'tr'),
    items: await texts('report-items', 'tr'),
    values: await page.locator('td[data-set]').evaluateAll((cells) => cells.map((c) => `${c.getAttribute('data-set')}=${c.getAttribute('data-value')}`)),
    priorities: await texts('priorities', 'li'),
    comments: await texts('report-comments', 'li'),
  };
}

let leaderApp: RunningApp | null = null;
let leaderDir = '';
test.afterEach(async () => {
  await leaderApp?.stop();
  leaderApp = null;
  if (leaderDir) rmSync(leaderDir, { recursive: true, force: true });
});

test('a round held by the coach: report file → the leader\'s own folder, the same report, no key and no raw answer', async ({ page, context, app, dataDir }) => {
  test.setTimeout(300_000);
  // The coach's laptop (folder A): a coachee's profile with the coachee's meetmoment.
  await page.goto(app.url);
  const coachee = (await callApi(page, 'createProfile', { name: 'Anne de Vries' }, false)).value as { id: string };
  await callApi(page, 'setActiveProfile', { profileId: coachee.id }, false);
  await callApi(page, 'createAssessment', { ...MEETMOMENT });
  await page.reload();

  // The coach makes the round and saves the invitations.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Feedback' }).click();
  await page.getByLabel('Naam van de ronde').fill(ROUND);
  await page.getByLabel('Uw naam voor de respondenten (niet verplicht)').fill('Anne de Vries');
  await page.getByRole('checkbox', { name: 'Ik houd deze ronde als coach, voor iemand anders' }).check();
  await page.getByRole('checkbox', { name: 'Ik houd deze ronde als coach, voor iemand anders' }).locator('xpath=ancestor::div[contains(@class,"field")][1]').screenshot({ path: screenshotPath('held-01-held-by-coach-choice') });
  await page.getByLabel('Waar sturen respondenten hun antwoord naartoe?').fill(RETURN_TO);
  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(ROUND) })).toBeVisible();
  const outside = test.info().outputPath('outside');
  mkdirSync(outside, { recursive: true });
  const invitations: Record<Group, string> = { collega: join(outside, 'collegas.html'), medewerker: join(outside, 'medewerkers.html') };
  await saveDownload(page, () => page.getByRole('button', { name: 'Uitnodiging voor Collega’s opslaan' }).click(), invitations.collega);
  await saveDownload(page, () => page.getByRole('button', { name: 'Uitnodiging voor Medewerkers opslaan' }).click(), invitations.medewerker);
  // The e-mail text says who asks, whose app opens the answers, and that the leader sees only the summary.
  const mail = page.getByLabel('Tekst voor de e-mail aan Collega’s');
  await expect(mail).toHaveValue(/Als coach van Anne de Vries vraag ik u om feedback/);
  await expect(mail).toHaveValue(/alleen mijn app als coach kan het openen/);
  await expect(mail).toHaveValue(/De leider ziet alleen het samengevatte rapport/);

  // The respondents answer through the real form; the coach reads the answers in and closes.
  const answers: string[] = [];
  for (const [i, r] of RESPONDENTS.entries()) {
    const out = join(outside, `antwoord-${i}.json`);
    await respond(context, invitations[r.group], r, out);
    answers.push(out);
  }
  await page.getByLabel('Bestanden kiezen').setInputFiles(answers);
  await expect(page.getByRole('status').filter({ hasText: '6 ingelezen, 0 dubbel, 0 geweigerd.' })).toBeVisible();
  await page.getByRole('button', { name: 'Ronde sluiten' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, sluiten' }).click();

  // "Rapport overdragen": says what the file holds and does not, and saves it.
  const transfer = page.getByTestId('report-transfer');
  await expect(transfer.getByRole('heading', { name: 'Rapport overdragen' })).toBeVisible();
  await expect(transfer).toContainText('De afzonderlijke antwoorden, wie welke opmerking gaf, de sleutel van de ronde');
  await expectNoAxeViolations(page, 'closed round with Rapport overdragen');
  await transfer.screenshot({ path: screenshotPath('held-10-transfer-nl') });
  const reportFile = join(outside, 'rapport.json');
  const fileName = await saveDownload(page, () => transfer.getByRole('button', { name: 'Rapportbestand opslaan' }).click(), reportFile);
  expect(fileName).toMatch(/^kompas-rapport-coachronde-najaar-2026-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(transfer.getByRole('status')).toContainText(fileName);

  await page.getByRole('link', { name: 'Bekijk het rapport' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ROUND })).toBeVisible();
  await expect(page.getByTestId('report-needles').locator('thead th[data-set]')).toHaveText([/Alle anderen \(6\)/, /Collega’s \(3\)/, /Medewerkers \(3\)/]);
  const coachReport = await renderedReport(page);
  expect(coachReport.comments).toHaveLength(6);
  await page.screenshot({ path: screenshotPath('held-11-coach-report'), fullPage: true });
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verloop' }).click();
  const coachTimeline = await page.getByTestId('timeline-table').innerText();
  expect(coachTimeline).toContain(ROUND);

  // What must never leave the coach's laptop: the round's private key and the raw answers.
  const [round] = (await callApi(page, 'listRounds', {})).value as { id: string }[];
  const roundDoc = JSON.parse(readFileSync(join(dataDir, 'profiles', coachee.id, 'rounds', `${round!.id}.json`), 'utf8')) as OwnRoundDocument;
  const privateD = (JSON.parse(roundDoc.round.privateKey.data) as JsonWebKey).d!;
  const responseIds = roundDoc.round.responses.map((r) => r.responseId);
  expect(responseIds).toHaveLength(6);

  // The leader's own laptop (folder B): their own meetmoment, then the report file.
  leaderDir = mkdtempSync(join(tmpdir(), 'kompas-e2e-leader-'));
  leaderApp = await startApp(leaderDir);
  const leader = await context.newPage();
  await leader.goto(leaderApp.url);
  await callApi(leader, 'createAssessment', { ...MEETMOMENT });
  await leader.reload();
  await leader.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Feedback' }).click();
  const panel = leader.getByTestId('report-import');
  await expect(panel.getByRole('heading', { name: 'Rapport van uw coach inlezen' })).toBeVisible();
  await expectNoAxeViolations(leader, 'rounds screen with Rapport van uw coach inlezen');
  await panel.screenshot({ path: screenshotPath('held-20-import-panel-nl') });

  // A tampered file (one group shown from two respondents) is refused with its message; nothing changes.
  const tampered = JSON.parse(readFileSync(reportFile, 'utf8')) as PublishedReportFile;
  tampered.report.sets[2]!.n = 2;
  const tamperedFile = join(outside, 'kompas-rapport-gewijzigd.json');
  writeFileSync(tamperedFile, JSON.stringify(tampered));
  const before = folderHashes(leaderDir);
  await panel.getByLabel('Rapportbestand kiezen').setInputFiles(tamperedFile);
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('Het bestand kompas-rapport-gewijzigd.json is niet ingelezen.');
  await expect(alert).toContainText('minder dan drie anonieme beoordelaars');
  await expect(alert).toContainText('Er is niets opgeslagen of gewijzigd.');
  expect(folderHashes(leaderDir)).toEqual(before);
  await expectNoAxeViolations(leader, 'a refused report file');
  await panel.screenshot({ path: screenshotPath('held-21-refused-nl') });

  // The real file: read in, and the app opens its report.
  await panel.getByLabel('Rapportbestand kiezen').setInputFiles(reportFile);
  await expect(leader.getByRole('heading', { level: 1, name: ROUND })).toBeVisible();
  await expect(leader.getByTestId('held-by-coach')).toContainText('Deze ronde is gehouden door uw coach.');
  await expect(leader.getByTestId('report-self')).toContainText('1 oktober 2026');
  expect(await renderedReport(leader)).toEqual(coachReport);
  await expectNoAxeViolations(leader, 'the leader\'s report of a coach\'s round');
  await leader.screenshot({ path: screenshotPath('held-22-leader-report-nl'), fullPage: true });
  await leader.screenshot({ path: screenshotPath('held-22-leader-report-nl-top') });

  // The round screen: no invitations, answers, closing, raw answers or key; the rounds list and history know it.
  await leader.getByRole('link', { name: 'Terug naar de ronde' }).click();
  await expect(leader.getByTestId('held-by-coach')).toBeVisible();
  for (const gone of ['Ronde sluiten', 'Afzonderlijke antwoorden verwijderen', 'Rapportbestand opslaan', 'Bestanden kiezen']) {
    await expect(leader.getByRole('button', { name: gone })).toHaveCount(0);
  }
  await expect(leader.getByLabel('Bestanden kiezen')).toHaveCount(0);
  await expectNoAxeViolations(leader, 'a coach\'s round');
  await leader.screenshot({ path: screenshotPath('held-23-leader-round-nl'), fullPage: true });
  const history = (await callApi(leader, 'getHistory', {})).value as { rounds: { id: string }[] };
  expect(history.rounds.map((r) => r.id)).toEqual([round!.id]);
  await leader.getByRole('link', { name: 'Alle feedbackrondes' }).click();
  await expect(leader.locator('.round-list__item')).toContainText('Gehouden door uw coach');
  await leader.locator('.round-list').screenshot({ path: screenshotPath('held-27-rounds-list-nl') });
  // The history timeline shows the round as the coach's app does, beside the leader's own meetmoment.
  await leader.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verloop' }).click();
  await expect(leader.getByTestId('timeline-table')).toContainText(ROUND);
  expect(await leader.getByTestId('timeline-table').innerText()).toBe(coachTimeline);
  await expectNoAxeViolations(leader, 'history with a coach\'s round');
  await leader.screenshot({ path: screenshotPath('held-28-leader-history-nl'), fullPage: true });

  // Folder B holds no key and no raw answer of the round; the published comments only in the round's report.
  for (const secret of [privateD, 'privateKey', 'publicKey', ...responseIds]) expect(filesMentioning(leaderDir, secret), secret).toEqual([]);
  for (const r of RESPONDENTS) {
    const where = filesMentioning(leaderDir, r.keepDoing).map((p) => relative(leaderDir, p));
    expect(where.length).toBeGreaterThan(0);
    for (const path of where) expect(path).toMatch(new RegExp(`^profiles/[0-9a-f-]+/rounds/(backups/)?${round!.id}`));
  }

  // In English, and at 200 % zoom (the same page in half the CSS width).
  await callApi(leader, 'setLanguage', { language: 'en' }, false);
  await leader.evaluate((id) => {
    location.hash = `#/feedback/${id}/rapport`;
  }, round!.id);
  await leader.reload();
  await expect(leader.getByTestId('held-by-coach')).toContainText('This round was held by your coach.');
  await expectNoAxeViolations(leader, 'the leader\'s report (en)');
  await leader.screenshot({ path: screenshotPath('held-24-leader-report-en'), fullPage: true });
  await leader.screenshot({ path: screenshotPath('held-24-leader-report-en-top') });
  await leader.getByTestId('report-needles').screenshot({ path: screenshotPath('held-24-leader-needles-en') });
  await leader.setViewportSize({ width: 640, height: 450 });
  await leader.reload();
  await expect(leader.getByTestId('held-by-coach')).toBeVisible();
  const overflow = await leader.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(leader, 'the leader\'s report (200 %)');
  await leader.screenshot({ path: screenshotPath('held-25-leader-report-zoom'), fullPage: true });
  await leader.screenshot({ path: screenshotPath('held-25-leader-report-zoom-top') });
  await leader.getByRole('link', { name: 'Back to the round' }).click();
  await expect(leader.getByTestId('held-by-coach')).toBeVisible();
  await leader.screenshot({ path: screenshotPath('held-26-leader-round-zoom-en'), fullPage: true });
  await callApi(leader, 'setLanguage', { language: 'nl' }, false);
});
