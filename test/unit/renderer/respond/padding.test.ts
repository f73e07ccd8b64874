/**
 * What the form saves is padded (spec §2): answers with different comments and different numbers of
 * "kan ik niet beoordelen" give files of one size as long as their plaintexts share a bucket.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import { SCALE_VALUES, type Answer, type ItemId, type NeedleId } from '@shared/kernel/compass/model';
import { COMMENT_MAX } from '@shared/kernel/limits';
import { buildInvitation } from '@shared/features/exchange/invitation';
import { RESPONSE_MAX_BYTES, responseFileSchema, responsePayloadSchema } from '@shared/features/exchange/formats';
import { PADDING_BUCKETS, paddedSize } from '@shared/features/exchange/padding';
import { decryptResponse, generateRoundKeyPair, importRoundPrivateKey } from '@shared/features/exchange/responseCrypto';
import { validateInvitation, type ValidInvitation } from '@renderer/respond/src/invitation';
import { buildPayload, cleanComment } from '@renderer/respond/src/payload';
import { responseFileText } from '@renderer/respond/src/save';

const keys = await generateRoundKeyPair();
const privateKey = await importRoundPrivateKey(keys.privateKey);
const checked = validateInvitation(
  JSON.parse(
    JSON.stringify(
      buildInvitation({
        roundId: '3f0c2a1b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
        leader: 'Anne de Vries',
        raterGroup: null,
        managerNonAnonymous: false,
        returnTo: 'secretariaat@example.nl',
        language: 'nl',
        closesOn: null,
        questionnaire: 2,
        publicKey: keys.publicKey,
      }),
    ),
  ),
);
if (!checked.ok) throw new Error(checked.problem);
const invitation: ValidInvitation = checked.invitation;
const bytes = (text: string): number => new TextEncoder().encode(text).length;

interface Answering {
  readonly answers: readonly Answer[];
  readonly keepDoing: string;
  readonly startDoing: string;
  readonly needles: ReadonlyMap<NeedleId, string>;
}

/** The payload JSON exactly as the form builds it (app.ts), with a fixed responseId and group. */
function payloadJson(a: Answering, responseId = '0b6f3c1e-8a1d-4c59-9f0e-2d7a6b5c4e3f'): string {
  return JSON.stringify(
    buildPayload({
      responseId,
      raterGroup: 'collega',
      questionnaire: 2,
      itemIds: ALL_ITEM_IDS,
      answers: new Map(ALL_ITEM_IDS.map((id: ItemId, i) => [id, a.answers[i] ?? null])),
      keepDoing: a.keepDoing,
      startDoing: a.startDoing,
      needleComments: a.needles,
    }),
  );
}

const nulls = (a: Answering): number => a.answers.filter((v) => v === null).length;
const commentLength = (a: Answering): number => [a.keepDoing, a.startDoing, ...a.needles.values()].join('').length;

