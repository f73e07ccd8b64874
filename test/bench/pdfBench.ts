/**
 * pdf-coach-report: the coach report of a coachee with realistic data (two meetmomenten, a routekaart
 * with routes and actions, session notes, a closed round of eight respondents with comments), made as
 * a PDF in Debian's Chromium as the print route does it: open the route in a fresh page load, wait for
 * the page's ready signal, print (A4, tagged, with an outline). Browser and server start as in the e2e
 * tests (playwright.config.ts, test/e2e/fixtures.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { printPath } from '@shared/features/print/printTargets';
import config from '../../playwright.config';
import { startApp } from '../e2e/fixtures';
import { setUpCoachee } from '../e2e/printData';
import { report } from './report';

const RUNS = 9;

export async function benchPdfCoachReport(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kompas-bench-pdf-'));
  const app = await startApp(dataDir);
  const browser = await chromium.launch({ ...config.use?.launchOptions });
  try {
    const page = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    // tsx (esbuild, keepNames) wraps named functions in __name(); functions sent to the page need it too.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const data = await setUpCoachee(page, dataDir);
    const route = `${app.origin}/#${printPath({ kind: 'coachrapport', roundId: data.roundId, sets: ['anderen', 'groep-medewerker'], comments: true })}`;
    const times: number[] = [];
    for (let run = 0; run < RUNS + 1; run++) {
      await page.goto('about:blank');
      const start = performance.now();
      await page.goto(route);
      await page.locator('html[data-print-ready="yes"]').waitFor({ state: 'attached' });
      const pdf = await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true });
      if (pdf.length < 10_000) throw new Error('benchmark setup failed: the PDF is too small');
      // The first run warms the browser's cache of the app's files; it is not counted.
      if (run > 0) times.push(performance.now() - start);
    }
    report({ name: 'pdf-coach-report', unit: 'ms', budget: 3000, runs: times });
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
