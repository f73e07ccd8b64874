/**
 * The renderer words every error code in Dutch and English: main sends codes with params, the user
 * reads calm sentences in the language they chose — as specific as before (route, needle, dimension,
 * field), and in English the English text.
 */
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { AppState } from '@shared/contract/api';
import { ERROR_CODES, type ApiErrorPayload, type ErrorCode, type ErrorParams } from '@shared/contract/errors';
import { describeIssues } from '@shared/contract/validationMessages';
import { newAssessmentSchema } from '@shared/features/assessment/contract';
import type { Lang } from '@shared/kernel/compass/model';
import { initI18n } from '@renderer/src/app/i18n';
import { useSession } from '@renderer/src/app/session';
import { ProblemNotice } from '@renderer/src/ui/ProblemNotice';
import { problemText } from '@renderer/src/ui/problemText';
import { newAssessmentInput } from '../../../fixtures/assessment';

beforeAll(async () => {
  await initI18n('nl');
});
afterEach(async () => {
  await i18next.changeLanguage('nl');
});

function words(problem: ApiErrorPayload, lang: Lang) {
  return problemText(problem, { t: i18next.getFixedT(lang), lang });
}

/** Params for every code (a type error here means a code was added without an example). */
const EXAMPLES: { [C in ErrorCode]: ErrorParams<C> } = {
  'invalid-input': {},
  'unreadable-input': {},
  'unknown-operation': {},
  'untrusted-sender': {},
  internal: {},
  'connection-lost': {},
  'no-access': {},
  'storage-write-failed': { document: 'plan' },
  'storage-newer-version': { document: 'round' },
  'storage-read-only': { document: 'settings' },
  'data-folder-in-use': { dir: '/home/anna/.ambtelijk-kompas' },
  'profile-not-found': {},
  'report-file-refused': { reason: 'below-k' },
  'report-not-publishable': { reason: 'too-large' },
  'round-held-by-coach': { round: 'Najaar 2026' },
  'coach-mode-profiles': { count: 3 },
  'assessment-not-found': {},
  'assessment-date-in-future': {},
  'round-not-found': {},
  'round-open': { round: 'Najaar 2026' },
  'round-closed': { round: 'Najaar 2026' },
  'round-closes-in-past': { closesOn: '1999-01-01', today: '2026-11-30' },
  'round-name-mismatch': { round: 'Najaar 2026' },
  'group-not-asked': { group: 'collega' },
  'respond-form-missing': {},
  'round-key-desktop-only': {},
  'round-key-unreadable': {},
  'needle-outside-dimension': { route: 'b', needle: 5, dimension: 'I' },
  'duplicate-needle': { route: 'b', needle: 1 },
  'duplicate-route': { route: 'a' },
  'duplicate-action-id': { route: 'a' },
  'duplicate-reflection-id': { route: 'a' },
  'duplicate-conversation-id': {},
  'conversation-route-not-chosen': { route: 'c' },
  'route-not-in-plan': { route: 'j' },
  'action-not-found': {},
  'conversation-not-found': {},
  'reflection-date-in-future': {},
  'conversation-date-in-future': {},
  'status-step-via': { route: 'a', from: 'gepland', to: 'afgerond', via: 'onderweg' },
  'status-step-refused': { route: 'a', from: 'onderweg', to: 'gepland' },
  'pdf-failed': {},
  'pdf-write-failed': {},
  'note-not-found': {},
  'note-empty': {},
  'note-date-in-future': { date: '2026-12-01', today: '2026-11-30' },
  'note-next-session-before-date': { date: '2026-11-30', nextSession: '2026-11-01' },
  'backup-file-refused': { reason: 'wrong-passphrase-or-altered' },
  'backup-passphrase-too-short': { min: 10 },
  'backup-preview-expired': {},
  'backup-too-large': {},
  'backup-undo-unavailable': {},
};

const example = (code: ErrorCode) => ({ code, params: EXAMPLES[code] }) as ApiErrorPayload;

describe('every error code', () => {
  it.each(ERROR_CODES.flatMap((code) => [[code, 'nl'] as const, [code, 'en'] as const]))('%s is worded in %s', (code, lang) => {
    const { message, details } = words(example(code), lang);
    for (const line of [message, ...details]) {
      expect(line).toMatch(/^\S.*[.:)]$/);
      expect(line).not.toMatch(/{{|}}|errors\.|undefined/);
    }
  });

  it('differs between Dutch and English', () => {
    for (const code of ERROR_CODES) expect(words(example(code), 'en').message, code).not.toBe(words(example(code), 'nl').message);
  });

  it('says nothing was changed when the routekaart refuses a change', () => {
    const plan = ERROR_CODES.filter((c) => /route|needle|action|conversation|reflection|status-step|duplicate/.test(c));
    expect(plan.length).toBeGreaterThanOrEqual(14);
    for (const code of plan) {
      expect(words(example(code), 'nl').message, code).toMatch(/Er is niets gewijzigd\.$/);
      expect(words(example(code), 'en').message, code).toMatch(/Nothing has been changed\.$/);
    }
  });
});

