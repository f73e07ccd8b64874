/**
 * "Alle anderen" first (spec §4 as revised), in the report as a leader reads it: the spec's example
 * of 1 anonymous leidinggevende, 3 collega's and 4 medewerkers shows alle anderen (8), medewerkers (4)
 * and "overige beoordelaars: collega's en leidinggevende" (4), says why the others are not shown on
 * their own, compares with the meetmoment it names, in Dutch, in English and at 200 % zoom. The answers
 * are encrypted here with the real crypto and imported through the app's API (the form has its own tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId } from '@shared/kernel/compass/model';
import type { RaterGroup } from '@shared/features/exchange/formats';
import type { OwnRoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { CURRENT_QUESTIONNAIRE_VERSION } from '@shared/kernel/compass/questionnaires';
import { payload, responseFileText } from '../fixtures/feedback';
import { callApi, expect, expectNoAxeViolations, screenshotPath, test } from './fixtures';

const needleOf = (id: string) => Number(id.split('.')[0]);
const answers = (value: (id: ItemId) => Answer) => Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, value(id)])) as Record<ItemId, Answer>;

/**
 * The leidinggevende answers 1 everywhere; the collega's 3 (the first cannot judge 2.1); the medewerkers
 * 5, 5, 4 and 4. So for 1.1: alle anderen (1 + 9 + 18) / 8 = 3.5, medewerkers 18 / 4 = 4.5 and overige
 * (1 + 9) / 4 = 2.5; for 2.1: alle anderen 25 / 7, medewerkers 4.5, overige 7 / 3.
 */
const RESPONDENTS: { group: RaterGroup; value: (id: ItemId) => Answer; keepDoing?: string }[] = [
  { group: 'leidinggevende', value: () => 1, keepDoing: 'Houd de lijnen kort.' },
  { group: 'collega', value: (id) => (id === '2.1' ? null : 3), keepDoing: 'Blijf verbinden.' },
  { group: 'collega', value: () => 3 },
  { group: 'collega', value: () => 3 },
  { group: 'medewerker', value: () => 5, keepDoing: 'Geef vertrouwen.' },
  { group: 'medewerker', value: () => 5 },
  { group: 'medewerker', value: () => 4 },
  { group: 'medewerker', value: () => 4 },
];

