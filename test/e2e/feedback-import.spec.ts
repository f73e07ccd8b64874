/**
 * A leader reads in 10,000 answer files at once through the file chooser: they travel in chunks
 * with a progress bar, import and close wait until it is done, and every valid file lands once
 * (duplicates and refusals among them are reported per kind). The files are made with the form's
 * own encryption (shared/features/exchange/responseCrypto.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { encryptResponse } from '@shared/features/exchange/responseCrypto';
import type { PublicJwk, RaterGroup } from '@shared/features/exchange/formats';
import type { OwnRoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { payload } from '../fixtures/feedback';
import { callApi, expect, expectNoAxeViolations, screenshotPath, test } from './fixtures';

const VALID = 10_000;
const GROUPS: RaterGroup[] = ['collega', 'medewerker'];

/** The round's file in the data folder (the test reads it as a leader's backup tool would). */
function roundFile(dataDir: string, profileId: string, roundId: string): OwnRoundDocument {
  return JSON.parse(readFileSync(join(dataDir, 'profiles', profileId, 'rounds', `${roundId}.json`), 'utf8')) as OwnRoundDocument;
}

/** 10,000 valid answers, three duplicates under other names, and three files that are refused. */
async function answerFiles(dir: string, roundId: string, publicKey: PublicJwk): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths = await Promise.all(
    Array.from({ length: VALID }, async (_, i) => {
      const file = await encryptResponse(JSON.stringify(payload(GROUPS[i % 2]!, i)), roundId, publicKey);
      const path = join(dir, `kompas-antwoord-${i.toString(16).padStart(8, '0')}.json`);
      writeFileSync(path, JSON.stringify(file));
      return path;
    }),
  );
  const extra = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const original = JSON.parse(readFileSync(paths[42]!, 'utf8')) as { ct: string };
  return [
    ...paths.slice(0, 5000),
    extra('nog-een-keer-1.json', readFileSync(paths[7]!, 'utf8')),
    extra('gewijzigd.json', JSON.stringify({ ...original, ct: (original.ct[3] === 'A' ? 'B' : 'A') + original.ct.slice(1) })),
    ...paths.slice(5000),
    extra('nog-een-keer-2.json', readFileSync(paths[5001]!, 'utf8')),
    extra('nog-een-keer-3.json', readFileSync(paths[9999]!, 'utf8')),
    extra('notities.txt', 'Boodschappen: brood, kaas.'),
    extra('groot.json', 'x'.repeat(300 * 1024)),
  ];
}

/** Records every value the progress bar shows, as the page changes it. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    const note = () => {
      const bar = document.querySelector('progress');
      if (bar && seen[seen.length - 1] !== bar.value) seen.push(bar.value);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
}

test('10,000 answer files read in at once: in chunks, with progress, import and close waiting, every file once', async ({ page, app, dataDir }) => {
  test.setTimeout(240_000);
  await page.goto(app.url);
  const created = await callApi(page, 'createRound', {
    name: 'Grote ronde',
    leader: '',
    groups: GROUPS,
    closesOn: null,
    returnTo: 'Secretariaat DG',
    managerNonAnonymous: false,
    language: 'nl',
  });
  expect(created.ok).toBe(true);
  const round = created.value as RoundSummary;
  const state = (await callApi(page, 'getAppState', {}, false)).value as { activeProfileId: string };
  const files = await answerFiles(join(dataDir, 'antwoorden'), round.id, roundFile(dataDir, state.activeProfileId, round.id).round.publicKey);
  expect(files).toHaveLength(VALID + 6);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Feedback' }).click();
  await page.getByRole('link', { name: /Grote ronde/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Grote ronde/ })).toBeVisible();
  const chooser = page.getByLabel('Bestanden kiezen');
  const close = page.getByRole('button', { name: 'Ronde sluiten' });
  const status = page.getByTestId('import-status');
  await recordProgress(page);

  await chooser.setInputFiles(files);

  // While it runs: a progress bar with a label, a calm word in the live region, nothing else to start.
  const bar = page.getByLabel('Voortgang van het inlezen');
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('max', String(VALID + 6));
  await expect(chooser).toBeDisabled();
  await expect(close).toBeDisabled();
  await expect(close).toHaveAccessibleDescription(/Er worden nu antwoorden ingelezen/);
  await page.screenshot({ path: screenshotPath('import-10000-running'), fullPage: true });

  await expect(status).toHaveText('10.000 ingelezen, 3 dubbel, 3 geweigerd.', { timeout: 180_000 });
  await expect(bar).toHaveCount(0);
  await expect(chooser).toBeEnabled();
  await expect(close).toBeEnabled();
  // The bar moved forward in steps (one per chunk), from 0 to all files.
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(seen[0]).toBe(0);
  expect(seen.some((v) => v > 0 && v < VALID + 6)).toBe(true);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);

  // Every valid file once: in the counts, through the contract and in the round's file.
  await expect(page.getByTestId('count-collega')).toHaveText('5.000 antwoorden');
  await expect(page.getByTestId('count-medewerker')).toHaveText('5.000 antwoorden');
  await expect(page.getByText('Totaal: 10.000')).toBeVisible();
  const after = (await callApi(page, 'getRound', { id: round.id })).value as RoundSummary;
  expect(after.total).toBe(VALID);
  const stored = roundFile(dataDir, state.activeProfileId, round.id).round.responses;
  expect(new Set(stored.map((r) => r.responseId)).size).toBe(VALID);

  // The summary per kind, the names on request.
  const groups = page.locator('ul.outcome-groups > li');
  await expect(groups).toHaveCount(5);
  await expect(groups.nth(0)).toContainText('Ingelezen');
  await expect(groups.nth(0)).toContainText('10.000 bestanden');
  await expect(groups.nth(1)).toContainText('Dubbel: telt één keer mee');
  await expect(groups.nth(1)).toContainText('3 bestanden');
  await expect(page.locator('ul.outcome-groups > li[data-reason="not-decryptable"]')).toContainText('gewijzigd of beschadigd');
  await expect(page.locator('ul.outcome-groups > li[data-reason="not-json"]')).toContainText('Dit is geen antwoordbestand');
  const tooLarge = page.locator('ul.outcome-groups > li[data-reason="too-large"]');
  await expect(tooLarge).toContainText('groter dan een antwoordbestand ooit is');
  await tooLarge.getByText('Toon de namen van deze bestanden').click();
  await expect(tooLarge.getByRole('listitem')).toHaveText(['groot.json']);
  await expectNoAxeViolations(page, 'round after importing 10,000 files');
  await page.screenshot({ path: screenshotPath('import-10000-done'), fullPage: true });

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(status).toHaveText('10,000 read in, 3 duplicate, 3 refused.');
  await expectNoAxeViolations(page, 'round after importing 10,000 files, in English');
  await page.screenshot({ path: screenshotPath('import-10000-done-en'), fullPage: true });

  // 200 % zoom: the same page in half the CSS pixels.
  await page.setViewportSize({ width: 640, height: 450 });
  await page.screenshot({ path: screenshotPath('import-10000-done-zoom200'), fullPage: true });
});
