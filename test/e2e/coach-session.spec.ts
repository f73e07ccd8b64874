/**
 * Issue #10, the first "Done when", as one coaching session in Chromium. On the coachee's laptop (a
 * second data folder) the coachee fills a meetmoment, chooses a route, closes a 360° round answered
 * through the real form and makes a profile file. The coach, by keyboard: coach mode and three
 * coachees; the profile file brought in after a preview; a shared and a coach-only note on a route;
 * the presentation with the comments hidden (absent from the page on every slide); the coach report
 * as a tagged A4 PDF checked with poppler-utils; the profile file made back and opened on the laptop
 * (the shared note with it); the coachee deleted, and nothing of them left in the coach's data folder.
 */
import { mkdtempSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { NEEDLES } from '@shared/kernel/compass/content';
import { completeAssessmentByKeyboard, type Value } from './assessmentSteps';
import { closedRoundByForm, grepFiles, makeProfileFile, openProfileFile, press, printPdf, typeInto, type Respondent } from './coachSessionSteps';
import { callApi, expect, expectNoAxeViolations, screenshotPath, startApp, tabTo, test } from './fixtures';

const COACHEE = 'Fenna Oosterhout-Lambrechts';
const PASSPHRASE = 'zeilen op het IJsselmeer in juni';
const REFLECTION = 'Ik wil de onzekerheid in het MT eerder hardop benoemen, ook zonder antwoord.';
const ROUTE_WHY = 'Na de reorganisatie wil ik koers houden als het stormt.';
const ROUND = 'Voorjaar 2027';
const SHARED_NOTE = 'Afspraak: vóór de zomer twee werkbezoeken bij de uitvoering in Zwolle.';
const COACH_NOTE = 'Voor mij: let op vermoeidheid rond de begrotingsronde.';
const RESPONDENTS: readonly Respondent[] = [
  { group: 'collega', value: 4, keepDoing: 'Houdt het overleg met de regio open en eerlijk.' },
  { group: 'collega', value: 3, keepDoing: 'Blijft kalm wanneer de minister haast heeft.' },
  { group: 'collega', value: 4, keepDoing: 'Zegt hardop wat nog niet bekend is.' },
  { group: 'medewerker', value: 5, keepDoing: 'Neemt de tijd voor ieder gesprek op de werkvloer.' },
  { group: 'medewerker', value: 4, keepDoing: 'Viert kleine successen met het hele team.' },
  { group: 'medewerker', value: 3, keepDoing: 'Vraagt door tot het echte probleem op tafel ligt.' },
];
const COMMENTS = RESPONDENTS.map((r) => r.keepDoing);
const ANSWERS = Object.fromEntries(NEEDLES.flatMap((n) => [[`${n.id}.1`, ((n.id % 4) + 2) as Value], [`${n.id}.2`, 3 as Value]])) as Record<string, Value>;
const TARGETS = Object.fromEntries(NEEDLES.map((n) => [n.id, 4])) as Record<number, number>;
const OUT = resolve(import.meta.dirname, '../../test-results/coach-session');

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

async function openFilesScreen(page: Page): Promise<void> {
  await press(page, page.getByRole('contentinfo').getByRole('link', { name: 'Reservekopie en overzetten' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Reservekopie en profielbestanden' })).toBeFocused();
}

/** On the coachee's laptop: a meetmoment with a reflection, a route, a closed round; the profile file, at `file`. */
async function coacheeLaptop(page: Page, context: Parameters<typeof closedRoundByForm>[1], url: string, file: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
  expect((await callApi(page, 'renameProfile', { name: COACHEE })).ok).toBe(true);
  await press(page, page.getByRole('link', { name: 'Nieuw meetmoment starten' }));
  await completeAssessmentByKeyboard(page, ANSWERS, TARGETS, [REFLECTION]);
  await press(page, menu(page).getByRole('link', { name: 'Routekaart' }));
  await press(page, page.getByTestId('choose-route-a'));
  await page.keyboard.type(ROUTE_WHY);
  await press(page, page.getByRole('button', { name: 'Route toevoegen' }));
  await expect(page.getByTestId('route-card-a')).toContainText(ROUTE_WHY);
  await closedRoundByForm(page, context, ROUND, RESPONDENTS, test.info().outputPath('respondents'));
  await openFilesScreen(page);
  expect(await makeProfileFile(page, PASSPHRASE, file)).toMatch(/^kompas-profiel-Fenna-Oosterhout-Lambrechts-\d{4}-\d{2}-\d{2}\.json$/);
}

test('a coaching session: profile file in, notes, presentation, coach report PDF, profile file back, coachee deleted', async ({ page, context, app, dataDir }) => {
  test.setTimeout(420_000);
  const laptopDir = mkdtempSync(join(tmpdir(), 'kompas-e2e-laptop-'));
  const files = mkdtempSync(join(tmpdir(), 'kompas-e2e-files-'));
  const laptop = await startApp(laptopDir);
  // The browser's print window is the user's business; page.pdf prints here.
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  try {
    // 1. The coachee's laptop.
    const profileFile = join(files, 'profiel-van-fenna.json');
    await coacheeLaptop(page, context, laptop.url, profileFile);

    // 2. The coach: coach mode in the settings, three coachees, the profile file after its preview.
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeFocused();
    await press(page, page.getByRole('contentinfo').getByRole('link', { name: 'Instellingen' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeFocused();
    await press(page, page.getByRole('checkbox', { name: 'Coachmodus aan' }), 'Space');
    await expect(page.getByRole('status').filter({ hasText: 'De coachmodus staat aan.' })).toBeVisible();
    await expectNoAxeViolations(page, 'settings, coach mode on');
    await press(page, menu(page).getByRole('link', { name: 'Coachees' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Coachees' })).toBeFocused();
    const nameInput = page.getByRole('textbox', { name: 'Naam van de coachee' });
    for (const name of ['Joost van Dam', 'Mirjam Haverkamp', 'Sanne Kuipers']) {
      await tabTo(page, nameInput);
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: `${name} is toegevoegd.` })).toBeVisible();
    }
    const rows = page.getByRole('table', { name: 'Uw coachees' }).getByRole('row');
    await expect(rows).toHaveCount(5); // header, the coach's own profile, three coachees
    await expectNoAxeViolations(page, 'coachees (three added)');

    await openFilesScreen(page);
    const incoming = await openProfileFile(page, profileFile, PASSPHRASE);
    const preview = incoming.getByRole('group', { name: 'In dit profielbestand' });
    await expect(preview.getByRole('heading', { level: 3, name: 'In dit profielbestand' })).toBeFocused();
    await expect(preview).toContainText(COACHEE);
    await expect(preview).toContainText('1 meetmoment · 1 feedbackronde · 1 route op de routekaart');
    await expectNoAxeViolations(page, 'profile file preview');
    await press(page, preview.getByRole('button', { name: 'Profiel toevoegen' }));
    await expect(incoming.getByRole('status').filter({ hasText: `Het profiel ${COACHEE} is binnengehaald.` })).toBeVisible();
    await expectNoAxeViolations(page, 'profile file brought in');
    await press(page, incoming.getByRole('button', { name: 'Dit profiel openen' }));
    const badge = page.getByRole('banner').getByRole('link', { name: /^U ziet de gegevens van/ });
    await expect(badge).toHaveText(`Gegevens van ${COACHEE}`);
    const state = (await callApi(page, 'getAppState', {}, false)).value as { activeProfileId: string; profiles: { id: string; name: string }[] };
    const coacheeId = state.activeProfileId;
    expect(state.profiles.find((p) => p.id === coacheeId)?.name).toBe(COACHEE);

    // 3. Two session notes on route a: one shared, one for the coach only (chosen first).
    await press(page, menu(page).getByRole('link', { name: 'Gespreksverslagen' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Gespreksverslagen' })).toBeFocused();
    const notes = page.getByTestId('note');
    for (const [text, shared] of [[SHARED_NOTE, true], [COACH_NOTE, false]] as const) {
      await press(page, page.getByRole('button', { name: 'Nieuw verslag' }));
      await expect(page.getByRole('heading', { level: 2, name: 'Nieuw gespreksverslag' })).toBeFocused();
      if (shared) await expectNoAxeViolations(page, 'new session note form');
      await typeInto(page, page.getByLabel('Wat is er besproken?'), shared ? 'De werkbezoeken en de eigen rol daarin.' : 'Energie en belasting.');
      await typeInto(page, page.getByLabel('Wat hebt u afgesproken?'), text);
      await press(page, page.getByRole('checkbox', { name: /^Route a:/ }), 'Space');
      await tabTo(page, page.getByRole('radio', { name: 'Alleen de coach' }));
      if (shared) await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('radio', { name: shared ? 'Gedeeld met de coachee' : 'Alleen de coach' })).toBeChecked();
      await press(page, page.getByRole('button', { name: 'Verslag opslaan' }));
      await expect(notes.filter({ hasText: text })).toHaveCount(1);
    }
    await expect(notes).toHaveCount(2);
    await expect(notes.filter({ hasText: SHARED_NOTE })).toContainText('Gedeeld met de coachee');
    await expect(notes.filter({ hasText: COACH_NOTE })).toContainText('Alleen voor de coach');
    for (const text of [SHARED_NOTE, COACH_NOTE]) await expect(notes.filter({ hasText: text }).getByRole('link', { name: /^Route a:/ })).toBeVisible();
    await expectNoAxeViolations(page, 'two session notes');

    // 4. The presentation with the comments hidden: on no slide are they in the page.
    await press(page, menu(page).getByRole('link', { name: 'Presentatie' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Presentatie voorbereiden' })).toBeFocused();
    const hideComments = page.getByRole('checkbox', { name: 'De letterlijke opmerkingen uit de 360°-feedback' });
    await press(page, hideComments, 'Space');
    await expect(hideComments).toBeChecked();
    await expectNoAxeViolations(page, 'presentation: preparation, comments hidden');
    const start = page.getByRole('button', { name: 'Presentatie starten' });
    await press(page, start);
    const counter = page.getByTestId('present-counter');
    await expect(counter).toHaveText(/^1 van \d+$/);
    const slides = Number(/van (\d+)/.exec((await counter.textContent()) ?? '')?.[1]);
    expect(slides).toBeGreaterThanOrEqual(5);
    const titles: string[] = [];
    for (let i = 1; i <= slides; i++) {
      await expect(counter).toHaveText(`${i} van ${slides}`);
      titles.push((await page.getByTestId('presentation').getByRole('heading', { level: 1 }).textContent()) ?? '');
      const html = await page.content();
      for (const comment of COMMENTS) expect(html.includes(comment), `"${comment}" on slide ${i}`).toBe(false);
      await expectNoAxeViolations(page, `presentation slide ${i}`);
      await page.screenshot({ path: screenshotPath(`coach-session-present-${i}`) });
      await page.keyboard.press('ArrowRight');
    }
    expect(titles).toContain('Routekaart');
    expect(titles).toContain('360°-feedback: wat valt op');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation')).toHaveCount(0);
    await expect(start).toBeFocused();

    // 5. The coach report: chosen by keyboard (the round's figures, no comments), then the print route as PDF.
    await press(page, menu(page).getByRole('link', { name: 'Mijn kompas' }));
    await press(page, page.getByRole('link', { name: 'Coachrapport samenstellen' }));
    await expect(page.getByRole('heading', { level: 1, name: 'Coachrapport samenstellen' })).toBeFocused();
    await press(page, page.getByRole('radio', { name: 'Geen cijfers uit een feedbackronde' }), 'ArrowDown');
    await expect(page.getByRole('radio', { name: ROUND })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Ook de letterlijke opmerkingen opnemen' })).not.toBeChecked();
    await expectNoAxeViolations(page, 'coach report choice');
    await press(page, page.getByRole('button', { name: 'Als PDF bewaren' }));
    await expect(page.locator('html[data-print-ready="yes"]')).toBeAttached();
    expect(page.url()).toMatch(/#\/afdrukken\/coachrapport\//);
    await expect(page.getByRole('heading', { level: 1, name: `Ontwikkeling van ${COACHEE}` })).toBeVisible();
    await expectNoAxeViolations(page, 'coach report print route');
    // In print the whole page is white: no grey of the app's page below the end of the last page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ media: null });
    const pdf = await printPdf(page, OUT, 'coach-report');
    expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.info).toMatch(/^Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)$/m);
    pdf.pageTexts.forEach((text, i) => expect(text.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(`Pagina ${i + 1} van ${pdf.pages}`));
    expect(pdf.text).toContain(COACHEE);
    for (const needle of NEEDLES) expect(pdf.text, `needle ${needle.id}`).toContain(needle.name.nl);
    expect(pdf.text).toContain(SHARED_NOTE);
    expect(pdf.text).not.toContain(COACH_NOTE);
    for (const comment of COMMENTS) expect(pdf.text).not.toContain(comment);

    // 6. The profile file back, opened on the laptop with "replace": the shared note comes with it.
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
    await expect(badge).toHaveText(`Gegevens van ${COACHEE}`);
    await openFilesScreen(page);
    const back = join(files, 'terug-naar-fenna.json');
    await makeProfileFile(page, PASSPHRASE, back);
    await expectNoAxeViolations(page, 'profile file made back');
    await page.goto(laptop.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn kompas' })).toBeVisible();
    await openFilesScreen(page);
    const onLaptop = await openProfileFile(page, back, PASSPHRASE);
    await expect(onLaptop.getByRole('group', { name: 'Dit profiel staat al in de app' })).toBeVisible();
    await expect(onLaptop.getByRole('radio', { name: /Vervangen/ })).toBeChecked();
    await press(page, onLaptop.getByRole('button', { name: 'Binnenhalen' }));
    await expect(onLaptop.getByRole('status').filter({ hasText: `Het profiel ${COACHEE} is binnengehaald.` })).toBeVisible();
    const laptopNotes = (await callApi(page, 'listNotes', {})).value as { notes: { agreements: string }[] };
    expect(laptopNotes.notes.map((n) => n.agreements)).toContain(SHARED_NOTE);
    // The coach's own note never travels in a profile file.
    expect(JSON.stringify(laptopNotes)).not.toContain(COACH_NOTE);

    // 7. The coach deletes the coachee with the typed name; nothing of them remains.
    await page.goto(app.url);
    await press(page, menu(page).getByRole('link', { name: 'Coachees' }));
    await press(page, page.getByRole('button', { name: `${COACHEE} verwijderen` }));
    const remove = page.getByRole('dialog', { name: `${COACHEE} verwijderen?` });
    await expect(remove.getByRole('textbox', { name: `Typ ter bevestiging de naam: ${COACHEE}` })).toBeFocused();
    await expectNoAxeViolations(page, 'delete coachee dialog');
    await page.keyboard.type(COACHEE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `${COACHEE} is verwijderd, met alle gegevens en reservekopieën.` })).toBeVisible();
    await expect(rows).toHaveCount(5);
    await expectNoAxeViolations(page, 'coachees after deleting');
    expect(existsSync(join(dataDir, 'profiles', coacheeId))).toBe(false);
    expect(readdirSync(join(dataDir, 'profiles'))).toHaveLength(4);
    for (const needle of [coacheeId, COACHEE, SHARED_NOTE, COACH_NOTE, REFLECTION, ROUTE_WHY, ROUND, ...COMMENTS]) {
      expect(grepFiles(needle, dataDir), needle).toEqual([]);
    }
  } finally {
    await laptop.stop();
    rmSync(laptopDir, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  }
});
