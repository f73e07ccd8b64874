/**
 * Coach mode, as a coach uses it: switched on in the settings, three coachees added, renamed,
 * opened and one deleted with its typed name — by keyboard, with axe on the new screens. And
 * switching between coachees never puts a single text of the other coachee on screen: a
 * MutationObserver records every text added to the page, also while a late answer of the old
 * coachee arrives after the switch.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { newAssessmentInput } from '../fixtures/assessment';
import { expect, expectNoAxeViolations, screenshotPath, tabTo, test } from './fixtures';

const coacheeBadge = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^U ziet de gegevens van|^You are viewing the data of/ });

/** The files under `dir` that contain `needle` (grep exits 1 when none does). */
function grepFiles(needle: string, dir: string): string[] {
  try {
    return execFileSync('grep', ['-rlF', '--', needle, dir], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch (error) {
    if ((error as { status?: number }).status === 1) return [];
    throw error;
  }
}

/** The API with an explicit profile (set-up the test does not drive through the UI). */
async function call(page: Page, name: string, input: Record<string, unknown>): Promise<unknown> {
  const result = await page.evaluate(
    async ({ name, input }) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('kompas.token')}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    { name, input },
  );
  expect(result.ok, `${name}: ${JSON.stringify(result.error)}`).toBe(true);
  return result.value;
}

test('a leader who never adds a coachee sees no coachee or profile anywhere', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  for (const hash of ['#/', '#/kompas', '#/routekaart', '#/verloop', '#/feedback', '#/instellingen']) {
    await page.goto(`${app.url.split('#')[0]}${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const text = (await page.locator('body').innerText()).toLowerCase();
    expect(text, hash).not.toContain('coachee');
    expect(text, hash).not.toContain('profiel');
  }
  await expect(coacheeBadge(page)).toHaveCount(0);
});

test('a coach switches coach mode on, adds three coachees, renames, opens and deletes one by keyboard', async ({ page, app, dataDir }) => {
  test.setTimeout(150_000);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeFocused();

  // Settings, from the footer.
  await tabTo(page, page.getByRole('contentinfo').getByRole('link', { name: 'Instellingen' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeFocused();
  await expectNoAxeViolations(page, 'settings (coach mode off)');
  await page.screenshot({ path: screenshotPath('coachees-01-settings-nl'), fullPage: true });
  const coachSwitch = page.getByRole('checkbox', { name: 'Coachmodus aan' });
  await tabTo(page, coachSwitch);
  await page.keyboard.press('Space');
  await expect(coachSwitch).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'De coachmodus staat aan.' })).toBeVisible();
  await expect(coacheeBadge(page)).toHaveText('Gegevens van Eigen profiel');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Coachees' })).toBeVisible();

  // The coachees screen: the first profile has no name yet.
  await tabTo(page, page.getByRole('link', { name: 'Naar coachees' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Coachees' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Het eerste profiel heeft nog geen naam' })).toBeVisible();
  await expectNoAxeViolations(page, 'coachees (one unnamed profile)');

  // Adding: a name is required, and must differ from the others'.
  const nameInput = page.getByRole('textbox', { name: 'Naam van de coachee' });
  await tabTo(page, nameInput);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Vul een naam in.')).toBeVisible();
  await expect(nameInput).toBeFocused();
  for (const name of ['Anna de Vries', 'Bram Jansen', 'Carla Smit']) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `${name} is toegevoegd.` })).toBeVisible();
    await expect(nameInput).toHaveValue('');
    await tabTo(page, nameInput);
  }
  await page.keyboard.type('anna de vries ');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Er is al een coachee die anna de vries heet.', { exact: false })).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const rows = page.getByRole('table', { name: 'Uw coachees' }).getByRole('row');
  await expect(rows).toHaveCount(5); // header + 4

  // Naming the first profile: the coach's own.
  await tabTo(page, page.getByRole('button', { name: 'Naam geven' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Naam wijzigen' });
  await expect(dialog.getByRole('textbox', { name: 'Nieuwe naam' })).toBeFocused();
  await page.keyboard.type('Coach Willemijn');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'De naam is gewijzigd in Coach Willemijn.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Het eerste profiel heeft nog geen naam' })).toHaveCount(0);
  await expect(coacheeBadge(page)).toHaveText('Gegevens van Coach Willemijn');

  // Renaming a coachee.
  await tabTo(page, page.getByRole('button', { name: 'Naam wijzigen van Bram Jansen' }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Nieuwe naam' })).toHaveValue('Bram Jansen');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Bram Jansen-Roos');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'De naam is gewijzigd in Bram Jansen-Roos.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Naam wijzigen van Bram Jansen-Roos' })).toBeFocused();
  await expectNoAxeViolations(page, 'coachees (four)');
  await page.screenshot({ path: screenshotPath('coachees-02-list-nl'), fullPage: true });

  // Opening Carla: her (empty) start screen, and the header names her.
  await tabTo(page, page.getByRole('button', { name: 'De gegevens van Carla Smit openen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeFocused();
  await expect(coacheeBadge(page)).toHaveText('Gegevens van Carla Smit');
  await expect(coacheeBadge(page)).toHaveAccessibleName('U ziet de gegevens van Carla Smit. Naar het overzicht van coachees.');
  const state = (await call(page, 'getAppState', {})) as { activeProfileId: string; profiles: { id: string; name: string }[] };
  const carla = state.profiles.find((p) => p.name === 'Carla Smit')!.id;
  expect(state.activeProfileId).toBe(carla);
  await call(page, 'createAssessment', { profileId: carla, ...newAssessmentInput('2026-01-15'), reflections: { I: 'Carla leert delegeren.' } });
  await call(page, 'chooseRoute', { profileId: carla, route: 'a', why: 'Carla wil rust in de crisis.', needles: [1] });
  expect(existsSync(join(dataDir, 'profiles', carla))).toBe(true);

  // Deleting Carla (the one on screen) with her typed name: another coachee is opened first.
  await tabTo(page, coacheeBadge(page), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Coachees' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Carla Smit verwijderen' }));
  await page.keyboard.press('Enter');
  const remove = page.getByRole('dialog', { name: 'Carla Smit verwijderen?' });
  const typed = remove.getByRole('textbox', { name: 'Typ ter bevestiging de naam: Carla Smit' });
  await expect(typed).toBeFocused();
  await expect(remove).toContainText('Na het verwijderen opent de app de gegevens van Coach Willemijn.');
  await expectNoAxeViolations(page, 'delete coachee dialog');
  await page.screenshot({ path: screenshotPath('coachees-03-delete-nl') });
  await page.keyboard.type('Carla');
  await page.keyboard.press('Enter');
  await expect(remove.getByText('De naam komt niet overeen. Typ precies: Carla Smit')).toBeVisible();
  expect(existsSync(join(dataDir, 'profiles', carla))).toBe(true);
  await page.keyboard.type(' Smit');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Carla Smit is verwijderd, met alle gegevens en reservekopieën. U ziet nu de gegevens van Coach Willemijn.' })).toBeVisible();
  await expect(remove).toHaveCount(0);
  await expect(coacheeBadge(page)).toHaveText('Gegevens van Coach Willemijn');
  await expect(rows).toHaveCount(4);
  expect(existsSync(join(dataDir, 'profiles', carla))).toBe(false);
  expect(readdirSync(join(dataDir, 'profiles'))).toHaveLength(3);
  // Nothing of her remains anywhere in the data folder: not her id, her name or her texts.
  for (const needle of [carla, 'Carla Smit', 'Carla leert delegeren', 'Carla wil rust']) {
    expect(grepFiles(needle, dataDir), needle).toEqual([]);
  }

  // Switching coach mode off is refused while coachees remain, with the reason.
  await tabTo(page, page.getByRole('contentinfo').getByRole('link', { name: 'Instellingen' }), 120);
  await page.keyboard.press('Enter');
  await tabTo(page, coachSwitch);
  await page.keyboard.press('Space');
  await expect(page.getByText('De coachmodus blijft aan zolang er meer dan één profiel is (nu 3).', { exact: false })).toBeVisible();
  await expect(coachSwitch).toBeChecked();
  await expectNoAxeViolations(page, 'settings (coach mode on, refusal)');
  await page.screenshot({ path: screenshotPath('coachees-04-settings-refused-nl'), fullPage: true });

  // English, and 200 % zoom (the same page in half the CSS width).
  await tabTo(page, page.getByRole('radio', { name: 'Nederlands' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await tabTo(page, page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Coachees' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Coachees' })).toBeVisible();
  await expect(coacheeBadge(page)).toHaveText('Data of Coach Willemijn');
  await expectNoAxeViolations(page, 'coachees (en)');
  await page.screenshot({ path: screenshotPath('coachees-05-list-en'), fullPage: true });
  await page.setViewportSize({ width: 640, height: 450 });
  await expect(page.getByRole('table', { name: 'Your coachees' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('coachees-06-list-zoom200'), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'coachees (200 %)');
});

interface Coachee {
  readonly id: string;
  readonly name: string;
  /** The meetmoment's date (YYYY-MM-DD) and as the screens write it. */
  readonly date: string;
  readonly longDate: string;
  /** Texts that only this coachee's data contains. */
  readonly marks: readonly string[];
}

/**
 * Records every text added to the page (new nodes with their labels, changed text and labels),
 * except inside the coachees overview, which lists every coachee by design.
 */
async function recordTexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __texts: string[] };
    w.__texts = [];
    const LIST = '.coachees';
    const inList = (node: Node | null): boolean => {
      const element = node instanceof Element ? node : (node?.parentElement ?? null);
      return (element?.closest(LIST) ?? null) !== null;
    };
    const textOf = (node: Node): string => {
      if (inList(node)) return '';
      if (!(node instanceof Element)) return node.textContent ?? '';
      const copy = node.cloneNode(true) as Element;
      for (const list of copy.querySelectorAll(LIST)) list.remove();
      const labels = [...copy.querySelectorAll('[aria-label],[title]'), copy].map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`);
      return `${copy.textContent ?? ''} ${labels.join(' ')}`;
    };
    const start = () =>
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'characterData') w.__texts.push(textOf(r.target));
          if (r.type === 'attributes' && !inList(r.target)) w.__texts.push((r.target as Element).getAttribute(r.attributeName ?? '') ?? '');
          for (const node of r.addedNodes) w.__texts.push(textOf(node));
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'title', 'value'] });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  });
}