describe('the routekaart’s refusals stay as specific as before', () => {
  it('in Dutch, word for word', () => {
    expect(words({ code: 'duplicate-route', params: { route: 'a' } }, 'nl')).toEqual({
      message: 'Route a (Gebruik crisislogica) staat al op uw routekaart. Er is niets gewijzigd.',
      details: [],
    });
    expect(words({ code: 'needle-outside-dimension', params: { route: 'b', needle: 5, dimension: 'I' } }, 'nl')).toEqual({
      message: 'Naald 5 hoort niet bij dimensie I (Turbulente tijd) van route b. Er is niets gewijzigd.',
      details: ['Route b (Kunnen versnellen én durven vertragen) hoort bij dimensie I (Turbulente tijd); kies naald 1 en/of 2.'],
    });
    expect(words({ code: 'route-not-in-plan', params: { route: 'j' } }, 'nl').message).toBe(
      'Route j (Hard skills, zoals kennis, én soft skills) staat niet (meer) op uw routekaart. Er is niets gewijzigd.',
    );
    expect(words({ code: 'status-step-via', params: { route: 'a', from: 'gepland', to: 'afgerond', via: 'onderweg' } }, 'nl')).toEqual({
      message: "Route a (Gebruik crisislogica) staat op 'gepland' en kan niet rechtstreeks naar 'afgerond'; zet hem eerst op 'onderweg'. Er is niets gewijzigd.",
      details: ['Een route is pas af als u hem onderweg bent geweest.'],
    });
    expect(words({ code: 'conversation-route-not-chosen', params: { route: 'c' } }, 'nl').message).toBe(
      'Route c (Openheid tonen; niet alles openbaar maken) staat niet op uw routekaart; kies een route van uw routekaart of geen route. Er is niets gewijzigd.',
    );
    expect(words({ code: 'reflection-date-in-future', params: {} }, 'nl')).toEqual({
      message: 'De datum van de reflectie ligt in de toekomst. Er is niets gewijzigd.',
      details: ['Kies vandaag of een eerdere datum.'],
    });
  });

  it('in English, with the English names of route and dimension', () => {
    expect(words({ code: 'needle-outside-dimension', params: { route: 'b', needle: 5, dimension: 'I' } }, 'en')).toEqual({
      message: 'Needle 5 does not belong to dimension I (Turbulent times) of route b. Nothing has been changed.',
      details: ['Route b (Being able to speed up and daring to slow down) belongs to dimension I (Turbulent times); choose needle 1 and/or 2.'],
    });
    expect(words({ code: 'status-step-via', params: { route: 'a', from: 'gepland', to: 'afgerond', via: 'onderweg' } }, 'en')).toEqual({
      message: "Route a (Use crisis logic) is 'planned' and cannot go straight to 'completed'; set it to 'under way' first. Nothing has been changed.",
      details: ['A route is complete only after you have been under way on it.'],
    });
  });

  it('lists further problems and one hint per route', () => {
    const problem: ApiErrorPayload = {
      code: 'duplicate-route',
      params: { route: 'b' },
      issues: [
        { path: [], code: 'needle-outside-dimension', params: { route: 'b', needle: 5, dimension: 'I' } },
        { path: [], code: 'needle-outside-dimension', params: { route: 'b', needle: 6, dimension: 'I' } },
      ],
    };
    expect(words(problem, 'nl').details).toEqual([
      'Naald 5 hoort niet bij dimensie I (Turbulente tijd) van route b.',
      'Naald 6 hoort niet bij dimensie I (Turbulente tijd) van route b.',
      'Route b (Kunnen versnellen én durven vertragen) hoort bij dimensie I (Turbulente tijd); kies naald 1 en/of 2.',
    ]);
  });
});

