/**
 * Issue #10 point 4 as a coach does it, with the keyboard only: a shared note and a coach-only note,
 * linked to a route and a needle; searching; editing; deleting after confirmation; the next session
 * as a reminder on the start screen. Axe on every state; screenshots in Dutch, English and at 200 %.
 */
import type { Locator, Page } from '@playwright/test';
import { localIsoDate } from '@shared/kernel/dates';
import { formatLongDate } from '@shared/kernel/format';
import { expect, expectNoAxeViolations, screenshotPath, tabTo, test, coachModeOn } from './fixtures';

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

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('session notes: shared and coach-only, search, edit, delete, next-session reminder', async ({ page, app }) => {
  test.setTimeout(180_000);
  const today = isoDaysFromToday(0);
  const earlier = isoDaysFromToday(-14);
  const next = isoDaysFromToday(3);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  await coachModeOn(page);

  await press(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gespreksverslagen' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Gespreksverslagen' })).toBeFocused();
  await expect(page.getByText('Er zijn nog geen gespreksverslagen.')).toBeVisible();
  await expectNoAxeViolations(page, 'notes (empty)');

  // A shared note of today, linked to route a and needle 1, with the next session in three days.
  await press(page, page.getByRole('button', { name: 'Nieuw verslag' }));
  await expect(page.getByRole('heading', { level: 2, name: 'Nieuw gespreksverslag' })).toBeFocused();
  await expectNoAxeViolations(page, 'notes (new form)');
  await typeInto(page, page.getByLabel('Wat is er besproken?'), 'Lessen uit de crisisoefening en de rol van het MT.');
  await typeInto(page, page.getByLabel('Wat hebt u afgesproken?'), 'Evaluatie plannen met de SG.');
  await press(page, page.getByRole('checkbox', { name: /^Route a:/ }), 'Space');
  await press(page, page.getByRole('checkbox', { name: /^Naald 1:/ }), 'Space');
  await typeDate(page, page.getByLabel('Datum van het volgende gesprek (optioneel)'), next);
  // Coach only is chosen first; the arrow key moves the choice to shared.
  await tabTo(page, page.getByRole('radio', { name: 'Alleen de coach' }));
  await expect(page.getByRole('radio', { name: 'Alleen de coach' })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Gedeeld met de coachee' })).toBeChecked();
  await press(page, page.getByRole('button', { name: 'Verslag opslaan' }));
  const sharedTitle = `Gesprek van ${formatLongDate(today, 'nl')}`;
  await expect(page.getByRole('heading', { level: 3, name: sharedTitle })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Het verslag is opgeslagen.' })).toBeAttached();

  // A coach-only note of two weeks ago, linked to route e and needle 6.
  await press(page, page.getByRole('button', { name: 'Nieuw verslag' }));
  await typeDate(page, page.getByLabel('Datum van het gesprek'), earlier);
  await typeInto(page, page.getByLabel('Wat is er besproken?'), 'Spanning in de samenwerking met de uitvoering.');
  await press(page, page.getByRole('checkbox', { name: /^Route e:/ }), 'Space');
  await press(page, page.getByRole('checkbox', { name: /^Naald 6:/ }), 'Space');
  await press(page, page.getByRole('button', { name: 'Verslag opslaan' }));
  const coachTitle = `Gesprek van ${formatLongDate(earlier, 'nl')}`;
  await expect(page.getByRole('heading', { level: 3, name: coachTitle })).toBeFocused();

  // Newest first; each note says who may see it; a linked route leads to the routekaart.
  const notes = page.getByTestId('note');
  await expect(notes).toHaveCount(2);
  await expect(notes.nth(0)).toContainText(sharedTitle);
  await expect(notes.nth(0)).toContainText('Gedeeld met de coachee');
  await expect(notes.nth(0)).toContainText(`Volgend gesprek: ${formatLongDate(next, 'nl')}`);
  await expect(notes.nth(1)).toContainText(coachTitle);
  await expect(notes.nth(1)).toContainText('Alleen voor de coach');
  await expect(notes.nth(0).getByRole('link', { name: /^Route a:/ })).toHaveAttribute('href', '#/routekaart');
  await expect(notes.nth(1)).toContainText('Naald 6:');
  await expectNoAxeViolations(page, 'notes (two notes)');
  await page.screenshot({ path: screenshotPath('40-notes-nl'), fullPage: true });

  // Search as one types; the count is announced.
  const search = page.getByRole('searchbox', { name: 'Zoek in onderwerpen en afspraken' });
  await typeInto(page, search, 'samenwerking');
  await expect(page.getByRole('status').filter({ hasText: '1 van 2 verslagen gevonden' })).toBeVisible();
  await expect(notes).toHaveCount(1);
  await expect(notes.nth(0)).toContainText(coachTitle);
  await typeInto(page, search, 'zeppelin');
  await expect(page.getByText('Geen verslagen gevonden.')).toBeVisible();
  await expectNoAxeViolations(page, 'notes (no results)');
  await press(page, page.getByRole('button', { name: 'Zoekopdracht wissen' }));
  await expect(notes).toHaveCount(2);
  // By linked route.
  await tabTo(page, page.getByLabel('Gekoppeld aan route'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: '1 van 2 verslagen gevonden' })).toBeVisible();
  await expect(notes.nth(0)).toContainText(sharedTitle);
  await press(page, page.getByRole('button', { name: 'Zoekopdracht wissen' }));
  await expect(notes).toHaveCount(2);

  // Edit the shared note's agreements.
  await press(page, page.getByRole('button', { name: `Verslag van ${formatLongDate(today, 'nl')} bewerken` }));
  await expect(page.getByRole('heading', { level: 2, name: `Verslag van ${formatLongDate(today, 'nl')} bewerken` })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Gedeeld met de coachee' })).toBeChecked();
  await typeInto(page, page.getByLabel('Wat hebt u afgesproken?'), 'Evaluatie met de SG vóór de volgende sessie.');
  await press(page, page.getByRole('button', { name: 'Verslag opslaan' }));
  await expect(page.getByRole('heading', { level: 3, name: sharedTitle })).toBeFocused();
  await expect(notes.nth(0)).toContainText('Evaluatie met de SG vóór de volgende sessie.');

  // English, and 200 % zoom (half the CSS pixels of a 1280 × 900 window).
  await press(page, page.getByRole('button', { name: 'Switch to English' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Session notes' })).toBeVisible();
  await expect(notes.nth(1)).toContainText('Coach only');
  await expectNoAxeViolations(page, 'notes (English)');
  await page.screenshot({ path: screenshotPath('41-notes-en'), fullPage: true });
  await press(page, page.getByRole('button', { name: 'Schakel naar Nederlands' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Gespreksverslagen' })).toBeVisible();
  await page.setViewportSize({ width: 640, height: 450 });
  // Nothing scrolls sideways (the menu wraps too).
  await expect(page.locator('html')).toHaveJSProperty('scrollWidth', 640);
  await page.screenshot({ path: screenshotPath('42-notes-200'), fullPage: true });
  await press(page, page.getByRole('button', { name: `Verslag van ${formatLongDate(earlier, 'nl')} bewerken` }));
  await expectNoAxeViolations(page, 'notes (edit form at 200 %)');
  await page.screenshot({ path: screenshotPath('43-notes-form-200'), fullPage: true });
  await press(page, page.getByRole('button', { name: 'Annuleren' }));
  await page.setViewportSize({ width: 1280, height: 900 });

  // Delete the coach-only note: a question first; cancelling keeps it.
  const deleteCoach = page.getByRole('button', { name: `Verslag van ${formatLongDate(earlier, 'nl')} verwijderen` });
  await press(page, deleteCoach);
  const dialog = page.getByRole('dialog', { name: 'Verslag verwijderen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await expectNoAxeViolations(page, 'notes (confirm delete)');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(notes).toHaveCount(2);
  await press(page, deleteCoach);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Ja, verwijderen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notes).toHaveCount(1);
  await expect(page.getByText('Spanning in de samenwerking')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Alle verslagen' })).toBeFocused();
  // Stored: after a reload the deleted note stays gone, the other is there.
  await page.reload();
  await expect(notes).toHaveCount(1);
  await expect(notes.nth(0)).toContainText('Evaluatie met de SG vóór de volgende sessie.');

  // The next session in three days: a calm reminder on the start screen, with the way to the notes.
  await press(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn kompas' }));
  const reminder = page.getByTestId('reminder-session');
  await expect(reminder).toContainText(`Het volgende coachgesprek staat gepland op ${formatLongDate(next, 'nl')}.`);
  await expectNoAxeViolations(page, 'start with the session reminder');
  await page.screenshot({ path: screenshotPath('44-start-session-reminder'), fullPage: true });
  await press(page, reminder.getByRole('link', { name: 'Naar de gespreksverslagen' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Gespreksverslagen' })).toBeFocused();
});
