/**
 * A colleague answers the real form, opened from file://, as in the Chromium test (test/e2e/respond-form.spec.ts):
 * the rater group and dimension I by keyboard, the rest with the pointer, then saves (twice). Each saved
 * file must decrypt with the round's private key to exactly what was answered, and be padded (spec §2).
 */
import { deepStrictEqual, equal, ok } from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer } from '@shared/kernel/compass/model';
import { CURRENT_QUESTIONNAIRE_VERSION } from '@shared/kernel/compass/questionnaires';
import { decodeBase64url } from '@shared/features/exchange/base64url';
import { RESPONSE_MAX_BYTES, responseFileSchema, responsePayloadSchema, type ResponsePayload } from '@shared/features/exchange/formats';
import { buildInvitation, embedInvitation } from '@shared/features/exchange/invitation';
import { paddedSize } from '@shared/features/exchange/padding';
import { decryptResponse, generateRoundKeyPair, importRoundPrivateKey, serializeResponseFile, type RoundKeyPair } from '@shared/features/exchange/responseCrypto';
import { respond as nl } from '@shared/i18n/nl/respond';
import { fill } from '@renderer/respond/src/texts';
import { responseFilesIn, waitFor, waitForNewDownload, type Engine, type EngineSession } from './support';

export const RETURN_TO = 'secretariaat.dgbestuur@example.nl';

interface Round {
  readonly keys: RoundKeyPair;
  readonly roundId: string;
  readonly url: string;
}

/** The built form with a fresh round's invitation (made by the app's own code), written next to the run. */
async function writeForm(formHtml: string, workDir: string): Promise<Round> {
  const keys = await generateRoundKeyPair();
  const roundId = crypto.randomUUID();
  const invitation = buildInvitation({
    roundId,
    leader: 'Anne de Vries',
    raterGroup: null,
    managerNonAnonymous: false,
    returnTo: RETURN_TO,
    language: 'nl',
    closesOn: '2026-03-31',
    questionnaire: CURRENT_QUESTIONNAIRE_VERSION,
    publicKey: keys.publicKey,
  });
  const path = join(workDir, 'uitnodiging-collega.html');
  writeFileSync(path, embedInvitation(formHtml, invitation));
  return { keys, roundId, url: pathToFileURL(path).href };
}

// Page scripts, as source text: they run in the browser, whatever the engine.
const TEXT = `(sel) => { const el = document.querySelector(sel); return el === null ? null : el.textContent; }`;
const FOCUSED = `(sel) => document.activeElement !== null && document.activeElement === document.querySelector(sel)`;
const CHECKED = `(sel) => { const el = document.querySelector(sel); return el !== null && el.checked === true; }`;
const ACTIVE = `() => { const el = document.activeElement; return el === null ? 'nothing' : el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' + (el.textContent || '').slice(0, 40); }`;
const ITEM_IDS = `() => Array.from(document.querySelectorAll('fieldset.item')).map((s) => s.id.slice(5).replace('-', '.'))`;
/** Marks the control to act on: a button by its text, or the field a label names. */
const MARK = `(kind, text) => {
  document.querySelectorAll('[data-engine-target]').forEach((el) => el.removeAttribute('data-engine-target'));
  const found = kind === 'button'
    ? Array.from(document.querySelectorAll('button')).find((b) => b.textContent === text)
    : (() => { const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent === text); return label ? document.getElementById(label.htmlFor) : null; })();
  if (!found) return false;
  found.setAttribute('data-engine-target', '');
  return true;
}`;
const TARGET = '[data-engine-target]';

const radio = (id: string, value: string): string => `#item-${id.replace('.', '-')}-${value}`;

class Respondent {
  constructor(private readonly engine: Engine) {}

  async text(selector: string): Promise<string | null> {
    return this.engine.run<string | null>(TEXT, selector);
  }

  async expectText(selector: string, expected: string | RegExp): Promise<void> {
    await waitFor(`${selector} to read ${String(expected)}`, async () => {
      const text = await this.text(selector);
      return text !== null && (typeof expected === 'string' ? text === expected : expected.test(text)) ? true : undefined;
    });
  }

  async expectFocused(selector: string): Promise<void> {
    await waitFor(`focus on ${selector}`, async () => ((await this.engine.run<boolean>(FOCUSED, selector)) ? true : undefined));
  }

  async expectChecked(selector: string): Promise<void> {
    await waitFor(`${selector} to be checked`, async () => ((await this.engine.run<boolean>(CHECKED, selector)) ? true : undefined));
  }

  private async mark(kind: 'button' | 'label', text: string): Promise<string> {
    await waitFor(`the ${kind} "${text}"`, async () => ((await this.engine.run<boolean>(MARK, kind, text)) ? true : undefined));
    return TARGET;
  }

  async clickButton(text: string): Promise<void> {
    await this.engine.click(await this.mark('button', text));
  }

  async clickField(label: string): Promise<void> {
    await this.engine.click(await this.mark('label', label));
  }

  /** Presses Tab until `selector` has focus: how a keyboard user reaches a control. */
  async tabTo(selector: string, what = selector, maxPresses = 80): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      if (await this.engine.run<boolean>(FOCUSED, selector)) return;
      await this.engine.press('Tab');
    }
    throw new Error(`could not reach ${what} with Tab; focus is on ${await this.engine.run<string>(ACTIVE)}`);
  }

  async tabToButton(text: string): Promise<void> {
    await this.tabTo(await this.mark('button', text), `the button "${text}"`);
  }

  async tabToField(label: string): Promise<void> {
    await this.tabTo(await this.mark('label', label), `the field "${label}"`);
  }

  itemIds(): Promise<string[]> {
    return this.engine.run<string[]>(ITEM_IDS);
  }
}

