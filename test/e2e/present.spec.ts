/**
 * Issue #10, point 3: the presentation view for a coaching session. A profile with two meetmomenten
 * (reflections on the latest), a routekaart and a closed 360° round answered through the real form,
 * with comments. The coachee hides the comments and the reflections; the coach steps through every
 * slide with the keyboard; neither is anywhere in the page on any slide; Escape leaves and the
 * keyboard is back on the start button. Axe on every screen; screenshots in Dutch, English and 200 %.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { completeAnswers } from '../fixtures/assessment';
import { closedRoundByForm } from './coachSessionSteps';
import { callApi, expect, expectNoAxeViolations, screenshotPath, tabTo, test, coachModeOn } from './fixtures';

type Group = 'collega' | 'medewerker';
const RESPONDENTS: readonly { group: Group; value: number; keepDoing: string }[] = [
  { group: 'collega', value: 4, keepDoing: 'Houdt het overleg met de provincies warm en open.' },
  { group: 'collega', value: 3, keepDoing: 'Blijft rustig als het spannend wordt in het bestuur.' },
  { group: 'collega', value: 4, keepDoing: 'Deelt zorgen eerlijk met het managementteam.' },
  { group: 'medewerker', value: 5, keepDoing: 'Neemt de tijd om echt te luisteren.' },
  { group: 'medewerker', value: 4, keepDoing: 'Bedankt het team zichtbaar na drukke weken.' },
  { group: 'medewerker', value: 2, keepDoing: 'Geeft ruimte om fouten te bespreken.' },
];
/** How the others' view differs per needle (so the figures are not all alike); item ids as "3-1". */
const NEEDLE_OFFSET: Readonly<Record<string, number>> = { 1: 0, 2: 1, 3: 0, 4: -1, 5: -2, 6: 1, 7: 0, 8: 1, 9: -1, 10: 0 };
const answerOf = (value: number, itemId: string): number => Math.min(5, Math.max(1, value + (NEEDLE_OFFSET[itemId.split('-')[0] ?? ''] ?? 0)));
const COMMENTS = RESPONDENTS.map((r) => r.keepDoing);
const REFLECTIONS = {
  I: 'Ik benoem de onzekerheid nog te weinig hardop in het MT.',
  III: 'Samenwerking met andere departementen kost mij veel energie.',
  V: 'Ik wil vaker om tegenspraak vragen.',
};
const RETURN_TO = 'Secretariaat, kamer 3.08';

/** A closed round "Najaar 2026" with six answers from the real form. */
async function closedRound(page: Page, context: BrowserContext): Promise<void> {
  await closedRoundByForm(page, context, 'Najaar 2026', RESPONDENTS, test.info().outputPath('respondents'), { returnTo: RETURN_TO, answerOf });
}

async function setUpProfile(page: Page): Promise<void> {
  const earlier = { ...completeAnswers(), '1.1': 1, '1.2': 2, '5.1': 2 } as const;
  for (const [date, answers, targets, reflections] of [
    ['2026-05-12', earlier, { '1': 4 }, {}],
    ['2026-11-10', completeAnswers(), { '1': 5, '2': 4, '3': 4, '5': 4, '6': 4, '9': 5 }, REFLECTIONS],
  ] as const) {
    const saved = await callApi(page, 'createAssessment', { date, questionnaire: { id: 'kompas', version: 2 }, answers, targets, reflections });
    expect(saved.ok, JSON.stringify(saved.error)).toBe(true);
  }
  for (const [route, needles, actions] of [
    ['a', [1], [['De onzekerheid agenderen in het MT-overleg', '2026-12-15'], ['Een crisisoefening met de directie', '2027-02-01']]],
    ['f', [6], [['Een open gesprek over fouten in elk teamoverleg', null]]],
  ] as const) {
    expect((await callApi(page, 'chooseRoute', { route, why: '', needles })).ok).toBe(true);
    for (const [what, due] of actions) expect((await callApi(page, 'addAction', { route, what, due, companions: [] })).ok).toBe(true);
  }
  expect((await callApi(page, 'setRouteStatus', { route: 'a', status: 'onderweg' })).ok).toBe(true);
}

/** Everything of the page, as markup: hidden means absent, so none of it may appear anywhere. */
async function expectAbsent(page: Page, texts: readonly string[], where: string): Promise<void> {
  const html = await page.content();
  for (const text of texts) expect(html.includes(text), `"${text}" on ${where}`).toBe(false);
}

