/**
 * The standalone respondent form (out/respond/index.html) as a respondent meets it: an invitation
 * embedded by the app, opened from file:// in Chromium, answered, saved as an encrypted file that the
 * leader's key decrypts to exactly what was answered. No request may leave file:, data: or blob:.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId } from '@shared/kernel/compass/model';
import { CURRENT_QUESTIONNAIRE_VERSION, itemOf } from '@shared/kernel/compass/questionnaires';
import { decodeBase64url } from '@shared/features/exchange/base64url';
import { RESPONSE_MAX_BYTES, responseFileSchema, responsePayloadSchema, type ResponsePayload } from '@shared/features/exchange/formats';
import { paddedSize } from '@shared/features/exchange/padding';
import { buildInvitation, embedInvitation, INVITATION_PLACEHOLDER, type InvitationInput } from '@shared/features/exchange/invitation';
import { decryptResponse, generateRoundKeyPair, importRoundPrivateKey, type RoundKeyPair } from '@shared/features/exchange/responseCrypto';
import { expectNoAxeViolations, screenshotPath, tabTo } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const FORM = join(ROOT, 'out/respond/index.html');
const FORM_MAX_BYTES = 150 * 1024;
const RETURN_TO = 'secretariaat.dgbestuur@example.nl';
/** A long folder path without spaces: it must wrap at 200 % zoom instead of widening the page. */
const RETURN_TO_FOLDER = '\\\\fileserver.example.nl\\Gedeeld\\DG-Bestuur\\Leiderschap\\360-feedback-najaar\\Anne-de-Vries\\antwoorden';
const LOCAL_PROTOCOLS = new Set(['file:', 'data:', 'blob:']);

let workDir = '';

test.beforeAll(() => {
  if (!existsSync(FORM)) execFileSync('npx', ['vite', 'build', '--config', 'vite.respond.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  workDir = mkdtempSync(join(tmpdir(), 'kompas-respond-'));
});

test.afterAll(() => {
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

interface OpenForm {
  readonly keys: RoundKeyPair;
  readonly roundId: string;
  readonly requests: string[];
}

/** Writes the form with this invitation to a temp file and opens it from file://, recording every request. */
async function openForm(page: Page, input: Partial<InvitationInput>, name: string): Promise<OpenForm> {
  const keys = await generateRoundKeyPair();
  const roundId = crypto.randomUUID();
  const invitation = buildInvitation({
    roundId,
    leader: 'Anne de Vries',
    raterGroup: null,
    managerNonAnonymous: false,
    returnTo: null,
    language: 'nl',
    closesOn: '2026-03-31',
    questionnaire: CURRENT_QUESTIONNAIRE_VERSION,
    publicKey: keys.publicKey,
    ...input,
  });
  const html = embedInvitation(readFileSync(FORM, 'utf8'), invitation);
  expect(Buffer.byteLength(html), 'form with its invitation ≤ 150 KB').toBeLessThanOrEqual(FORM_MAX_BYTES);
  const file = join(workDir, `${name}.html`);
  writeFileSync(file, html);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return { keys, roundId, requests };
}

const item = (page: Page, id: string, value: string) => page.locator(`#item-${id.replace('.', '-')}-${value}`);

/** Checks the saved file and returns its decrypted, validated payload. */
async function readSaved(page: Page, save: () => Promise<void>, form: OpenForm): Promise<{ payload: ResponsePayload; fileName: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), save()]);
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^kompas-antwoord-[0-9a-f]{8}\.json$/);
  const path = await download.path();
  expect(statSync(path).size).toBeLessThanOrEqual(RESPONSE_MAX_BYTES);
  const file = responseFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  expect(file.roundId).toBe(form.roundId);
  const plain = await decryptResponse(file, await importRoundPrivateKey(form.keys.privateKey));
  expect(plain).not.toBeNull();
  // Padded (spec §2): the JSON, then spaces up to its bucket; the ciphertext is that plus the tag.
  const json = (plain ?? '').trimEnd();
  expect(Buffer.byteLength(plain ?? '')).toBe(paddedSize(Buffer.byteLength(json)));
  expect(decodeBase64url(file.ct)?.length).toBe(Buffer.byteLength(plain ?? '') + 16);
  return { payload: responsePayloadSchema.parse(JSON.parse(json)), fileName };
}