async function textsSince(page: Page, from: number): Promise<string> {
  return page.evaluate((n) => (window as unknown as { __texts: string[] }).__texts.slice(n).join('\n'), from);
}

async function textCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __texts: string[] }).__texts.length);
}

/** Each screen, and how to see that the coachee's data is on it. */
const SCREENS: readonly { hash: string; heading: string | RegExp; shown: (page: Page, who: Coachee) => ReturnType<Page['locator']> }[] = [
  { hash: '#/', heading: 'Mijn kompas', shown: (page, who) => page.getByText(`Meetmoment van ${who.longDate}`) },
  { hash: '#/kompas', heading: /^Meetmoment van/, shown: (page, who) => page.getByText(who.marks[1]!) },
  { hash: '#/routekaart', heading: 'Routekaart', shown: (page, who) => page.getByText(who.marks[2]!).first() },
  { hash: '#/verloop', heading: 'Verloop', shown: (page, who) => page.locator(`tr[data-date="${who.date}"]`).first() },
  { hash: '#/feedback', heading: 'Feedback van anderen (360°)', shown: (page, who) => page.getByText(who.marks[3]!).first() },
];

test('switching between coachees never shows a text of the other one, on any screen, also with a late answer', async ({ page, app }) => {
  test.setTimeout(150_000);
  await recordTexts(page);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  const base = app.url.split('#')[0]!;

  async function coachee(name: string, date: string, longDate: string, reflection: string, why: string, round: string): Promise<Coachee> {
    const { id } = (await call(page, 'createProfile', { name })) as { id: string };
    await call(page, 'createAssessment', { profileId: id, ...newAssessmentInput(date), reflections: { I: reflection } });
    await call(page, 'chooseRoute', { profileId: id, route: 'a', why, needles: [1] });
    await call(page, 'createRound', {
      profileId: id, name: round, leader: name, groups: ['collega', 'medewerker'], closesOn: null, returnTo: 'Secretariaat', managerNonAnonymous: false, language: 'nl',
    });
    return { id, name, date, longDate, marks: [name, reflection, why, round, longDate] };
  }
  const anna = await coachee('Anna Albers', '2026-02-10', '10 februari 2026', 'Zeilen op de Waddenzee leert geduld.', 'Anna wil de lange lijn vasthouden.', 'Ronde Noordzee');
  const bert = await coachee('Bert Bakker', '2026-03-05', '5 maart 2026', 'Wandelen op de Veluwe geeft overzicht.', 'Bert wil tegenspraak organiseren.', 'Ronde Veluwe');

  const openFromCoachees = async (who: Coachee) => {
    await page.goto(`${base}#/coachees`);
    await page.getByRole('button', { name: `De gegevens van ${who.name} openen` }).click();
    await expect(coacheeBadge(page)).toHaveText(`Gegevens van ${who.name}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeFocused();
  };
  await page.reload();
  await openFromCoachees(anna);

  for (const screen of SCREENS) {
    for (const [from, to] of [[anna, bert], [bert, anna]] as const) {
      // The screen with the first coachee's data on it.
      await page.goto(`${base}${screen.hash}`);
      await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
      await expect(screen.shown(page, from)).toBeVisible();
      // The switch begins: from here on no text of `from` may appear.
      await page.goto(`${base}#/coachees`);
      await expect(page.getByRole('heading', { level: 1, name: 'Coachees' })).toBeVisible();
      const mark = await textCount(page);
      await page.getByRole('button', { name: `De gegevens van ${to.name} openen` }).click();
      await expect(coacheeBadge(page)).toHaveText(`Gegevens van ${to.name}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeFocused();
      await page.goto(`${base}${screen.hash}`);
      await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
      await expect(screen.shown(page, to)).toBeVisible();
      if (screen.hash === '#/routekaart' && to === bert) await page.screenshot({ path: screenshotPath('coachees-07-routekaart-bert-nl') });
      const added = await textsSince(page, mark);
      expect(added, 'the recorder sees the new coachee').toContain(to.name);
      for (const text of from.marks) expect(added, `${screen.hash}: ${from.name} → ${to.name}`).not.toContain(text);
    }
  }

  // A late answer: Bert's routekaart is asked for, its answer held back, and Anna opened meanwhile.
  await openFromCoachees(bert);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let heldBack = false;
  await page.route('**/api/getPlan', async (route) => {
    if ((route.request().postData() ?? '').includes(bert.id)) {
      heldBack = true;
      await held;
    }
    await route.continue();
  });
  await page.goto(`${base}#/routekaart`);
  await expect.poll(() => heldBack).toBe(true);
  const mark = await textCount(page);
  await page.goto(`${base}#/coachees`);
  await page.getByRole('button', { name: `De gegevens van ${anna.name} openen` }).click();
  await expect(coacheeBadge(page)).toHaveText(`Gegevens van ${anna.name}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeFocused();
  await page.goto(`${base}#/routekaart`);
  await expect(page.getByText(anna.marks[2]!).first()).toBeVisible();
  // Bert's plan arrives now, after the switch: it must be dropped.
  const late = page.waitForResponse((r) => r.url().endsWith('/api/getPlan') && (r.request().postData() ?? '').includes(bert.id));
  release();
  expect((await late).ok()).toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(page.getByText(anna.marks[2]!).first()).toBeVisible();
  const added = await textsSince(page, mark);
  expect(added).not.toContain(bert.marks[2]);
  expect(added).toContain(anna.marks[2]);
  await page.unroute('**/api/getPlan');
});