test('the presentation view: hidden comments and reflections are not in the page, stepped by keyboard', async ({ page, context, app }) => {
  test.setTimeout(240_000);
  await page.goto(app.url);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await coachModeOn(page);
  await setUpProfile(page);
  await closedRound(page, context);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Presentatie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Presentatie voorbereiden' })).toBeFocused();
  const outline = page.getByTestId('present-outline');
  await expect(outline.getByRole('listitem')).toHaveCount(7);
  await expectNoAxeViolations(page, 'presentation: preparation');
  await page.screenshot({ path: screenshotPath('present-00-prepare-nl'), fullPage: true });

  // The coachee hides the comments and the reflections, with the keyboard.
  for (const name of ['De letterlijke opmerkingen uit de 360°-feedback', 'Uw reflecties per dimensie']) {
    await tabTo(page, page.getByRole('checkbox', { name }));
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name })).toBeChecked();
  }
  await expect(outline.getByRole('listitem')).toHaveText([
    'Het kompas',
    'Waar de afstand tot uw doel het grootst is',
    'Routekaart',
    '360°-feedback: wat valt op',
    '360°-feedback: alle anderen per naald',
  ]);
  await page.screenshot({ path: screenshotPath('present-01-prepare-hidden-nl'), fullPage: true });

  const start = page.getByRole('button', { name: 'Presentatie starten' });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  const view = page.getByTestId('presentation');
  await expect(view).toBeVisible();
  await expect(page.locator('.site-header')).toHaveCount(0);

  const hidden = [...COMMENTS, ...Object.values(REFLECTIONS)];
  const titles = ['Het kompas', 'Waar de afstand tot uw doel het grootst is', 'Routekaart', '360°-feedback: wat valt op', '360°-feedback: alle anderen per naald'];
  for (const [i, title] of titles.entries()) {
    await expect(view.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('present-counter')).toHaveText(`${i + 1} van 5`);
    await expect(page.getByTestId('present-announce')).toHaveText(`${title}, ${i + 1} van 5`);
    await expectAbsent(page, hidden, `slide ${i + 1}`);
    await expectNoAxeViolations(page, `presentation slide ${i + 1}`);
    await page.screenshot({ path: screenshotPath(`present-1${i}-slide-nl`) });
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
  }
  // The compass shows the current score, the target, alle anderen and the earlier meetmoment.
  await page.keyboard.press('Home');
  await expect(page.getByTestId('present-counter')).toHaveText('1 van 5');
  await expect(page.getByTestId('present-legend').getByRole('listitem')).toHaveText([
    'Uw score',
    'Uw doel',
    'Alle anderen (Najaar 2026)',
    'Meetmoment van 12 mei 2026',
  ]);
  // The priorities: the largest distance between score and target first.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('present-priorities').locator('li').first()).toBeVisible();
  const priorities = await page.getByTestId('present-priorities').locator('li').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-needle'))));
  expect(priorities).toHaveLength(6);
  await page.keyboard.press('End');
  await expect(page.getByTestId('present-counter')).toHaveText('5 van 5');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-counter')).toHaveText('5 van 5');

  // Escape leaves full screen and the view; the keyboard is back on the start button.
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(start).toBeFocused();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();

  // English, the same choices (remembered for this profile while the app runs).
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prepare the presentation' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'The verbatim comments from the 360° feedback' })).toBeChecked();
  await expectNoAxeViolations(page, 'presentation: preparation (en)');
  await page.screenshot({ path: screenshotPath('present-20-prepare-en'), fullPage: true });
  await page.getByRole('button', { name: 'Start the presentation' }).click();
  for (let i = 0; i < 5; i++) {
    await expect(page.getByTestId('present-counter')).toHaveText(`${i + 1} of 5`);
    await expectAbsent(page, hidden, `slide ${i + 1} (en)`);
    await expectNoAxeViolations(page, `presentation slide ${i + 1} (en)`);
    await page.screenshot({ path: screenshotPath(`present-3${i}-slide-en`) });
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Nederlands/ }).click();

  // 200 % zoom: the same view in half the CSS pixels.
  await page.setViewportSize({ width: 640, height: 450 });
  await page.getByRole('button', { name: 'Presentatie starten' }).click();
  for (let i = 0; i < 5; i++) {
    await expect(page.getByTestId('present-counter')).toHaveText(`${i + 1} van 5`);
    await expectNoAxeViolations(page, `presentation slide ${i + 1} at 200 %`);
    await page.screenshot({ path: screenshotPath(`present-4${i}-slide-zoom200`) });
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Presentatie starten' })).toBeFocused();
});

test('nothing hidden: the reflections and the comments have slides of their own', async ({ page, context, app }) => {
  test.setTimeout(240_000);
  await page.goto(app.url);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await coachModeOn(page);
  await setUpProfile(page);
  await closedRound(page, context);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Presentatie' }).click();
  await page.getByRole('button', { name: 'Presentatie starten' }).click();
  await expect(page.getByTestId('present-counter')).toHaveText('1 van 7');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-reflections')).toContainText(REFLECTIONS.V);
  await expectNoAxeViolations(page, 'presentation: reflections');
  await page.screenshot({ path: screenshotPath('present-50-reflections-nl') });
  await page.keyboard.press('End');
  const comments = page.getByTestId('present-comments');
  for (const text of COMMENTS) await expect(comments).toContainText(text);
  await expectNoAxeViolations(page, 'presentation: comments');
  await page.screenshot({ path: screenshotPath('present-51-comments-nl') });
});

test('when the browser refuses full screen, the presentation fills the window and works the same', async ({ page, app }) => {
  // A browser (or a policy) that refuses the Fullscreen API.
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });
  await page.goto(app.url);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await coachModeOn(page);
  await setUpProfile(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Presentatie' }).click();
  const start = page.getByRole('button', { name: 'Presentatie starten' });
  await start.click();
  await expect(page.getByText('Volledig scherm is hier niet beschikbaar; de presentatie vult het venster.')).toBeVisible();
  await expect(page.getByTestId('present-counter')).toHaveText('1 van 4');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-counter')).toHaveText('2 van 4');
  await expectNoAxeViolations(page, 'presentation without full screen');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(start).toBeFocused();
});