const answerArb = fc.constantFrom<Answer>(...SCALE_VALUES, null);
const textArb = (max: number) => fc.nat(max).chain((n) => fc.string({ unit: 'grapheme', minLength: 0, maxLength: n }));
const answeringArb: fc.Arbitrary<Answering> = fc.record({
  answers: fc.array(answerArb, { minLength: 20, maxLength: 20 }),
  keepDoing: textArb(900),
  startDoing: textArb(900),
  needles: fc
    .dictionary(fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9', '10'), textArb(400), { maxKeys: 4 })
    .map((d) => new Map(Object.entries(d).map(([k, v]) => [Number(k) as NeedleId, v]))),
});

describe('the saved file is padded', () => {
  it('three colleagues with different comments and "kan ik niet beoordelen" counts save files of one size', async () => {
    const terse: Answering = { answers: ALL_ITEM_IDS.map(() => 4), keepDoing: '', startDoing: '', needles: new Map() };
    const unsure: Answering = { answers: ALL_ITEM_IDS.map((_, i) => (i % 3 === 0 ? null : 2)), keepDoing: 'Blijf luisteren.', startDoing: '', needles: new Map() };
    const talkative: Answering = {
      answers: ALL_ITEM_IDS.map(() => null),
      keepDoing: 'Geeft ruimte aan tegenspraak, ook in het MT. '.repeat(12),
      startDoing: 'Vaker zichtbaar zijn op de werkvloer — “even binnenlopen”. '.repeat(6),
      needles: new Map([[3, 'Houdt koers als het stormt.'], [8, 'Zegt nee als het moet.']]),
    };
    const answerings = [terse, unsure, talkative];
    expect(new Set(answerings.map(nulls))).toEqual(new Set([0, 7, 20]));
    const sizes = new Set<number>();
    for (const a of answerings) {
      const json = payloadJson(a);
      expect(paddedSize(bytes(json))).toBe(4096);
      const text = await responseFileText(json, invitation);
      sizes.add(bytes(text));
      // And it decrypts to exactly that answer.
      const plain = await decryptResponse(responseFileSchema.parse(JSON.parse(text)), privateKey);
      expect(bytes(plain ?? '')).toBe(4096);
      expect(responsePayloadSchema.parse(JSON.parse(plain ?? ''))).toEqual(JSON.parse(json));
    }
    expect(sizes.size).toBe(1);
  });

  it('any two answers save files of the same size exactly when their plaintexts share a bucket (property)', async () => {
    let sameBucket = 0;
    let sameBucketDiffering = 0;
    await fc.assert(
      fc.asyncProperty(answeringArb, answeringArb, async (a, b) => {
        const [ja, jb] = [payloadJson(a), payloadJson(b)];
        const [ta, tb] = [await responseFileText(ja, invitation), await responseFileText(jb, invitation)];
        const same = paddedSize(bytes(ja)) === paddedSize(bytes(jb));
        expect(bytes(ta) === bytes(tb)).toBe(same);
        if (same) sameBucket += 1;
        if (same && nulls(a) !== nulls(b) && commentLength(a) !== commentLength(b)) sameBucketDiffering += 1;
      }),
      { numRuns: 80 },
    );
    // Not vacuous: many pairs shared a bucket while differing in both respects.
    expect(sameBucket).toBeGreaterThan(20);
    expect(sameBucketDiffering).toBeGreaterThan(10);
  });

  it('the largest possible answer still fits the largest bucket, and the file stays within the import limit', async () => {
    // Every comment at its limit with 3-byte characters, or with what JSON would escape at 6 bytes each.
    const worst = ['€', '\u0001', '\ud800', '"', '\\'];
    for (const unit of worst) {
      const long = unit.repeat(COMMENT_MAX + 10);
      const a: Answering = {
        answers: ALL_ITEM_IDS.map(() => 5),
        keepDoing: long,
        startDoing: long,
        needles: new Map(Array.from({ length: 10 }, (_, i) => [(i + 1) as NeedleId, long])),
      };
      const json = payloadJson(a);
      expect(bytes(json), unit).toBeLessThanOrEqual(PADDING_BUCKETS[PADDING_BUCKETS.length - 1]!);
      const text = await responseFileText(json, invitation);
      expect(bytes(text)).toBeLessThanOrEqual(RESPONSE_MAX_BYTES);
      expect(responsePayloadSchema.safeParse(JSON.parse(json)).success).toBe(true);
    }
  });
});

describe('cleanComment', () => {
  it('leaves at most 3 bytes of JSON per character, whatever is typed or pasted (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: COMMENT_MAX + 50 }), (raw) => {
        const clean = cleanComment(raw);
        if (clean === undefined) return;
        expect(clean.length).toBeLessThanOrEqual(COMMENT_MAX);
        expect(bytes(JSON.stringify(clean))).toBeLessThanOrEqual(3 * clean.length + 2);
      }),
    );
  });

  it('keeps line breaks and tabs, and drops invisible control characters', () => {
    expect(cleanComment('Eerste regel.\r\nTweede\tregel.\rDerde\u0007.')).toBe('Eerste regel.\nTweede\tregel.\nDerde.');
    expect(cleanComment('Goed 😀')).toBe('Goed 😀');
    expect(cleanComment(`${'a'.repeat(COMMENT_MAX - 1)}😀`)).toBe(`${'a'.repeat(COMMENT_MAX - 1)}\ufffd`);
  });
});
