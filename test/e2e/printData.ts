/**
 * A coachee with realistic data for the print tests and the pdf-coach-report bench, set up through the
 * app's own API from the page: a name, two meetmomenten with targets and reflections, a routekaart with
 * two routes and actions, a shared and a coach-only session note, and a closed 360° round of eight
 * respondents with comments (answers encrypted with the real crypto, as report-sets.spec.ts does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId } from '@shared/kernel/compass/model';
import type { RaterGroup } from '@shared/features/exchange/formats';
import type { OwnRoundDocument, RoundSummary } from '@shared/features/feedback/schemas';
import { CURRENT_QUESTIONNAIRE_VERSION } from '@shared/kernel/compass/questionnaires';
import { localIsoDate } from '@shared/kernel/dates';
import { payload, responseFileText } from '../fixtures/feedback';
import { callApi } from './fixtures';

export const COACHEE = 'Anneke de Vries-Bakker';
export const SHARED_NOTE = 'Afgesproken: elke maand een open gesprek met de wethouders plannen.';
export const COACH_NOTE = 'Alleen voor mij: zij twijfelt over haar volgende stap.';
export const ROUND_NAME = 'Najaar 2026';

const needleOf = (id: string) => Number(id.split('.')[0]);
const answers = (value: (id: ItemId) => Answer) => Object.fromEntries(ALL_ITEM_IDS.map((id) => [id, value(id)])) as Record<ItemId, Answer>;

function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return localIsoDate(d);
}

async function ok<T>(page: Page, name: string, input: Record<string, unknown>, scoped = true): Promise<T> {
  const result = await callApi(page, name, input, scoped);
  if (!result.ok) throw new Error(`${name}: ${result.error?.code ?? '?'}`);
  return result.value as T;
}

const RESPONDENTS: { group: RaterGroup; value: (id: ItemId) => Answer; keepDoing?: string; startDoing?: string }[] = [
  { group: 'leidinggevende', value: (id) => (needleOf(id) <= 5 ? 4 : 3), keepDoing: 'Houd de lijnen met het bestuur kort.' },
  { group: 'collega', value: (id) => (needleOf(id) % 2 === 0 ? 3 : 4), startDoing: 'Deel vaker wat u twijfelachtig vindt.' },
  { group: 'collega', value: () => 3 },
  { group: 'collega', value: (id) => (needleOf(id) === 6 ? 2 : 4) },
  { group: 'medewerker', value: () => 5, keepDoing: 'Geef ons het vertrouwen dat u nu geeft.' },
  { group: 'medewerker', value: (id) => (needleOf(id) === 9 ? 3 : 4) },
  { group: 'medewerker', value: () => 4 },
  { group: 'medewerker', value: (id) => (needleOf(id) <= 2 ? 5 : 4) },
];

export interface CoacheeData {
  readonly profileId: string;
  readonly latestAssessmentId: string;
  readonly roundId: string;
}

/** Sets up the coachee in the active profile of the app open in `page`; `dataDir` is the app's data folder. */
export async function setUpCoachee(page: Page, dataDir: string): Promise<CoacheeData> {
  const { activeProfileId: profileId } = await ok<{ activeProfileId: string }>(page, 'getAppState', {}, false);
  await ok(page, 'renameProfile', { name: COACHEE });
  const base = { questionnaire: { id: 'kompas', version: CURRENT_QUESTIONNAIRE_VERSION } };
  await ok(page, 'createAssessment', {
    ...base,
    date: daysAgo(200),
    answers: answers((id) => (needleOf(id) % 3 === 0 ? 2 : 3)),
    targets: { '1': 4, '3': 4, '6': 4 },
    reflections: { I: 'Ik wil meer richting geven in onzekere tijden.' },
  });
  const latest = await ok<{ id: string }>(page, 'createAssessment', {
    ...base,
    date: daysAgo(20),
    answers: answers((id) => (([3, 4, 2, 3, 4, 2, 4, 3, 3, 4] as const)[needleOf(id) - 1] ?? 3)),
    targets: { '1': 4, '2': 5, '3': 4, '4': 4, '6': 4, '8': 4, '9': 4, '10': 5 },
    reflections: {
      I: 'Ik geef meer richting dan een jaar geleden, maar benoem de onzekerheid nog te weinig.',
      II: 'De verbinding met de samenleving is mijn grootste opgave: ik zit te veel binnen.',
      IV: 'Ik wil vaker de ruimte geven en minder zelf oplossen.',
    },
  });
  await ok(page, 'chooseRoute', { route: 'c', why: 'Meer van buiten naar binnen werken.', needles: [3] });
  await ok(page, 'setRouteStatus', { route: 'c', status: 'onderweg' });
  await ok(page, 'addAction', { route: 'c', what: 'Twee werkbezoeken per kwartaal in de regio', due: daysAgo(-40), companions: ['Karim', 'Els'] });
  await ok(page, 'addAction', { route: 'c', what: 'Een burgerpanel bijwonen', due: null, companions: [] });
  await ok(page, 'chooseRoute', { route: 'a', why: 'Richting geven als het spannend wordt.', needles: [1, 2] });
  await ok(page, 'addAction', { route: 'a', what: 'Elke crisis afsluiten met een korte evaluatie', due: daysAgo(-90), companions: ['MT'] });
  const note = (fields: Record<string, unknown>) => ({ id: null, routes: [], needles: [], nextSession: null, ...fields });
  await ok(page, 'saveNote', { note: note({ date: daysAgo(10), topics: 'Het gesprek met de wethouders en de eigen rol daarin.', agreements: SHARED_NOTE, routes: ['c'], needles: [3], nextSession: daysAgo(-20), audience: 'shared' }) });
  await ok(page, 'saveNote', { note: note({ date: daysAgo(9), topics: COACH_NOTE, agreements: '', audience: 'coach' }) });

  const round = await ok<RoundSummary>(page, 'createRound', {
    name: ROUND_NAME,
    leader: COACHEE,
    groups: ['leidinggevende', 'collega', 'medewerker'],
    closesOn: null,
    returnTo: 'Secretariaat DG',
    managerNonAnonymous: false,
    language: 'nl',
  });
  const doc = JSON.parse(readFileSync(join(dataDir, 'profiles', profileId, 'rounds', `${round.id}.json`), 'utf8')) as OwnRoundDocument;
  const files = await Promise.all(
    RESPONDENTS.map(async (r, i) => {
      const comments = { ...(r.keepDoing ? { keepDoing: r.keepDoing } : {}), ...(r.startDoing ? { startDoing: r.startDoing } : {}) };
      const content = await responseFileText(payload(r.group, i, { answers: answers(r.value), comments }), round.id, doc.round.publicKey);
      return { name: `antwoord-${i}.json`, size: content.length, content };
    }),
  );
  await ok(page, 'importResponses', { files });
  await ok(page, 'closeRound', { id: round.id });
  return { profileId, latestAssessmentId: latest.id, roundId: round.id };
}