/** Reads a saved file as the leader's app would, and returns its payload after checking padding and format. */
async function openSaved(path: string, round: Round): Promise<ResponsePayload> {
  ok(statSync(path).size <= RESPONSE_MAX_BYTES, 'the file is within the import limit');
  const text = readFileSync(path, 'utf8');
  const file = responseFileSchema.parse(JSON.parse(text));
  equal(text, serializeResponseFile(file), 'the file has the spec’s field order and no extra whitespace');
  equal(file.roundId, round.roundId);
  const plain = await decryptResponse(file, await importRoundPrivateKey(round.keys.privateKey));
  ok(plain !== null, 'the saved file decrypts with the round’s private key');
  const json = plain.trimEnd();
  const bytes = Buffer.byteLength(plain);
  equal(bytes, paddedSize(Buffer.byteLength(json)), 'the plaintext is padded to its bucket');
  equal(decodeBase64url(file.ct)?.length, bytes + 16, 'the ciphertext is the bucket plus the tag');
  return responsePayloadSchema.parse(JSON.parse(json));
}

export interface ScenarioResult {
  readonly files: readonly string[];
}

export async function answerAsColleague(session: EngineSession, formHtml: string, workDir: string, shot: (name: string) => string): Promise<ScenarioResult> {
  const { engine, downloads } = session;
  const round = await writeForm(formHtml, workDir);
  const r = new Respondent(engine);
  await engine.open(round.url);

  await r.expectText('h1', nl.intro.title);
  await r.expectText('[data-testid="return-to"]', fill(nl.intro.returnTo, { returnTo: RETURN_TO }));
  equal(await engine.run<string>(`() => document.documentElement.lang`), 'nl');

  // The rater group by keyboard: the error puts focus on the first option, an arrow key picks the next.
  await r.clickButton(nl.nav.toQuestions);
  await r.expectText('#rater-group .error', nl.intro.groupMissing);
  await r.expectFocused('#group-leidinggevende');
  await engine.press('ArrowDown');
  await r.expectChecked('#group-collega');
  await r.tabToButton(nl.nav.toQuestions);
  await engine.press('Enter');

  // Dimension I entirely by keyboard.
  await r.expectText('h1', /^Dimensie I: /);
  await r.expectFocused('h1');
  const expected: Record<string, Answer> = { '1.1': 4, '1.2': null, '2.1': 1, '2.2': 2 };
  for (const [id, rightPresses] of [['1.1', 3], ['1.2', 5], ['2.1', 0], ['2.2', 1]] as const) {
    await r.tabTo(radio(id, '1'));
    await engine.press('Space');
    for (let i = 0; i < rightPresses; i++) await engine.press('ArrowRight');
  }
  await r.expectChecked(radio('1.1', '4'));
  await r.expectChecked(radio('1.2', 'na'));
  await r.tabToField(fill(nl.dimension.comment, { number: 2 }));
  await engine.type('  Houdt koers als het stormt, óók in crisis.  ');
  await r.expectText('[data-testid="progress"]', fill(nl.progress, { answered: 4, total: 20 }));
  await r.tabToButton(nl.nav.next);
  await engine.press('Enter');

  // Dimensions II–V with the pointer; every answer to 7.2 "kan ik niet beoordelen".
  for (const numeral of ['II', 'III', 'IV', 'V']) {
    await r.expectText('h1', new RegExp(`^Dimensie ${numeral}: `));
    for (const id of await r.itemIds()) {
      const [needle, part] = id.split('.').map(Number) as [number, number];
      const value: Answer = id === '7.2' ? null : ((((needle + part) % 5) + 1) as Answer);
      await engine.click(radio(id, value === null ? 'na' : String(value)));
      expected[id] = value;
    }
    if (numeral === 'IV') {
      await r.clickField(fill(nl.dimension.comment, { number: 8 }));
      await engine.type('Zegt nee als het moet.');
    }
    await r.clickButton(nl.nav.next);
  }
  await r.expectText('[data-testid="progress"]', fill(nl.progress, { answered: 20, total: 20 }));

  await r.expectText('h1', nl.open.title);
  await r.clickField(nl.open.keepDoing);
  await engine.type('Ruimte geven aan het team.');
  await r.clickButton(nl.nav.toReview);

  await r.expectText('h1', nl.review.title);
  equal(await engine.run<boolean>(`() => document.querySelector('[data-testid="missing"]') === null`), true, 'nothing is missing');
  const before = responseFilesIn(downloads);
  await r.clickButton(nl.review.save);
  const first = await waitForNewDownload(downloads, before);
  await r.expectText('h1', nl.done.title);
  await r.expectText('[data-testid="file-name"]', first);
  await r.expectText('[data-testid="send-to"] .return-target', RETURN_TO);
  await engine.screenshot(shot('saved'));

  const payload = await openSaved(join(downloads, first), round);
  deepStrictEqual(payload, {
    responseId: payload.responseId,
    raterGroup: 'collega',
    questionnaire: { id: 'kompas', version: CURRENT_QUESTIONNAIRE_VERSION },
    answers: Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, expected[id]])),
    comments: { keepDoing: 'Ruimte geven aan het team.', needles: { '2': 'Houdt koers als het stormt, óók in crisis.', '8': 'Zegt nee als het moet.' } },
  });

  // Saving again: a new file (new key) with the same answer and responseId.
  const known = responseFilesIn(downloads);
  await r.clickButton(nl.done.again);
  const second = await waitForNewDownload(downloads, known);
  await r.expectText('.done .status', fill(nl.done.againDone, { file: second }));
  deepStrictEqual(await openSaved(join(downloads, second), round), payload);
  return { files: [first, second] };
}
