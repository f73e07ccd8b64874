import { describe, expect, it } from 'vitest';
import type { ChosenRoute } from '@shared/features/plan/schemas';
import { HIDEABLE_PARTS, type HideablePart } from '@shared/features/present/parts';
import { availableParts, latestClosedRound, presentationSlides, type PresentationSource, type Slide } from '@shared/features/present/slides';
import { needleScores } from '@shared/kernel/scoring';
import { completeAnswers } from '../../../../fixtures/assessment';
import { many, report, response, selfInput } from '../feedback/builders';

const COMMENT = 'Neemt de tijd om te luisteren.';
const REFLECTION = 'Ik wil vaker de lange lijn laten zien.';

function route(overrides: Partial<ChosenRoute> = {}): ChosenRoute {
  return {
    route: 'b',
    why: 'Rust brengen in het team.',
    needles: [2],
    status: 'onderweg',
    chosenOn: '2026-10-01',
    actions: [{ id: '3b0c1c44-8a8e-4b7b-9b7f-2f2b1f0b7a11', what: 'Maandelijks een terugblik', due: '2026-12-01', companions: ['Anna'], doneOn: null }],
    reflections: [{ id: '9d2f3c11-1a2b-4c3d-8e4f-5a6b7c8d9e0f', date: '2026-11-01', text: 'Een persoonlijke notitie over de route.' }],
    ...overrides,
  };
}

function source(): PresentationSource {
  const answers = completeAnswers();
  const responses = [...many(3, 'collega', 4), response('medewerker', 2, { keepDoing: COMMENT }), ...many(2, 'medewerker', 3)];
  return {
    latest: { date: '2026-11-12', answers, targets: { '1': 5, '2': 4, '7': 5 }, reflections: { I: REFLECTION, III: '   ' } },
    earlier: { date: '2026-05-01', answers: { ...answers, '1.1': 1, '1.2': 1 } },
    routes: [route()],
    round: { name: 'Najaar 2026', report: report(responses, { self: selfInput(answers) }) },
  };
}

const kinds = (slides: readonly Slide[]) => slides.map((s) => s.kind);
const text = (slides: readonly Slide[]) => JSON.stringify(slides);