describe('invalid input: the field and the problem', () => {
  type Loose = Record<string, unknown> & { answers: Record<string, unknown> };
  const input = (change: (value: Loose) => void): unknown => {
    const value = structuredClone(newAssessmentInput('2024-05-01')) as unknown as Loose;
    change(value);
    return value;
  };
  const lines = (schema: z.ZodType, value: unknown, lang: Lang) => {
    const issues = describeIssues(schema.safeParse(value).error?.issues ?? [], value);
    return words({ code: 'invalid-input', params: {}, issues }, lang);
  };

  it.each([
    [input((v) => (v.answers['1.1'] = 6)), 'Het antwoord op vraag 1.1 moet een getal van 1 tot en met 5 zijn, of "kan ik niet beoordelen".', 'The answer to question 1.1 must be a number from 1 to 5, or "cannot judge".'],
    [input((v) => delete v.answers['1.1']), 'Het antwoord op vraag 1.1 ontbreekt.', 'The answer to question 1.1 is missing.'],
    [input((v) => (v.targets = { '3': 9 })), 'Het doel voor naald 3 moet een van deze waarden zijn: 1, 2, 3, 4, 5.', 'The target for needle 3 must be one of these values: 1, 2, 3, 4, 5.'],
    [input((v) => (v.reflections = { II: 'x'.repeat(2001) })), 'De reflectie bij dimensie II is te lang (ten hoogste 2000 tekens).', 'The reflection on dimension II is too long (at most 2000 characters).'],
    [input((v) => (v.date = '2025-02-30')), 'De datum is geen bestaande datum (verwacht: jjjj-mm-dd).', 'The date is not a date that exists (expected: yyyy-mm-dd).'],
    [input((v) => delete v.date), 'De datum ontbreekt.', 'The date is missing.'],
    [input((v) => (v.score = 5)), 'De invoer bevat onbekende onderdelen: score.', 'The input has parts the app does not know: score.'],
    [input((v) => (v.answers['11.1'] = 3)), 'De antwoorden bevatten onbekende onderdelen: 11.1.', 'The answers have parts the app does not know: 11.1.'],
    [input((v) => delete (v as Record<string, unknown>).answers), 'De antwoorden ontbreken.', 'The answers are missing.'],
  ])('%#', (value, nl, en) => {
    expect(lines(newAssessmentSchema, value, 'nl')).toMatchObject({ message: 'De invoer klopt niet. Er is niets opgeslagen of gewijzigd.' });
    expect(lines(newAssessmentSchema, value, 'nl').details).toContain(nl);
    expect(lines(newAssessmentSchema, value, 'en').details).toContain(en);
  });

  it('says how many more problems there are', () => {
    expect(lines(newAssessmentSchema, input((v) => (v.answers = {})), 'nl').details.at(-1)).toBe('En nog 12 andere problemen.');
    expect(lines(newAssessmentSchema, input((v) => (v.answers = {})), 'en').details.at(-1)).toBe('And 12 other problems.');
  });

  it('names fields of the routekaart and a field it has no name for by its path', () => {
    const problem: ApiErrorPayload = {
      code: 'invalid-input',
      params: {},
      issues: [
        { path: ['due'], code: 'not-a-date', params: {} },
        { path: ['companions', '2'], code: 'too-long', params: { max: 80 } },
        { path: ['draft', 'step'], code: 'too-high', params: { max: 20 } },
        { path: ['questionnaire', 'version'], code: 'invalid', params: {} },
        { path: ['managerNonAnonymous'], code: 'manager-not-asked', params: {} },
      ],
    };
    expect(words(problem, 'nl').details).toEqual([
      'De datum waarop de actie klaar moet zijn is geen bestaande datum (verwacht: jjjj-mm-dd).',
      'Reisgenoot 3 is te lang (ten hoogste 80 tekens).',
      'De stap is te hoog (ten hoogste 20).',
      "Het veld 'questionnaire.version' heeft een ongeldige waarde.",
      'Een niet-anonieme leidinggevende kan alleen als de groep leidinggevende is gevraagd.',
    ]);
    expect(words(problem, 'en').details[1]).toBe('Fellow traveller 3 is too long (at most 80 characters).');
  });
});

describe('ProblemNotice', () => {
  const problem: ApiErrorPayload = { code: 'round-closed', params: { round: 'Najaar 2026' } };

  it('shows a Dutch user the Dutch text', () => {
    useSession.setState({ state: { language: 'nl' } as AppState });
    render(<ProblemNotice problem={problem} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Dat is niet gelukt' + 'De feedbackronde "Najaar 2026" is gesloten; er kunnen geen uitnodigingen meer uit.',
    );
  });

  it('shows an English user the English text, details included', async () => {
    await i18next.changeLanguage('en');
    useSession.setState({ state: { language: 'en' } as AppState });
    render(<ProblemNotice problem={{ code: 'invalid-input', params: {}, issues: [{ path: ['date'], code: 'missing', params: {} }] }} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('That did not work');
    expect(alert.textContent).toContain('The input is not valid. Nothing has been saved or changed.');
    expect(screen.getByRole('listitem').textContent).toBe('The date is missing.');
    expect(alert.textContent).not.toMatch(/klopt|ontbreekt/);
  });
});