test('the spec example: alle anderen first, then medewerkers, then overige naming the groups it pools', async ({ page, app, dataDir }) => {
  await page.goto(app.url);
  // A meetmoment of 12 November 2026 (self 5 on needle 1, 4 elsewhere) and the round, through the API.
  const self = answers((id) => (needleOf(id) === 1 ? 5 : 4));
  const assessment = await callApi(page, 'createAssessment', {
    date: '2026-11-12',
    questionnaire: { id: 'kompas', version: CURRENT_QUESTIONNAIRE_VERSION },
    answers: self,
    targets: {},
    reflections: {},
  });
  expect(assessment.ok).toBe(true);
  const created = await callApi(page, 'createRound', {
    name: 'Najaar 2026',
    leader: '',
    groups: ['leidinggevende', 'collega', 'medewerker'],
    closesOn: null,
    returnTo: 'Secretariaat DG',
    managerNonAnonymous: false,
    language: 'nl',
  });
  const round = created.value as RoundSummary;
  const state = (await callApi(page, 'getAppState', {}, false)).value as { activeProfileId: string };
  const doc = JSON.parse(readFileSync(join(dataDir, 'profiles', state.activeProfileId, 'rounds', `${round.id}.json`), 'utf8')) as OwnRoundDocument;
  const files = await Promise.all(
    RESPONDENTS.map(async (r, i) => {
      const p = payload(r.group, i, { answers: answers(r.value), comments: r.keepDoing ? { keepDoing: r.keepDoing } : {} });
      const content = await responseFileText(p, round.id, doc.round.publicKey);
      return { name: `antwoord-${i}.json`, size: content.length, content };
    }),
  );
  expect(((await callApi(page, 'importResponses', { files })).value as { accepted: number }).accepted).toBe(8);
  expect((await callApi(page, 'closeRound', { id: round.id })).ok).toBe(true);

  await page.goto(`${app.url.split('#')[0]}#/feedback/${round.id}/rapport`);
  await expect(page.getByRole('heading', { level: 1, name: 'Najaar 2026' })).toBeVisible();
  await expect(page.getByTestId('report-self')).toHaveText('Vergeleken met uw zelfbeoordeling van 12 november 2026.');

  const sets = page.getByTestId('report-sets');
  await expect(sets.locator('[data-testid="report-sets-shown"] li')).toHaveText([
    /^Alle anderen \(8\): iedereen die anoniem antwoordde\. Elke vergelijking met uw zelfbeeld gebruikt deze groep/,
    'Medewerkers (4): apart getoond.',
    'Overige beoordelaars: collega’s en leidinggevende (4): samen getoond, omdat deze groepen niet elk apart getoond kunnen worden.',
  ]);
  await expect(sets.locator('[data-testid="report-sets-not-separate"] li')).toHaveText([
    'Collega’s (3): als zij apart stonden, bleven er 1 of 2 andere beoordelaars over, van wie u de antwoorden uit de verschillen zou kunnen afleiden. Hun antwoorden tellen mee in alle anderen en in overige beoordelaars.',
    'Leidinggevende (1): minder dan 3 antwoorden. Hun antwoorden tellen mee in alle anderen en in overige beoordelaars.',
  ]);

  const needles = page.getByTestId('report-needles');
  await expect(needles.locator('thead th[data-set]')).toHaveText(['Alle anderen (8)', 'Medewerkers (4)', 'Overige beoordelaars: collega’s en leidinggevende (4)']);
  const items = page.getByTestId('report-items');
  const cell = (item: string, set: string) => items.locator(`tr[data-item="${item}"] td[data-set="${set}"]`);
  await expect(cell('1.1', 'anderen')).toHaveAttribute('data-value', '3.5');
  await expect(cell('1.1', 'groep-medewerker')).toHaveAttribute('data-value', '4.5');
  await expect(cell('1.1', 'overige')).toHaveAttribute('data-value', '2.5');
  await expect(cell('2.1', 'anderen')).toHaveAttribute('data-value', String(25 / 7));
  await expect(cell('2.1', 'overige')).toHaveAttribute('data-value', String(7 / 3));
  // Needle 1: self 5 against alle anderen 3.5: a blind spot, compared with alle anderen.
  await expect(needles.locator('tr[data-needle="1"] td[data-set="anderen"]')).toHaveAttribute('data-value', '3.5');
  await expect(needles.locator('tr[data-needle="1"]')).toContainText('+1,5');
  await expect(page.getByTestId('blind-spot')).toContainText('zelf 5, alle anderen 3,5');
  // Comments: only the medewerkers' carry their group; the pool of 4 stays unlabelled.
  await expect(page.getByTestId('report-comments').locator('.comments__source')).toHaveText(['— Medewerkers']);
  await expectNoAxeViolations(page, 'report with overige');
  await page.screenshot({ path: screenshotPath('40-report-sets-nl'), fullPage: true });
  await page.screenshot({ path: screenshotPath('40-report-sets-nl-top') }); // the top: header and sets
  await needles.screenshot({ path: screenshotPath('40-report-sets-nl-needles') });

  // In English.
  await callApi(page, 'setLanguage', { language: 'en' }, false);
  await page.reload();
  await expect(page.getByTestId('report-self')).toHaveText('Compared with your self-assessment of 12 November 2026.');
  await expect(needles.locator('thead th[data-set]')).toHaveText(['All others (8)', 'Staff (4)', 'Other raters: peers and line manager (4)']);
  await expect(sets.locator('li[data-group="collega"]')).toContainText('if they were shown on their own, 1 or 2 other raters would be left');
  await expectNoAxeViolations(page, 'report with overige (en)');
  await page.screenshot({ path: screenshotPath('41-report-sets-en'), fullPage: true });
  await page.screenshot({ path: screenshotPath('41-report-sets-en-top') }); // the top: header and sets
  await needles.screenshot({ path: screenshotPath('41-report-sets-en-needles') });

  // At 200 % zoom: the same page in half the CSS width.
  await callApi(page, 'setLanguage', { language: 'nl' }, false);
  await page.setViewportSize({ width: 640, height: 450 });
  await page.reload();
  await expect(sets.locator('[data-testid="report-sets-shown"] li')).toHaveCount(3);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'report with overige (200 %)');
  await page.screenshot({ path: screenshotPath('42-report-sets-zoom'), fullPage: true });
  await sets.screenshot({ path: screenshotPath('42-report-sets-zoom-sets') });
  await needles.screenshot({ path: screenshotPath('42-report-sets-zoom-needles') });
});
