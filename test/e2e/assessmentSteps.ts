/** Filling in a meetmoment with the keyboard only, shared by the e2e tests. */
import type { Page } from '@playwright/test';
import { expect, tabTo } from './fixtures';

export type Value = 1 | 2 | 3 | 4 | 5 | 'na';

/** Tab into a radio group (lands on its first option when none is chosen) and choose with the keyboard. */
export async function chooseInGroup(page: Page, testId: string, position: number): Promise<void> {
  const radios = page.getByTestId(testId).getByRole('radio');
  const checked = await radios.evaluateAll((inputs) => inputs.findIndex((i) => (i as HTMLInputElement).checked));
  await tabTo(page, radios.nth(Math.max(checked, 0)));
  if (checked < 0) {
    if (position === 0) await page.keyboard.press('Space');
    for (let i = 0; i < position; i++) await page.keyboard.press('ArrowRight');
  } else {
    const key = position > checked ? 'ArrowRight' : 'ArrowLeft';
    for (let i = 0; i < Math.abs(position - checked); i++) await page.keyboard.press(key);
  }
  await expect(radios.nth(position)).toBeChecked();
}

const DIMENSION_NEEDLES: readonly (readonly number[])[] = [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]];

/**
 * From the first step of the form: answers every item and target, types a reflection per dimension,
 * and saves the meetmoment — all with Tab, arrows, Space and Enter.
 */
export async function completeAssessmentByKeyboard(
  page: Page,
  answers: Record<string, Value>,
  targets: Record<number, number>,
  reflections: readonly string[],
  afterStep?: (index: number) => Promise<void>,
): Promise<void> {
  for (const [index, needles] of DIMENSION_NEEDLES.entries()) {
    for (const needle of needles) {
      for (const item of [`${needle}.1`, `${needle}.2`]) {
        const value = answers[item]!;
        await chooseInGroup(page, `item-${item}`, value === 'na' ? 5 : value - 1);
      }
      await chooseInGroup(page, `target-${needle}`, targets[needle]! - 1);
    }
    const reflection = reflections[index];
    if (reflection) {
      await tabTo(page, page.getByRole('textbox', { name: /Reflectie op deze dimensie/ }));
      await page.keyboard.type(reflection);
    }
    await afterStep?.(index);
    await tabTo(page, page.getByRole('button', { name: index === 4 ? 'Naar het overzicht' : 'Volgende' }));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: /Overzicht en opslaan/ })).toBeFocused();
  await afterStep?.(DIMENSION_NEEDLES.length);
  await tabTo(page, page.getByRole('button', { name: 'Meetmoment opslaan' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Meetmoment van / })).toBeVisible();
}
