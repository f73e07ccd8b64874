/**
 * The published-report file (spec §7): every report `buildReport` makes goes through write → read,
 * without self figures, and the leader's app restores the coach's report figure for figure with the
 * same meetmoment; altered files are refused with the reason that fits, first of all any figure,
 * label or count that could describe fewer than 3 anonymous respondents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '@shared/features/feedback/report';
import { reportWithSelf, reportWithoutSelf } from '@shared/features/feedback/comparison';
import {
  PUBLISHED_REPORT_MAX_BYTES,
  publishedReportFile,
  readPublishedReportFile,
  type PublishedReportRefusal,
} from '@shared/features/feedback/publishedReportFile';
import type { ReportModel } from '@shared/features/feedback/reportModel';
import { NEEDLE_IDS, type Answer, type ItemId } from '@shared/kernel/compass/model';
import { COMMENT_MAX } from '@shared/kernel/limits';
import { ROUND, many, needleOf, report, response, selfInput } from './builders';
import { reportInputOf, responsesOf, roundArb } from './rounds';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- free-form tampering

const valueOf = (item: ItemId): Answer => ((needleOf(item) % 5) + 1) as Answer;

function written(model: ReportModel, name = 'Ronde najaar 2026'): string {
  const result = publishedReportFile({ name, roundId: model.roundId, closedOn: '2026-11-20', report: model });
  if (!result.ok) throw new Error(`not written: ${result.reason}`);
  return result.text;
}

function refusal(text: string): PublishedReportRefusal | null {
  const result = readPublishedReportFile(text);
  return result.ok ? null : result.reason;
}

function tamper(text: string, change: (file: Json) => void): string {
  const file = JSON.parse(text) as Json;
  change(file);
  return JSON.stringify(file);
}

describe('published-report file: every report buildReport makes (property)', () => {
  it('round-trips through write → read, carries no self figures and no raw answer, and restores the report with the same meetmoment', () => {
    fc.assert(
      fc.property(roundArb, (round) => {
        const responses = responsesOf(round);
        const input = reportInputOf(round, responses);
        const model = buildReport(input);
        const result = publishedReportFile({ name: 'Ronde', roundId: round.roundId, closedOn: '2026-11-20', report: model });
        if (!result.ok) throw new Error(`writer refused: ${result.reason}`);
        const read = readPublishedReportFile(result.text);
        if (!read.ok) throw new Error(`reader refused: ${read.reason}`);
        expect(read.file).toEqual(result.file);
        expect(read.file.report).toEqual(buildReport({ ...input, self: null }));
        expect(reportWithSelf(read.file.report, input.self)).toEqual(model);
        for (const r of responses) expect(result.text).not.toContain(r.responseId);
        expect(result.text).not.toContain('00000000-0000-4000-8000-00000000000a'); // the meetmoment's id
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe('published-report file: writing', () => {
  const withSelf = report([...many(4, 'medewerker', valueOf), ...many(3, 'collega', 4)], { self: selfInput({}) });

  it('leaves the self figures out (the leader compares with their own meetmoment) and keeps the rest', () => {
    expect(withSelf.self).not.toBeNull();
    const file = JSON.parse(written(withSelf)) as Json;
    expect(file).toMatchObject({ format: 'ambtelijk-kompas/rapport', version: 1, roundId: ROUND, closedOn: '2026-11-20' });
    expect(file.questionnaire).toEqual({ id: 'kompas', version: 1 });
    expect(file.report).toEqual(reportWithoutSelf(withSelf));
    expect(file.report.self).toBeNull();
    expect(file.report.gaps).toEqual([]);
  });

  it('refuses to hand out a report the reader would refuse', () => {
    const bad = structuredClone(withSelf);
    bad.sets[1]!.n = 2;
    expect(publishedReportFile({ name: 'Ronde', roundId: ROUND, closedOn: '2026-11-20', report: bad })).toEqual({
      ok: false,
      reason: 'below-k',
    });
    expect(publishedReportFile({ name: '', roundId: ROUND, closedOn: '2026-11-20', report: withSelf })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('refuses a report over 1 MiB rather than writing a file no app reads', () => {
    // 50 respondents who each fill all twelve comment fields to the maximum: about 1.2 MB of comments.
    const long = (tag: string): string => `${tag} ${'x'.repeat(COMMENT_MAX - 10)}`;
    const needles = (i: number): Record<string, string> => Object.fromEntries(NEEDLE_IDS.map((n) => [`${n}`, long(`n${n}-${i}`)]));
    const big = report(
      Array.from({ length: 50 }, (_, i) => response('collega', 3, { keepDoing: long(`b${i}`), startDoing: long(`s${i}`), needles: needles(i) })),
    );
    expect(publishedReportFile({ name: 'Ronde', roundId: ROUND, closedOn: '2026-11-20', report: big })).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });
});

describe('published-report file: reading refuses', () => {
  // 4 medewerkers (own set), 3 collega's and 1 leidinggevende (overige: 4), anderen 8.
  const base = report(
    [
      ...many(3, 'medewerker', valueOf),
      response('medewerker', valueOf, { keepDoing: 'Blijf luisteren.' }),
      ...many(2, 'collega', 4),
      response('collega', 4, { startDoing: 'Meer delegeren.' }),
      response('leidinggevende', 2),
    ],
    { self: selfInput({}) },
  );
  const text = written(base);

  it('accepts the untouched file, with the sets the round publishes', () => {
    const read = readPublishedReportFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.report.sets.map((s) => [s.key, s.n])).toEqual([
      ['anderen', 8],
      ['groep-medewerker', 4],
      ['overige', 4],
    ]);
    expect(read.file.report.comments.labelledGroups).toEqual(['medewerker']);
  });

  it.each<[string, (f: Json) => void]>([
    ['a set of 2', (f) => (f.report.sets[1].n = 2)],
    ['an item figure of 2', (f) => (f.report.sets[1].items['1.1'] = { mean: 3, n: 2, distribution: [0, 0, 2, 0, 0] })],
    ['a needle figure of 2', (f) => (f.report.sets[2].needles['4'].n = 2)],
    ['subset item figures leaving 1 of anderen', (f) => (f.report.sets[1].items['1.1'] = { mean: 3, n: 3, distribution: [0, 0, 3, 0, 0] })],
    ['a subset figure where anderen has none', (f) => (f.report.sets[0].items['2.1'] = null)],
    ['overlapping subsets', (f) => f.report.sets[2].groups.push('medewerker')],
    ['a subset with a group not in anderen', (f) => f.report.sets[2].groups.push('extern')],
    ['subsets leaving 2 of anderen', (f) => (f.report.sets[0].n = f.report.totalAnonymous = 10)],
    ['a group set named for another group', (f) => (f.report.sets[1].groups = ['collega'])],
    ['an anonymous set passed off as the named manager', (f) => (f.report.sets[2].key = 'leidinggevende-niet-anoniem')],
    ['a label for a group without its own set', (f) => f.report.comments.labelledGroups.push('collega')],
    ['a comment labelled with a pooled group', (f) => (f.report.comments.startDoing[0].group = 'collega')],
    ['a comment passed off as the named manager', (f) => Object.assign(f.report.comments.startDoing[0], { group: 'leidinggevende', nonAnonymousManager: true })],
    ['a cannot-judge count that contradicts the figures', (f) => (f.report.cannotJudge['1.1'] = { count: 1, atLeast: false })],
  ])('below-k: %s', (_name, change) => {
    expect(refusal(tamper(text, change))).toBe('below-k');
  });

  it('below-k: an exact cannot-judge count where 1 answered, and counts or comments without "alle anderen"', () => {
    const one = (item: ItemId): Answer => (item === '1.1' ? null : 4);
    const three = written(report([response('collega', 4), response('collega', one), response('collega', one)]));
    expect(JSON.parse(three).report.cannotJudge['1.1']).toEqual({ count: 1, atLeast: true });
    expect(refusal(three)).toBeNull();
    expect(refusal(tamper(three, (f) => (f.report.cannotJudge['1.1'] = { count: 2, atLeast: false })))).toBe('below-k');

    const two = written(report([response('collega', 4), response('medewerker', 3, { keepDoing: 'Goed.' })]));
    expect(refusal(two)).toBeNull();
    const counts = (JSON.parse(text) as Json).report.cannotJudge;
    expect(refusal(tamper(two, (f) => (f.report.cannotJudge = counts)))).toBe('below-k');
    const comment = { text: 'Goed.', group: null, nonAnonymousManager: false };
    expect(refusal(tamper(two, (f) => f.report.comments.keepDoing.push(comment)))).toBe('below-k');
  });

  it.each<[string, (f: Json) => void, PublishedReportRefusal]>([
    ['an extra field in the file', (f) => (f.note = 'x'), 'invalid'],
    ['an extra field in the report', (f) => (f.report.raw = []), 'invalid'],
    ['an extra field in a set', (f) => (f.report.sets[0].members = []), 'invalid'],
    ['self figures', (f) => (f.report.self = base.self), 'invalid'],
    ['gaps', (f) => (f.report.gaps = [{ needle: '1', self: 3, others: 3, basis: 'anderen', difference: 0, kind: null }]), 'invalid'],
    ['the earlier set rules', (f) => (f.report.setRules = 1), 'invalid'],
    ['report model version 1', (f) => (f.report.version = 1), 'invalid'],
    ['a closing date that does not exist', (f) => (f.closedOn = '2026-02-30'), 'invalid'],
    ['a name that is too long', (f) => (f.name = 'x'.repeat(121)), 'invalid'],
    ['a needle mean that is not its items\' mean', (f) => (f.report.sets[0].needles['1'].mean = 1), 'invalid'],
    ['a strength with another figure', (f) => (f.report.strengths[0].others = 1), 'invalid'],
    ['another round id', (f) => (f.roundId = '7f1c2d3e-4a5b-4c6d-8e7f-0123456789ab'), 'roundid-mismatch'],
    ['another questionnaire version', (f) => (f.questionnaire.version = 2), 'questionnaire-mismatch'],
    ['another format', (f) => (f.format = 'ambtelijk-kompas/antwoord'), 'not-a-report'],
    ['a newer file version', (f) => (f.version = 2), 'newer-version'],
    ['a newer report model', (f) => (f.report.version = 3), 'newer-version'],
    ['version 0', (f) => (f.version = 0), 'unknown-version'],
    ['version "1"', (f) => (f.version = '1'), 'unknown-version'],
    ['version 1.5', (f) => (f.version = 1.5), 'unknown-version'],
    ['no version', (f) => delete f.version, 'unknown-version'],
  ])('%s', (_name, change, reason) => {
    expect(refusal(tamper(text, change))).toBe(reason);
  });

  it('not-json, not-a-report and too-large (by UTF-8 bytes, before parsing)', () => {
    expect(refusal('{"format":')).toBe('not-json');
    expect(refusal('')).toBe('not-json');
    for (const other of ['null', '[]', '"ambtelijk-kompas/rapport"', '{}']) expect(refusal(other)).toBe('not-a-report');
    expect(refusal(' '.repeat(PUBLISHED_REPORT_MAX_BYTES + 1))).toBe('too-large');
    // Under 1 MiB in characters, over it in bytes: and not even JSON, so the size came first.
    expect(refusal('é'.repeat(PUBLISHED_REPORT_MAX_BYTES / 2 + 1))).toBe('too-large');
    expect(refusal(text + ' '.repeat(PUBLISHED_REPORT_MAX_BYTES - text.length))).toBeNull();
  });
});
