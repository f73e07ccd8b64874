/**
 * The presentation view inside the whole app, against the real services. Only the latest closed
 * 360° round is answered by a given handler (a round with figures takes the whole import to make for
 * real; the e2e test makes one from real form answers), still checked by the contract.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { RoundSummary } from '@shared/features/feedback/schemas';
import { initI18n } from '@renderer/src/app/i18n';
import { App } from '@renderer/src/app/App';
import { usePresent } from '@renderer/src/features/present';
import { connectBackend, type Backend } from '../../backend';
import { newAssessmentInput } from '../../../../fixtures/assessment';
import { many, report, response, selfInput } from '../../../shared/features/feedback/builders';

await initI18n('nl');

const COMMENT = 'Geeft ruimte aan tegenspraak in het overleg.';
const NEEDLE_COMMENT = 'Zou vaker de lange lijn mogen schetsen.';
const REFLECTION = 'Ik wil de onzekerheid vaker hardop benoemen.';
const ROUND_ID = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';

function summary(): RoundSummary {
  return {
    id: ROUND_ID,
    origin: 'own',
    name: 'Najaar 2026',
    leader: 'A. de Vries',
    heldByCoach: false,
    groups: ['collega', 'medewerker'],
    closesOn: null,
    returnTo: null,
    managerNonAnonymous: false,
    language: 'nl',
    questionnaire: { id: 'kompas', version: 1 },
    createdAt: '2026-10-01T09:00:00.000Z',
    closedAt: '2026-11-20T09:00:00.000Z',
    closedOn: null,
    comparedWith: { kind: 'none' },
    counts: { leidinggevende: 0, collega: 3, medewerker: 3, extern: 0, bestuurlijk: 0 },
    total: 6,
    rawDeleted: false,
  };
}

async function openPresentation(): Promise<Backend> {
  const model = report([...many(3, 'collega', 4), response('medewerker', 2, { keepDoing: COMMENT, needles: { '2': NEEDLE_COMMENT } }), ...many(2, 'medewerker', 3)], {
    self: selfInput(newAssessmentInput('2026-11-12', 1).answers),
  });
  const backend = await connectBackend({
    replace: {
      listRounds: async () => [summary()],
      getReport: async () => ({ round: summary(), report: model }),
    },
  });
  await backend.call('createAssessment', { ...newAssessmentInput('2026-05-01'), reflections: {} });
  await backend.call('createAssessment', { ...newAssessmentInput('2026-11-12'), targets: { '1': 5, '2': 4, '7': 5 }, reflections: { I: REFLECTION } });
  await backend.call('chooseRoute', { route: 'b', why: '', needles: [2] });
  await backend.call('addAction', { route: 'b', what: 'Elke maand een terugblik met het MT', due: '2026-12-15', companions: [] });
  usePresent.setState({ loaded: null, problem: null, hiddenByProfile: {}, showing: null, screen: null, returnFocus: false });
  window.location.hash = '#/presentatie';
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Presentatie voorbereiden' });
  await screen.findByTestId('present-outline');
  return backend;
}

const press = (key: string) => act(() => void fireEvent.keyDown(document.activeElement ?? document.body, { key }));
const counter = () => screen.getByTestId('present-counter').textContent;

afterEach(() => {
  window.location.hash = '';
});

describe('preparing the presentation', () => {
  it('offers to hide each part the coachee has, and lists what will be shown', async () => {
    await openPresentation();
    for (const part of ['target', 'others', 'earlier', 'reflections', 'plan', 'comments']) expect(screen.getByTestId(`hide-${part}`)).toBeTruthy();
    const outline = screen.getByTestId('present-outline');
    expect(within(outline).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Het kompas',
      'Waar de afstand tot uw doel het grootst is',
      'Uw reflecties',
      'Routekaart',
      '360°-feedback: wat valt op',
      '360°-feedback: alle anderen per naald',
      '360°-feedback: opmerkingen',
    ]);
    fireEvent.click(screen.getByTestId('hide-target'));
    expect(within(outline).queryByText('Waar de afstand tot uw doel het grootst is')).toBeNull();
  });
});

describe('the running presentation', () => {
  it('leaves hidden comments and reflections out of the DOM on every slide, steps by keyboard and returns focus on Escape', async () => {
    const backend = await openPresentation();
    fireEvent.click(screen.getByTestId('hide-comments'));
    fireEvent.click(screen.getByTestId('hide-reflections'));
    const start = screen.getByRole('button', { name: 'Presentatie starten' });
    fireEvent.click(start);
    const view = await screen.findByTestId('presentation');
    // Nothing else of the app is on the page while it runs.
    expect(document.querySelector('.site-header')).toBeNull();
    await waitFor(() => expect(backend.callsOf('setFullScreen')).toEqual([{ on: true }]));

    const titles: string[] = [];
    for (let i = 0; i < 5; i++) {
      const html = document.body.innerHTML;
      expect(html).not.toContain(COMMENT);
      expect(html).not.toContain(NEEDLE_COMMENT);
      expect(html).not.toContain(REFLECTION);
      titles.push(within(view).getByRole('heading', { level: 1 }).textContent ?? '');
      expect(counter()).toBe(`${i + 1} van 5`);
      await waitFor(() => expect(screen.getByTestId('present-announce').textContent).toBe(`${titles[i]}, ${i + 1} van 5`));
      press('ArrowRight');
    }
    expect(titles).toEqual([
      'Het kompas',
      'Waar de afstand tot uw doel het grootst is',
      'Routekaart',
      '360°-feedback: wat valt op',
      '360°-feedback: alle anderen per naald',
    ]);
    // At the end it stays; Home, End, PageUp and the space bar step too.
    expect(counter()).toBe('5 van 5');
    press('Home');
    expect(counter()).toBe('1 van 5');
    press(' ');
    press('PageDown');
    expect(counter()).toBe('3 van 5');
    press('PageUp');
    press('ArrowLeft');
    expect(counter()).toBe('1 van 5');
    press('End');
    expect(counter()).toBe('5 van 5');

    press('Escape');
    await screen.findByRole('heading', { level: 1, name: 'Presentatie voorbereiden' });
    expect(screen.queryByTestId('presentation')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Presentatie starten' })));
    // The choice is still there for this profile.
    expect((screen.getByTestId('hide-comments') as HTMLInputElement).checked).toBe(true);
  });

  it('draws only the series that are not hidden, with a legend of them', async () => {
    await openPresentation();
    fireEvent.click(screen.getByTestId('hide-target'));
    fireEvent.click(screen.getByTestId('hide-plan'));
    fireEvent.click(screen.getByRole('button', { name: 'Presentatie starten' }));
    const view = await screen.findByTestId('presentation');
    const legend = within(view).getByTestId('present-legend');
    expect(within(legend).getAllByRole('listitem').map((li) => li.getAttribute('data-series'))).toEqual(['current', 'others', 'earlier']);
    expect(view.querySelector('[data-series="target"]')).toBeNull();
    expect(view.querySelector('.compass-radar [data-series="others"]')).not.toBeNull();
    // The plan is hidden: no route markers on the compass and no routekaart slide; no priorities without the target.
    expect(document.body.innerHTML).not.toContain('Kunnen versnellen');
    expect(counter()).toBe('1 van 5');
  });

  it('shows the comments, the priorities in order and the routekaart when nothing is hidden', async () => {
    await openPresentation();
    fireEvent.click(screen.getByRole('button', { name: 'Presentatie starten' }));
    const view = await screen.findByTestId('presentation');
    press('ArrowRight');
    const rows = within(view).getByTestId('present-priorities').querySelectorAll('li');
    const order = [...rows].map((li) => Number(li.getAttribute('data-needle')));
    expect(order[0]).toBe(1);
    expect(order).toHaveLength(3);
    press('ArrowRight');
    expect(within(view).getByTestId('present-reflections').textContent).toContain(REFLECTION);
    press('ArrowRight');
    expect(within(view).getByTestId('present-plan').textContent).toContain('Elke maand een terugblik met het MT');
    press('End');
    const comments = within(view).getByTestId('present-comments');
    expect(comments.textContent).toContain(COMMENT);
    expect(comments.textContent).toContain(NEEDLE_COMMENT);
  });

  it('the on-screen buttons step too, and the close button leaves', async () => {
    await openPresentation();
    fireEvent.click(screen.getByRole('button', { name: 'Presentatie starten' }));
    await screen.findByTestId('presentation');
    fireEvent.click(screen.getByRole('button', { name: /Volgende/ }));
    expect(counter()).toBe('2 van 7');
    fireEvent.click(screen.getByRole('button', { name: /Vorige/ }));
    fireEvent.click(screen.getByRole('button', { name: /Vorige/ }));
    expect(counter()).toBe('1 van 7');
    fireEvent.click(screen.getByRole('button', { name: 'Presentatie sluiten' }));
    await screen.findByRole('heading', { level: 1, name: 'Presentatie voorbereiden' });
  });
});