describe('presentationSlides', () => {
  it('shows everything in order when nothing is hidden', () => {
    expect(kinds(presentationSlides(source(), []))).toEqual([
      'compass',
      'priorities',
      'reflections',
      'plan',
      'feedback-summary',
      'feedback-figures',
      'feedback-comments',
    ]);
  });

  it('puts every series on the compass, with the plan’s routes', () => {
    const s = source();
    const compass = presentationSlides(s, [])[0];
    if (compass?.kind !== 'compass') throw new Error('first slide is not the compass');
    expect(compass.current).toEqual(needleScores(s.latest!.answers));
    expect(compass.target).toMatchObject({ 1: 5, 2: 4, 7: 5, 3: null });
    expect(compass.others?.roundName).toBe('Najaar 2026');
    expect(compass.others?.values[1]).toBeCloseTo((4 * 3 + 2 + 3 * 2) / 6);
    expect(compass.earlier).toEqual({ date: '2026-05-01', values: needleScores(s.earlier!.answers) });
    expect(compass.routes).toEqual([{ route: 'b', status: 'onderweg' }]);
  });

  it('leaves out each hidden series, and only that one', () => {
    for (const part of ['target', 'others', 'earlier'] as const) {
      const compass = presentationSlides(source(), [part])[0];
      if (compass?.kind !== 'compass') throw new Error('first slide is not the compass');
      expect(compass.target === null).toBe(part === 'target');
      expect(compass.others === null).toBe(part === 'others');
      expect(compass.earlier === null).toBe(part === 'earlier');
    }
  });

  it('drops the priorities with the target: they are made of the targets', () => {
    const slides = presentationSlides(source(), ['target']);
    expect(kinds(slides)).not.toContain('priorities');
  });

  it('leaves hidden reflections, comments and the plan out of every slide, not just their own', () => {
    const slides = presentationSlides(source(), ['reflections', 'comments', 'plan']);
    expect(kinds(slides)).toEqual(['compass', 'priorities', 'feedback-summary', 'feedback-figures']);
    expect(text(slides)).not.toContain(REFLECTION);
    expect(text(slides)).not.toContain(COMMENT);
    expect(text(slides)).not.toContain('Maandelijks een terugblik');
    const compass = slides[0];
    expect(compass?.kind === 'compass' && compass.routes).toEqual([]);
  });

  it('never carries a route’s personal reflections or the reasons for a route', () => {
    const all = text(presentationSlides(source(), []));
    expect(all).not.toContain('Een persoonlijke notitie over de route.');
    expect(all).not.toContain('Rust brengen in het team.');
    expect(all).toContain('Maandelijks een terugblik');
  });

  it('shows only the reflections that were written', () => {
    const slide = presentationSlides(source(), []).find((s) => s.kind === 'reflections');
    expect(slide?.kind === 'reflections' && slide.reflections).toEqual([{ dimension: 'I', text: REFLECTION }]);
  });

  it('puts the 360 figures of “alle anderen” beside the self score', () => {
    const s = source();
    const figures = presentationSlides(s, []).find((x) => x.kind === 'feedback-figures');
    if (figures?.kind !== 'feedback-figures') throw new Error('no figures slide');
    expect(figures.rows).toHaveLength(10);
    expect(figures.rows[0]).toMatchObject({ needle: 1, n: 6, self: needleScores(s.latest!.answers)[1] });
  });

  it('leaves the comments slide out when the round has no comments', () => {
    const s = { ...source(), round: { name: 'Voorjaar', report: report(many(4, 'collega', 3)) } };
    expect(kinds(presentationSlides(s, []))).toEqual(['compass', 'priorities', 'reflections', 'plan', 'feedback-summary', 'feedback-figures']);
  });

  it('without a meetmoment, plan or closed round there is nothing to show', () => {
    expect(presentationSlides({ latest: null, earlier: null, routes: [], round: null }, [...HIDEABLE_PARTS])).toEqual([]);
    expect(presentationSlides({ latest: null, earlier: null, routes: [], round: null }, [] as HideablePart[])).toEqual([]);
  });

  it('with too few others the summary says so and there are no figures or comments', () => {
    const withheld = report([response('collega', 4, { keepDoing: COMMENT }), response('collega', 3)]);
    const slides = presentationSlides({ latest: null, earlier: null, routes: [], round: { name: 'Klein', report: withheld } }, []);
    expect(kinds(slides)).toEqual(['feedback-summary']);
    expect(slides[0]).toMatchObject({ scoresShown: false, k: 3 });
    expect(text(slides)).not.toContain(COMMENT);
  });
});

describe('availableParts', () => {
  it('offers exactly the parts whose hiding changes the slides', () => {
    const sources: PresentationSource[] = [
      source(),
      { ...source(), earlier: null, routes: [] },
      { ...source(), round: { name: 'Voorjaar', report: report(many(4, 'collega', 3)) } },
      { ...source(), latest: null },
      { ...source(), latest: { ...source().latest!, targets: {}, reflections: { II: ' ' } } },
    ];
    for (const s of sources) {
      const all = text(presentationSlides(s, []));
      const changes = HIDEABLE_PARTS.filter((part) => text(presentationSlides(s, [part])) !== all);
      expect(availableParts(s)).toEqual(changes);
    }
  });

  it('offers everything for a profile that has it all', () => {
    expect(availableParts(source())).toEqual([...HIDEABLE_PARTS]);
  });
});

describe('latestClosedRound', () => {
  it('takes the round closed last, whatever the time zone offset it was written with', () => {
    const rounds = [
      { id: 'a', closedAt: '2026-11-01T10:00:00.000+01:00' },
      { id: 'b', closedAt: null },
      { id: 'c', closedAt: '2026-11-01T09:30:00.000Z' },
    ];
    expect(latestClosedRound(rounds)?.id).toBe('c');
  });

  it('dates a round a coach held by the day the coach closed it, not by when its report was read in', () => {
    const rounds = [
      { id: 'own', closedAt: '2026-11-10T09:00:00.000Z', closedOn: null },
      { id: 'held', closedAt: '2026-11-20T09:00:00.000Z', closedOn: '2026-10-01' },
    ];
    expect(latestClosedRound(rounds)?.id).toBe('own');
    expect(latestClosedRound([{ ...rounds[1]!, closedOn: '2026-11-15' }, rounds[0]!])?.id).toBe('held');
  });

  it('is null when no round is closed', () => {
    expect(latestClosedRound([{ closedAt: null }])).toBeNull();
    expect(latestClosedRound([])).toBeNull();
  });
});
