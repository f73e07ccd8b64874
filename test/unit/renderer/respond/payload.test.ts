import { describe, expect, it } from 'vitest';
import { ALL_ITEM_IDS } from '@shared/kernel/compass/itemIds';
import type { Answer, ItemId, NeedleId } from '@shared/kernel/compass/model';
import { responsePayloadSchema } from '@shared/features/exchange/formats';
import { COMMENT_MAX } from '@shared/kernel/limits';
import { buildPayload, cleanComment, unansweredItems, type PayloadInput } from '@renderer/respond/src/payload';

const RESPONSE_ID = '0b6f3c1e-8a1d-4c59-9f0e-2d7a6b5c4e3f';

function allAnswered(value: (id: ItemId, index: number) => Answer): Map<ItemId, Answer> {
  return new Map(ALL_ITEM_IDS.map((id, index) => [id, value(id, index)]));
}

function input(overrides: Partial<PayloadInput> = {}): PayloadInput {
  return {
    responseId: RESPONSE_ID,
    raterGroup: 'collega',
    questionnaire: 2,
    itemIds: ALL_ITEM_IDS,
    answers: allAnswered((_id, i) => ((i % 5) + 1) as Answer),
    keepDoing: '',
    startDoing: '',
    needleComments: new Map(),
    ...overrides,
  };
}

describe('buildPayload', () => {
  it('has exactly the keys of spec §2 and nothing that identifies the respondent', () => {
    const payload = buildPayload(input());
    expect(Object.keys(payload)).toEqual(['responseId', 'raterGroup', 'questionnaire', 'answers', 'comments']);
    expect(payload.questionnaire).toEqual({ id: 'kompas', version: 2 });
    // The answer names the invitation's version, whichever it is (a round accepts only its own).
    expect(buildPayload(input({ questionnaire: 1 })).questionnaire).toEqual({ id: 'kompas', version: 1 });
    expect(Object.keys(payload.answers)).toEqual([...ALL_ITEM_IDS]);
    expect(payload.comments).toEqual({});
    expect(JSON.stringify(payload)).not.toMatch(/time|date|name|agent|device|browser|20\d\d-/i);
    expect(responsePayloadSchema.parse(payload)).toEqual(payload);
  });

  it('stores "kan ik niet beoordelen" as null and values 1–5 as numbers', () => {
    const answers = allAnswered((id) => (id.endsWith('.2') ? null : 4));
    const payload = buildPayload(input({ answers }));
    expect(payload.answers['1.1']).toBe(4);
    expect(payload.answers['1.2']).toBeNull();
    expect(Object.values(payload.answers).filter((v) => v === null)).toHaveLength(10);
    expect(responsePayloadSchema.safeParse(payload).success).toBe(true);
  });

  it('trims comments and leaves out the empty ones', () => {
    const needleComments = new Map<NeedleId, string>([
      [10, '  laatste naald  '],
      [3, 'Goed voorbeeld.\nTweede regel.'],
      [5, '   \n  '],
    ]);
    const payload = buildPayload(input({ keepDoing: '  Blijf luisteren. ', startDoing: ' \n ', needleComments }));
    expect(payload.comments).toEqual({ keepDoing: 'Blijf luisteren.', needles: { '3': 'Goed voorbeeld.\nTweede regel.', '10': 'laatste naald' } });
    expect(Object.keys(payload.comments.needles ?? {})).toEqual(['3', '10']);
    expect(responsePayloadSchema.safeParse(payload).success).toBe(true);
  });

  it('omits needles entirely when every needle comment is empty', () => {
    const payload = buildPayload(input({ needleComments: new Map<NeedleId, string>([[1, ' ']]), startDoing: 'Meer delegeren' }));
    expect(payload.comments).toEqual({ startDoing: 'Meer delegeren' });
  });

  it('never exceeds the comment limit', () => {
    expect(cleanComment('x'.repeat(COMMENT_MAX + 50))).toHaveLength(COMMENT_MAX);
    const payload = buildPayload(input({ keepDoing: 'y'.repeat(COMMENT_MAX + 1) }));
    expect(responsePayloadSchema.safeParse(payload).success).toBe(true);
  });

  it('refuses an incomplete answer', () => {
    const answers = allAnswered(() => 3);
    answers.delete('7.2');
    expect(unansweredItems(ALL_ITEM_IDS, answers)).toEqual(['7.2']);
    expect(() => buildPayload(input({ answers }))).toThrow(/7\.2/);
  });
});
