/**
 * Issue 4 as a leader does it, with the keyboard only: a plan with two routes and actions, a
 * conversation, progress, a calm reminder, a second meetmoment, and the change on the timeline and
 * as an overlay on the radar.
 */
import type { Locator, Page } from '@playwright/test';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { localIsoDate } from '@shared/kernel/dates';
import { completeAssessmentByKeyboard, type Value } from './assessmentSteps';
import { callApi, expect, expectNoAxeViolations, screenshotPath, tabTo, test } from './fixtures';

const FIRST: Record<string, Value> = Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, 2])) as Record<string, Value>;
const SECOND: Record<string, Value> = Object.fromEntries(
  ALL_ITEM_IDS.map((id) => [id, Number(id.split('.')[0]) <= 5 ? 4 : 2]),
) as Record<string, Value>;
const TARGETS: Record<number, number> = { 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4, 8: 4, 9: 4, 10: 4 };

function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return localIsoDate(d);
}

/** Types a date into a native date field from the keyboard (this Chromium shows mm/dd/yyyy). */
async function typeDate(page: Page, field: Locator, iso: string): Promise<void> {
  await tabTo(page, field);
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  await expect(field).toHaveValue(iso);
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/**
 * After an add, the app saves, empties the form and moves the focus to what was added. Waiting for
 * exactly that (the item in its list, focused) keeps the next keystrokes from racing the save: a
 * check on the text alone can match the text still in the form, and a late focus move would take
 * the next typing elsewhere.
 */
async function expectAdded(item: Locator): Promise<void> {
  await expect(item).toBeVisible();
  await expect(item).toBeFocused();
}

/** The item of a route card's list (actions, reflections) that shows `text`; never the form. */
function listItem(card: Locator, text: string): Locator {
  return card.locator('li.plan-item').filter({ has: card.page().getByText(text, { exact: true }) });
}

test('a plan with two routes, a conversation and progress; a second meetmoment shows on the timeline and the radar', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  // The first meetmoment, months ago, is set up through the app's own API (the keyboard part follows).
  const first = await callApi(page, 'createAssessment', { date: isoDaysFromToday(-120), questionnaire: { id: 'kompas', version: 2 }, answers: FIRST, targets: { '1': 3 }, reflections: {} });
  expect(first.ok).toBe(true);
  await page.reload();

  // Routekaart: choose route a (needles 1 and 2).
  await press(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Routekaart' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Routekaart' })).toBeFocused();
  await expectNoAxeViolations(page, 'routekaart (empty)');
  await press(page, page.getByTestId('choose-route-a'));
  await page.keyboard.type('Na de laatste crisis wil ik de lessen vasthouden.');
  await press(page, page.getByRole('checkbox', { name: /Naald 2/ }), 'Space');
  await press(page, page.getByRole('button', { name: 'Route toevoegen' }));
  const cardA = page.getByTestId('route-card-a');
  await expectAdded(cardA.getByRole('heading', { level: 3 }));
  await expect(cardA).toContainText('Bewaak de lange lijnen');

  // Set off: gepland → onderweg.
  await tabTo(page, page.getByTestId('status-a'));
  await page.keyboard.press('ArrowDown');
  await press(page, cardA.getByRole('button', { name: 'Status opslaan' }));
  await expect(page.getByTestId('status-a')).toHaveValue('onderweg');
  // Saved: the badge shows the stored status (the field showed the choice before the save).
  await expect(cardA.locator('.plan-badge')).toHaveText('Onderweg');

  // Two actions on route a: one due in three days, with reisgenoten; one without a date.
  const dueSoon = isoDaysFromToday(3);
  await tabTo(page, cardA.getByLabel('Wat gaat u doen?'));
  await page.keyboard.type('Crisisoefening met het MT');
  await typeDate(page, cardA.getByLabel('Uiterlijk op (niet verplicht)'), dueSoon);
  await tabTo(page, cardA.getByLabel('Reisgenoten (niet verplicht)'));
  await page.keyboard.type('Petra, Joost');
  await press(page, cardA.getByRole('button', { name: 'Actie toevoegen' }));
  await expectAdded(listItem(cardA, 'Crisisoefening met het MT'));
  await expect(listItem(cardA, 'Crisisoefening met het MT')).toContainText('Met Petra, Joost');
  await expect(cardA.getByLabel('Wat gaat u doen?')).toHaveValue('');
  await tabTo(page, cardA.getByLabel('Wat gaat u doen?'));
  await page.keyboard.type('Evaluatie van de oefening delen');
  await press(page, cardA.getByRole('button', { name: 'Actie toevoegen' }));
  await expectAdded(listItem(cardA, 'Evaluatie van de oefening delen'));

  // A reflection on route a.
  await tabTo(page, cardA.getByLabel('Wat merkt u onderweg?'));
  await page.keyboard.type('Het MT reageerde opener dan verwacht.');
  await press(page, cardA.getByRole('button', { name: 'Reflectie toevoegen' }));
  await expectAdded(listItem(cardA, 'Het MT reageerde opener dan verwacht.'));
  await expect(cardA.getByLabel('Wat merkt u onderweg?')).toHaveValue('');

  // Route i with one action.
  await press(page, page.getByTestId('choose-route-i'));
  await page.keyboard.type('Ik wil weten hoe mijn team mij ziet.');
  await press(page, page.getByRole('button', { name: 'Route toevoegen' }));
  const cardI = page.getByTestId('route-card-i');
  await expectAdded(cardI.getByRole('heading', { level: 3 }));
  await tabTo(page, cardI.getByLabel('Wat gaat u doen?'));
  await page.keyboard.type('Een feedbackronde uitzetten');
  await press(page, cardI.getByRole('button', { name: 'Actie toevoegen' }));
  await expectAdded(listItem(cardI, 'Een feedbackronde uitzetten'));

  // A conversation with a reisgenoot, for route a.
  await tabTo(page, page.getByLabel('Met wie sprak u?'));
  await page.keyboard.type('Mijn coach');
  await tabTo(page, page.getByLabel('Wat heeft u geleerd?'));
  await page.keyboard.type('Vraag eerst wat anderen al weten.');
  await tabTo(page, page.getByLabel('Bij welke route hoort dit gesprek?'));
  await page.keyboard.press('ArrowDown');
  await press(page, page.getByRole('button', { name: 'Gesprek vastleggen' }));
  const conversation = page.getByTestId('conversation-list').getByRole('listitem').filter({ hasText: 'Mijn coach' });
  await expectAdded(conversation);
  await expect(conversation).toContainText('Vraag eerst wat anderen al weten.');

  // Progress: the second action is done.
  await press(page, page.getByRole('checkbox', { name: /Gedaan.*Evaluatie van de oefening delen/ }), 'Space');
  await expect(page.getByRole('checkbox', { name: /Gedaan.*Evaluatie van de oefening delen/ })).toBeChecked();
  await expect(cardA).toContainText('Gedaan op');
  await expectNoAxeViolations(page, 'routekaart with two routes');
  await page.screenshot({ path: screenshotPath('20-routekaart'), fullPage: true });

  // The plan survives a reload (it is stored, not kept in the page).
  await page.reload();
  await expect(page.getByTestId('route-card-a')).toContainText('Crisisoefening met het MT');

  // Back on the start screen: a calm notice of what is due (the action in three days).
  await press(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn kompas' }));
  await expect(page.getByTestId('reminders')).toContainText('Crisisoefening met het MT');
  await expectNoAxeViolations(page, 'start with reminders');
  await page.screenshot({ path: screenshotPath('21-start-reminders'), fullPage: true });

  // A second meetmoment, by keyboard.
  await expect(page.getByTestId('reminders')).toContainText('terug');
  await press(page, page.getByTestId('reminders').getByRole('link', { name: 'Nieuw meetmoment starten' }));
  await expect(page.getByRole('heading', { level: 1, name: /Turbulente tijd/ })).toBeFocused();
  await completeAssessmentByKeyboard(page, SECOND, TARGETS, []);

  // The compass shows the routes with their status, and the first meetmoment as an overlay.
  const radar = page.locator('svg').filter({ has: page.getByTestId('radar-spoke') }).first();
  await expect(radar.locator('[data-route="a"]')).toHaveAttribute('data-status', 'onderweg');
  await expect(radar.locator('[data-route="i"]')).toHaveAttribute('data-status', 'gepland');
  await tabTo(page, page.getByTestId('compare-select'));
  await page.keyboard.press('ArrowDown');
  for (const needle of [1, 5, 6, 10]) {
    await expect(radar.locator(`[data-series="earlier"][data-needle="${needle}"]`)).toHaveAttribute('data-value', '2');
    await expect(radar.locator(`[data-series="current"][data-needle="${needle}"]`)).toHaveAttribute('data-value', needle <= 5 ? '4' : '2');
  }
  await expectNoAxeViolations(page, 'compass with overlay and routes');
  await page.screenshot({ path: screenshotPath('22-compass-overlay'), fullPage: true });

  // Verloop: what changed between the two moments, and the timeline of needle 1.
  await press(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Verloop' }));
  const changes = page.getByTestId('change-table');
  for (let needle = 1; needle <= 10; needle++) {
    const cell = changes.locator(`tr[data-needle="${needle}"] [data-change]`);
    await expect(cell).toHaveAttribute('data-change', needle <= 5 ? '2' : '0');
    await expect(cell).toHaveAttribute('data-direction', needle <= 5 ? 'up' : 'equal');
  }
  const chart = page.getByTestId('timeline-chart');
  await expect(chart).toHaveAttribute('data-needle', '1');
  await expect(chart.locator('[role="img"][data-series="self"]')).toHaveCount(2);
  await expect(chart.locator('[role="img"][data-series="self"]').first()).toHaveAttribute('data-value', '2');
  await expect(chart.locator('[role="img"][data-series="self"]').last()).toHaveAttribute('data-value', '4');
  await expect(page.getByTestId('timeline-table').locator('tbody tr')).toHaveCount(2);
  await expectNoAxeViolations(page, 'verloop');
  await page.screenshot({ path: screenshotPath('23-verloop'), fullPage: true });
});
