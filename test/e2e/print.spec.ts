/**
 * Print and PDF (issue #10, points 5 and 6) in browser mode: the coach report composed on its choice
 * screen by keyboard, printed to PDF with Chromium (`page.pdf`, tagged, with an outline) and checked
 * with poppler-utils — tagged, A4, every page numbered, whose it is, the ten needles, the shared note
 * and never the coach-only one; the meetmoment and the 360° report likewise, in English; the compass
 * saved as SVG and as PNG at twice its size. The pages are written as PNGs to test-results/print/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { NEEDLES } from '@shared/kernel/compass/content';
import { COACH_NOTE, COACHEE, ROUND_NAME, SHARED_NOTE, setUpCoachee } from './printData';
import { callApi, coachModeOn, expect, expectNoAxeViolations, screenshotPath, tabTo, test } from './fixtures';

const OUT = resolve(import.meta.dirname, '../../test-results/print');

/** Chromium's print window is the user's business: here it only counts how often it was asked for. */
async function countPrintRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { print: () => void; printRequests: number };
    w.printRequests = 0;
    w.print = () => {
      w.printRequests += 1;
    };
  });
}

interface PdfFacts {
  readonly info: string;
  readonly pages: number;
  readonly text: string;
  readonly pageTexts: string[];
}

/** Prints the page as the browser does for the user, and reads the PDF back with poppler-utils. */
async function printPdf(page: Page, name: string): Promise<PdfFacts> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.pdf`);
  await page.pdf({ path, format: 'A4', tagged: true, outline: true, printBackground: true });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const pageTexts = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-layout', path, '-'], { encoding: 'utf8' }));
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  // The pages as pictures, to look at (test-results/print/<name>-<n>.png).
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(OUT, name)]);
  return { info, pages, text, pageTexts };
}

function expectTaggedA4(pdf: PdfFacts): void {
  expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
  // A4 is 595.28 × 841.89 pt; Chromium rounds the page to whole CSS pixels (595.92 × 842.88), which pdfinfo still calls A4.
  expect(pdf.info).toMatch(/^Page size:\s+59[56]\.\d+ x 84[123]\.\d+ pts \(A4\)$/m);
  expect(pdf.pages).toBeGreaterThan(1);
}

function expectNumbered(pdf: PdfFacts, label: (page: number, pages: number) => string): void {
  pdf.pageTexts.forEach((text, i) => expect(text.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(label(i + 1, pdf.pages)));
}

async function openPrintRoute(page: Page, hash: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#${hash}`);
  await expect(page.locator('html[data-print-ready="yes"]')).toBeAttached();
}

