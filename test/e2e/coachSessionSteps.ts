/**
 * Steps of the coach-session e2e test (issue #10, first "Done when"): a closed round answered through
 * the real form (as present.spec.ts does it), profile files made and opened by keyboard on #/bestanden
 * (as backup.spec.ts does it with the mouse), a PDF read back with poppler-utils (as print.spec.ts
 * does it), and a recursive grep over a data folder (as coachees.spec.ts does it).
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, tabTo } from './fixtures';

export interface Respondent {
  readonly group: 'collega' | 'medewerker';
  readonly value: number;
  readonly keepDoing: string;
}

async function saveDownload(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  await download.saveAs(path);
  return download.suggestedFilename();
}

/** An item's answer from a respondent's level and the item id ("3-1"). */
export type AnswerRule = (value: number, itemId: string) => number;

/** The others' view differs per needle (item ids as "3-1"), so the report has strengths and development points. */
const spreadOverNeedles: AnswerRule = (value, itemId) => Math.min(5, Math.max(1, value + (Number(itemId.split('-')[0]) % 3) - 1));

/** One respondent answers the real form, opened from file:// as on their own computer. */
async function respond(context: BrowserContext, invitation: string, r: Respondent, out: string, answerOf: AnswerRule): Promise<void> {
  const page = await context.newPage();
  await page.goto(pathToFileURL(invitation).href);
  await page.getByRole('button', { name: 'Naar de vragen' }).click();
  for (let step = 0; step < 5; step++) {
    const ids = await page.locator('fieldset.item').evaluateAll((sets) => sets.map((s) => s.id.slice(5)));
    for (const id of ids) await page.locator(`#item-${id}-${answerOf(r.value, id)}`).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByLabel('Wat moet deze leider vooral blijven doen?').fill(r.keepDoing);
  await page.getByRole('button', { name: 'Naar controleren' }).click();
  await saveDownload(page, () => page.getByRole('button', { name: 'Antwoord opslaan' }).click(), out);
  await page.close();
}

/** A round of collega's and medewerkers, answered through the real form, imported and closed. */
export async function closedRoundByForm(
  page: Page,
  context: BrowserContext,
  name: string,
  respondents: readonly Respondent[],
  dir: string,
  { returnTo = 'Secretariaat, kamer 2.14', answerOf = spreadOverNeedles }: { returnTo?: string; answerOf?: AnswerRule } = {},
): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Feedback' }).click();
  await page.getByLabel('Naam van de ronde').fill(name);
  await page.getByLabel('Waar sturen respondenten hun antwoord naartoe?').fill(returnTo);
  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(name) })).toBeVisible();
  mkdirSync(dir, { recursive: true });
  const invitations = { collega: join(dir, 'collegas.html'), medewerker: join(dir, 'medewerkers.html') };
  await saveDownload(page, () => page.getByRole('button', { name: 'Uitnodiging voor Collega’s opslaan' }).click(), invitations.collega);
  await saveDownload(page, () => page.getByRole('button', { name: 'Uitnodiging voor Medewerkers opslaan' }).click(), invitations.medewerker);
  const answers: string[] = [];
  for (const [i, r] of respondents.entries()) {
    const out = join(dir, `antwoord-${i}.json`);
    await respond(context, invitations[r.group], r, out, answerOf);
    answers.push(out);
  }
  await page.getByLabel('Bestanden kiezen').setInputFiles(answers);
  await expect(page.getByRole('status').filter({ hasText: `${respondents.length} ingelezen, 0 dubbel, 0 geweigerd.` })).toBeVisible();
  await page.getByRole('button', { name: 'Ronde sluiten' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, sluiten' }).click();
  await expect(page.getByRole('link', { name: 'Bekijk het rapport' })).toBeVisible();
}

/** Tab to a control and press a key on it. */
export async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target, 150);
  await page.keyboard.press(key);
}

/** Tab to a field, clear it and type. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field, 150);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

const section = (page: Page, title: string) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

/** On #/bestanden: the profile file of the profile on screen, passphrase typed twice, by keyboard; saved at `path`. */
export async function makeProfileFile(page: Page, passphrase: string, path: string): Promise<string> {
  const card = section(page, 'Profielbestand maken');
  await typeInto(page, card.getByLabel('Wachtwoord voor het bestand'), passphrase);
  await typeInto(page, card.getByLabel('Herhaal het wachtwoord'), passphrase);
  await expect(card.getByText('Sterk.')).toBeVisible();
  const name = await saveDownload(page, () => press(page, card.getByRole('button', { name: 'Profielbestand maken' })), path);
  await expect(card.getByRole('status')).toContainText(name);
  return name;
}

/** On #/bestanden: chooses the file (the native chooser: setInputFiles), types the passphrase, opens it. */
export async function openProfileFile(page: Page, file: string, passphrase: string): Promise<Locator> {
  const card = section(page, 'Profielbestand binnenhalen');
  await card.locator('input[type=file]').setInputFiles(file);
  await typeInto(page, card.getByLabel('Wachtwoord van het bestand'), passphrase);
  await press(page, card.getByRole('button', { name: 'Bestand openen' }));
  return card;
}

export interface PdfFacts {
  readonly info: string;
  readonly pages: number;
  readonly text: string;
  readonly pageTexts: string[];
}

/** Prints the page to `<dir>/<name>.pdf` as Chromium does, reads it back with poppler-utils and writes its pages as PNGs. */
export async function printPdf(page: Page, dir: string, name: string): Promise<PdfFacts> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.pdf`);
  await page.pdf({ path, format: 'A4', tagged: true, outline: true, printBackground: true });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const pageTexts = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-layout', path, '-'], { encoding: 'utf8' }));
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(dir, name)]);
  return { info, pages, text, pageTexts };
}

/** The files under `dir` that contain `needle` (grep exits 1 when none does). */
export function grepFiles(needle: string, dir: string): string[] {
  try {
    return execFileSync('grep', ['-rlF', '--', needle, dir], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch (error) {
    if ((error as { status?: number }).status === 1) return [];
    throw error;
  }
}