function expectOnlyLocalRequests(requests: readonly string[]): void {
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !LOCAL_PROTOCOLS.has(new URL(url).protocol))).toEqual([]);
}

test('a colleague answers in Dutch, partly by keyboard, and saves an encrypted answer', async ({ page }) => {
  expect(statSync(FORM).size).toBeLessThanOrEqual(FORM_MAX_BYTES);
  expect(readFileSync(FORM, 'utf8').split(INVITATION_PLACEHOLDER)).toHaveLength(2);
  const form = await openForm(page, { returnTo: RETURN_TO }, 'collega');

  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over deze vragenlijst');
  await expect(page.getByText('Anne de Vries vraagt u om feedback')).toBeVisible();
  await expect(page.getByText('uiterlijk 31 maart 2026')).toBeVisible();
  await expect(page.getByTestId('not-anonymous')).toHaveCount(0);
  await expect(page.getByTestId('return-to')).toHaveText(`Stuur uw antwoord na het opslaan naar: ${RETURN_TO}`);
  await expect(page.getByText(/coach/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'respond intro');
  await page.screenshot({ path: screenshotPath('respond-intro'), fullPage: true });

  // The rater group by keyboard: Space picks the first option, an arrow key the next one.
  await page.getByRole('button', { name: 'Naar de vragen' }).click();
  await expect(page.getByText('Kies eerst uw relatie tot deze leider.')).toBeVisible();
  await expect(page.locator('#group-leidinggevende')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#group-collega')).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Naar de vragen' }));
  await page.keyboard.press('Enter');

  // Dimension I entirely by keyboard.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dimensie I: Turbulente tijd');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const keyboardAnswers: [string, number][] = [['1.1', 3], ['1.2', 5], ['2.1', 0], ['2.2', 1]];
  for (const [id, rightPresses] of keyboardAnswers) {
    await tabTo(page, item(page, id, '1'));
    await page.keyboard.press('Space');
    for (let i = 0; i < rightPresses; i++) await page.keyboard.press('ArrowRight');
  }
  await expect(item(page, '1.1', '4')).toBeChecked();
  await expect(item(page, '1.2', 'na')).toBeChecked();
  await tabTo(page, page.getByLabel('Toelichting bij naald 2 (niet verplicht)'));
  await page.keyboard.type('  Houdt koers als het stormt.  ');
  await expect(page.getByTestId('progress')).toHaveText('4 van 20 vragen beantwoord');
  await page.getByText('Wat houdt deze naald in?').first().click();
  await expectNoAxeViolations(page, 'respond dimension I');
  await page.screenshot({ path: screenshotPath('respond-dimension'), fullPage: true });
  await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
  await page.keyboard.press('Enter');

  // Dimensions II–V with the mouse; every x.2 of needle 7 "kan ik niet beoordelen".
  const expected: Record<string, Answer> = { '1.1': 4, '1.2': null, '2.1': 1, '2.2': 2 };
  for (const numeral of ['II', 'III', 'IV', 'V']) {
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Dimensie ${numeral}:`);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const ids = await page.locator('fieldset.item').evaluateAll((sets) => sets.map((s) => s.id.slice(5).replace('-', '.')));
    for (const id of ids) {
      const value: Answer = id === '7.2' ? null : ((Number(id.split('.')[0]) + Number(id.split('.')[1])) % 5) + 1 as Answer;
      await item(page, id, value === null ? 'na' : String(value)).check();
      expected[id] = value;
    }
    if (numeral === 'IV') await page.getByLabel('Toelichting bij naald 8 (niet verplicht)').fill('Zegt nee als het moet.');
    await expectNoAxeViolations(page, `respond dimension ${numeral}`);
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await expect(page.getByTestId('progress')).toHaveText('20 van 20 vragen beantwoord');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tot slot: twee open vragen');
  await page.getByLabel('Wat moet deze leider vooral blijven doen?').fill('Ruimte geven aan het team.');
  await page.getByLabel('Waar zou deze leider mee kunnen beginnen?').fill('  ');
  await expectNoAxeViolations(page, 'respond open questions');
  await page.getByRole('button', { name: 'Naar controleren' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleren en opslaan');
  await expect(page.getByTestId('missing')).toHaveCount(0);
  await expect(page.getByText('Houdt koers als het stormt.')).toBeVisible();
  await expectNoAxeViolations(page, 'respond review');
  await page.screenshot({ path: screenshotPath('respond-review'), fullPage: true });

  const first = await readSaved(page, () => page.getByRole('button', { name: 'Antwoord opslaan' }).click(), form);
  expect(first.payload).toEqual({
    responseId: first.payload.responseId,
    raterGroup: 'collega',
    questionnaire: { id: 'kompas', version: CURRENT_QUESTIONNAIRE_VERSION },
    answers: Object.fromEntries(ALL_ITEM_IDS.map((id: ItemId) => [id, expected[id]])),
    comments: { keepDoing: 'Ruimte geven aan het team.', needles: { '2': 'Houdt koers als het stormt.', '8': 'Zegt nee als het moet.' } },
  });

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw antwoord is opgeslagen');
  await expect(page.getByTestId('file-name')).toHaveText(first.fileName);
  const send = page.getByTestId('send-to');
  await expect(send.getByRole('heading', { level: 2 })).toHaveText('Nog één stap: het bestand versturen');
  await expect(send).toContainText(`Stuur het bestand ${first.fileName} naar:`);
  await expect(send.locator('.return-target')).toHaveText(RETURN_TO);
  await expect(send).toContainText('Graag uiterlijk 31 maart 2026.');
  await expect(page.getByText(/coach/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'respond saved');
  await page.screenshot({ path: screenshotPath('respond-saved'), fullPage: true });

  const again = await readSaved(page, () => page.getByRole('button', { name: 'Opnieuw opslaan' }).click(), form);
  expect(again.payload).toEqual(first.payload);
  await expect(page.getByText(`Opnieuw opgeslagen als ${again.fileName}.`)).toBeVisible();

  expectOnlyLocalRequests(form.requests);
});

test('a non-anonymous manager is warned before the first question (English, phone width)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const form = await openForm(page, { raterGroup: 'leidinggevende', managerNonAnonymous: true, language: 'en', closesOn: null }, 'manager');

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const warning = page.getByTestId('not-anonymous');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('this answer is not anonymous');
  await expect(page.locator('fieldset.item')).toHaveCount(0);
  await expect(page.getByText('You are answering as manager.')).toBeVisible();
  // An invitation from before returnTo existed: send the file back as agreed, no empty promise.
  await expect(page.getByTestId('return-to')).toHaveText('After saving, send your answer back in the way you agreed with the person who sent you this invitation.');
  const warningBox = await warning.boundingBox();
  const startBox = await page.getByRole('button', { name: 'Go to the questions' }).boundingBox();
  expect(warningBox!.y).toBeLessThan(startBox!.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoAxeViolations(page, 'respond intro, manager');
  await page.screenshot({ path: screenshotPath('respond-intro-manager-phone'), fullPage: true });

  // Straight to the review without answering: it lists all 20 items, each a way back to its question.
  await page.getByRole('button', { name: 'Go to the questions' }).click();
  for (let step = 0; step < 5; step++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Go to review' }).click();
  const missing = page.getByTestId('missing');
  await expect(missing.getByRole('listitem')).toHaveCount(20);
  await page.getByRole('button', { name: 'Save answer' }).click();
  await expect(missing).toBeFocused();
  await expectNoAxeViolations(page, 'respond review with missing answers, phone');
  await missing.getByRole('button', { name: `Go to: ${itemOf(CURRENT_QUESTIONNAIRE_VERSION, '1.1').others.en}` }).click();
  await expect(item(page, '1.1', '1')).toBeFocused();

  for (let step = 0; step < 5; step++) {
    const ids = await page.locator('fieldset.item').evaluateAll((sets) => sets.map((s) => s.id.slice(5).replace('-', '.')));
    for (const id of ids) await item(page, id, id.endsWith('.1') ? '5' : 'na').check();
    if (step === 0) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await expectNoAxeViolations(page, 'respond dimension, phone');
      await page.screenshot({ path: screenshotPath('respond-dimension-phone'), fullPage: true });
    }
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Go to review' }).click();
  const saved = await readSaved(page, () => page.getByRole('button', { name: 'Save answer' }).click(), form);
  expect(saved.payload.raterGroup).toBe('leidinggevende');
  expect(saved.payload.comments).toEqual({});
  expect(Object.values(saved.payload.answers)).toEqual(ALL_ITEM_IDS.map((id) => (id.endsWith('.1') ? 5 : null)));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your answer has been saved');
  await expect(page.getByTestId('send-to')).toContainText(`Send the file ${saved.fileName} back in the way you agreed with the person who sent you this invitation.`);
  await expect(page.getByText(/coach/)).toHaveCount(0);
  expectOnlyLocalRequests(form.requests);
});

test('where to send the answer, in English and at 200 % zoom, on the first page and after saving', async ({ page }) => {
  const form = await openForm(page, { raterGroup: 'extern', language: 'en', returnTo: RETURN_TO_FOLDER, closesOn: '2026-04-15' }, 'extern');
  const returnTo = page.getByTestId('return-to');
  await expect(returnTo).toHaveText(`After saving, send your answer to: ${RETURN_TO_FOLDER}`);
  await page.screenshot({ path: screenshotPath('respond-intro-en'), fullPage: true });

  // 200 % zoom of a 1280 × 900 window: half the CSS pixels. The long path wraps; nothing scrolls sideways.
  await page.setViewportSize({ width: 640, height: 450 });
  await expect(returnTo).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoAxeViolations(page, 'respond intro, English, 200 %');
  await page.screenshot({ path: screenshotPath('respond-intro-en-zoom200'), fullPage: true });

  await page.getByRole('button', { name: 'Go to the questions' }).click();
  for (let step = 0; step < 5; step++) {
    const ids = await page.locator('fieldset.item').evaluateAll((sets) => sets.map((s) => s.id.slice(5).replace('-', '.')));
    for (const id of ids) await item(page, id, id.startsWith('3.') ? 'na' : '3').check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Go to review' }).click();
  const saved = await readSaved(page, () => page.getByRole('button', { name: 'Save answer' }).click(), form);
  expect(saved.payload.raterGroup).toBe('extern');
  expect(Object.values(saved.payload.answers)).toEqual(ALL_ITEM_IDS.map((id) => (id.startsWith('3.') ? null : 3)));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your answer has been saved');
  const send = page.getByTestId('send-to');
  await expect(send.getByRole('heading', { level: 2 })).toHaveText('One more step: sending the file');
  await expect(send).toContainText(`Send the file ${saved.fileName} to:`);
  await expect(send.locator('.return-target')).toHaveText(RETURN_TO_FOLDER);
  await expect(send).toContainText('Please do so by 15 April 2026.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoAxeViolations(page, 'respond saved, English, 200 %');
  await page.screenshot({ path: screenshotPath('respond-saved-en-zoom200'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: screenshotPath('respond-saved-en'), fullPage: true });
  expectOnlyLocalRequests(form.requests);
});

test('a form without a valid invitation says so in Dutch', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(FORM).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze vragenlijst kan niet worden geopend');
  await expect(page.getByText('In dit bestand ontbreekt de uitnodiging.')).toBeVisible();
  await expectNoAxeViolations(page, 'respond without invitation');

  const garbled = join(workDir, 'garbled.html');
  writeFileSync(garbled, readFileSync(FORM, 'utf8').replace('>null</script>', '>{"format":"ambtelijk-kompas/uitnodiging",</script>'));
  await page.goto(pathToFileURL(garbled).href);
  await expect(page.getByText('De uitnodiging in dit bestand is beschadigd of onvolledig.')).toBeVisible();
  expectOnlyLocalRequests(requests);
});