test('the coach report: chosen by keyboard, as PDF tagged A4 and numbered, with the shared note only', async ({ page, app, dataDir }) => {
  test.setTimeout(150_000);
  await countPrintRequests(page);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  await setUpCoachee(page, dataDir);
  await coachModeOn(page);
  await page.reload();

  // From the start screen to the choice screen, and the choice, by keyboard.
  const link = page.getByRole('link', { name: 'Coachrapport samenstellen' });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Coachrapport samenstellen' })).toBeFocused();
  const round = page.getByRole('radio', { name: ROUND_NAME });
  await tabTo(page, page.getByRole('radio', { name: 'Geen cijfers uit een feedbackronde' }));
  await page.keyboard.press('ArrowDown');
  await expect(round).toBeChecked();
  const anderen = page.getByRole('checkbox', { name: /^Alle anderen \(8\)/ });
  await expect(anderen).toBeChecked();
  const medewerkers = page.getByRole('checkbox', { name: /^Medewerkers \(4\)/ });
  await tabTo(page, medewerkers);
  await page.keyboard.press('Space');
  await expect(medewerkers).toBeChecked();
  const comments = page.getByRole('checkbox', { name: 'Ook de letterlijke opmerkingen opnemen' });
  await tabTo(page, comments);
  await page.keyboard.press('Space');
  await expectNoAxeViolations(page, 'coach report choice');
  await page.screenshot({ path: screenshotPath('print-01-coach-choice'), fullPage: true });

  // Browser mode: "Als PDF bewaren" opens the print route and the browser's print window.
  await tabTo(page, page.getByRole('button', { name: 'Als PDF bewaren' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html[data-print-ready="yes"]')).toBeAttached();
  expect(page.url()).toMatch(/#\/afdrukken\/coachrapport\/[0-9a-f-]{36}\/anderen\+groep-medewerker\/met-opmerkingen$/);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printRequests: number }).printRequests)).toBe(1);
  await expect(page.getByRole('heading', { level: 1, name: `Ontwikkeling van ${COACHEE}` })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectNoAxeViolations(page, 'coach report print route');
  await page.screenshot({ path: screenshotPath('print-02-coach-route'), fullPage: true });
  // In print: no button, menu or form control at all.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('button:visible, select:visible, input:visible, nav:visible').count()).toBe(0);
  await page.emulateMedia({ media: null });

  const pdf = await printPdf(page, 'coach-nl');
  expectTaggedA4(pdf);
  expectNumbered(pdf, (p, n) => `Pagina ${p} van ${n}`);
  expect(pdf.text).toContain(COACHEE);
  for (const needle of NEEDLES) expect(pdf.text, `needle ${needle.id}`).toContain(needle.name.nl);
  expect(pdf.text).toContain(SHARED_NOTE);
  expect(pdf.text).not.toContain(COACH_NOTE);
  expect(pdf.text).toContain('Routekaart');
  expect(pdf.text).toContain('Twee werkbezoeken per kwartaal in de regio');
  expect(pdf.text).toContain('Geef ons het vertrouwen dat u nu geeft.');
  expect(pdf.text).toContain('Medewerkers (4)');
  // The outline (bookmarks) follows the headings.
  expect(readFileSync(join(OUT, 'coach-nl.pdf')).includes('/Outlines')).toBe(true);

  // Without 360° figures, the same report holds no round at all.
  await openPrintRoute(page, '/afdrukken/coachrapport');
  const plain = await printPdf(page, 'coach-nl-zonder-360');
  expect(plain.text).not.toContain(ROUND_NAME);
  expect(plain.text).not.toContain('Geef ons het vertrouwen');
  expect(plain.text).toContain(SHARED_NOTE);
});

test('the meetmoment and the 360° report as PDF, in English; the compass as SVG and PNG at 2×', async ({ page, app, dataDir }) => {
  test.setTimeout(150_000);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  const data = await setUpCoachee(page, dataDir);
  expect((await callApi(page, 'setLanguage', { language: 'en' }, false)).ok).toBe(true);
  await page.reload();

  // The meetmoment screen offers PDF, print and the picture.
  await page.goto(`${page.url().split('#')[0]}#/kompas/${data.latestAssessmentId}`);
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeVisible();
  await expectNoAxeViolations(page, 'compass screen with export');

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as SVG' }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toMatch(/^compass-Anneke-de-Vries-Bakker-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = readFileSync(await svgFile.path(), 'utf8');
  const facts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: doc.querySelector('title')?.textContent,
      texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent),
      scripts: doc.querySelectorAll('script').length,
    };
  }, svg);
  expect(facts.title).toMatch(/^Compass of the self-assessment of \d+ \w+ \d{4}$/);
  expect(facts.texts).toContain('Legend');
  expect(facts.texts).toContain('Current');
  expect(facts.texts.some((t) => t !== null && t !== undefined && /^Anneke de Vries-Bakker · \d+ \w+ \d{4}$/.test(t))).toBe(true);
  expect(facts.scripts).toBe(0);

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PNG' }).click();
  const pngFile = await pngDownload;
  await pngFile.saveAs(join(OUT, 'compass-en-2x.png'));
  const png = readFileSync(await pngFile.path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: facts.width * 2, height: facts.height * 2 });

  // The meetmoment report.
  await openPrintRoute(page, `/afdrukken/meetmoment/${data.latestAssessmentId}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Self-assessment of / })).toBeVisible();
  await expectNoAxeViolations(page, 'meetmoment print route (en)');
  await page.screenshot({ path: screenshotPath('print-03-meetmoment-en'), fullPage: true });
  const meetmoment = await printPdf(page, 'meetmoment-en');
  expectTaggedA4(meetmoment);
  expectNumbered(meetmoment, (p, n) => `Page ${p} of ${n}`);
  expect(meetmoment.text).toContain(COACHEE);
  for (const needle of NEEDLES) expect(meetmoment.text, `needle ${needle.id}`).toContain(needle.name.en);
  expect(meetmoment.text).toContain('De verbinding met de samenleving is mijn grootste opgave');
  expect(meetmoment.text).not.toContain(SHARED_NOTE);

  // The 360° report.
  await openPrintRoute(page, `/afdrukken/rapport/${data.roundId}`);
  await expect(page.getByRole('heading', { level: 1, name: ROUND_NAME })).toBeVisible();
  await expectNoAxeViolations(page, '360 report print route (en)');
  const report = await printPdf(page, 'rapport-en');
  expectTaggedA4(report);
  expectNumbered(report, (p, n) => `Page ${p} of ${n}`);
  expect(report.text).toContain('All others (8)');
  expect(report.text).toContain('Houd de lijnen met het bestuur kort.');

  // The coach report in English.
  await openPrintRoute(page, '/afdrukken/coachrapport');
  await expect(page.getByRole('heading', { level: 1, name: `Development of ${COACHEE}` })).toBeVisible();
  const coach = await printPdf(page, 'coach-en');
  expectTaggedA4(coach);
  expectNumbered(coach, (p, n) => `Page ${p} of ${n}`);
  for (const needle of NEEDLES) expect(coach.text, `needle ${needle.id}`).toContain(needle.name.en);
  expect(coach.text).toContain(SHARED_NOTE);
  expect(coach.text).not.toContain(COACH_NOTE);

  // 200 % zoom of the print route: the same page in half the CSS pixels.
  await page.setViewportSize({ width: 640, height: 450 });
  await page.screenshot({ path: screenshotPath('print-04-report-en-zoom200'), fullPage: true });
});
