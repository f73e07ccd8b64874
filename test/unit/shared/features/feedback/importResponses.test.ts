/**
 * The import rules of spec §3, one case at a time: every spec vector, and each refusal reason with
 * the file that earns it. Decryption is main's real node:crypto decryptor with the vectors' key.
 */
import { describe, expect, it } from 'vitest';
import { encryptResponse, generateRoundKeyPair } from '@shared/features/exchange/responseCrypto';
import type { RaterGroup } from '@shared/features/exchange/formats';
import {
  importResponseFiles,
  judgeFile,
  type ImportTarget,
  type IncomingFile,
  type RefusalReason,
} from '@shared/features/feedback/importResponses';
import { responseDecryptor } from '@main/features/responseDecrypt';
import { payload, responseFileText, vectorFiles, vectorPlaintexts, vectorRound } from '../../../../fixtures/feedback';

const vector = vectorRound();

function target(overrides: Partial<ImportTarget> = {}): ImportTarget {
  return {
    name: 'Najaar 2026',
    closed: false,
    groups: ['collega', 'medewerker'] satisfies RaterGroup[],
    questionnaire: 1,
    seen: new Set(),
    decrypt: responseDecryptor(vector.privateKey),
    ...overrides,
  };
}

const targets = (t: ImportTarget = target()) => new Map([[vector.roundId, t]]);

function incoming(name: string, content: string): IncomingFile {
  return { name, size: Buffer.byteLength(content), content };
}

const validText = vectorFiles().find((f) => f.name === 'valid-collega-1.json')!.content;
const validRaw = JSON.parse(validText) as Record<string, unknown>;

/** The valid vector with some fields changed (or removed: undefined). */
function altered(changes: Record<string, unknown>): IncomingFile {
  return incoming('gewijzigd.json', JSON.stringify({ ...validRaw, ...changes }));
}

function reasonOf(file: IncomingFile, t: ImportTarget = target()): RefusalReason | 'ok' {
  const judged = judgeFile(file, targets(t));
  return judged.kind === 'ok' ? 'ok' : judged.reason;
}

describe('the spec vectors (test/fixtures/spec-vectors/README.md)', () => {
  const files = vectorFiles();
  const result = importResponseFiles(files, targets());
  const byName = Object.fromEntries(result.outcomes.map((o) => [o.name, o.outcome === 'refused' ? o.reason : o.outcome]));

  it('imports every valid-* file, padded or not, as the payload in plaintexts.json', () => {
    const plaintexts = vectorPlaintexts();
    const valid = files.filter((f) => f.name.startsWith('valid-')).map((f) => f.name.replace(/\.json$/, ''));
    expect(valid).toEqual(['valid-collega-1', 'valid-collega-2', 'valid-medewerker-1', 'valid-padded-collega-3', 'valid-padded-medewerker-2']);
    for (const name of valid) expect(byName[`${name}.json`], name).toBe('accepted');
    expect(result.accepted.get(vector.roundId)).toEqual(valid.map((name) => plaintexts[name]));
  });

  it('reports the duplicate as a duplicate, after its original', () => {
    expect(byName['duplicate-of-valid-collega-1.json']).toBe('duplicate');
  });

  it('refuses each refused-* file with the reason that says what happened', () => {
    expect({
      tampered: byName['refused-tampered.json'],
      otherLeader: byName['refused-other-leader.json'],
      outOfRange: byName['refused-out-of-range.json'],
      unknownRound: byName['refused-unknown-round.json'],
      extraField: byName['refused-extra-field.json'],
      notJson: byName['refused-not-json.json'],
    }).toEqual({
      tampered: 'not-decryptable',
      otherLeader: 'not-decryptable',
      outOfRange: 'invalid-payload',
      unknownRound: 'unknown-round',
      extraField: 'invalid-payload',
      notJson: 'not-json',
    });
  });
});

describe('each refusal reason', () => {
  it('too-large: larger than 256 KiB by size, unread, or by its text', () => {
    expect(reasonOf({ name: 'groot.json', size: 256 * 1024 + 1, content: null })).toBe('too-large');
    expect(reasonOf({ name: 'groot.json', size: 256 * 1024 + 1, content: validText })).toBe('too-large');
    // Reported small, but its UTF-8 text is larger (3 bytes per character).
    expect(reasonOf({ name: 'groot.json', size: 10, content: '€'.repeat(90_000) })).toBe('too-large');
    expect(reasonOf({ name: 'net.json', size: 256 * 1024, content: validText })).toBe('ok');
  });

  it('not-json: text that is not JSON at all', () => {
    expect(reasonOf(incoming('uitnodiging.html', '<!doctype html><html></html>'))).toBe('not-json');
    expect(reasonOf(incoming('leeg.json', ''))).toBe('not-json');
  });

  it('wrong-format: JSON, but not a response', () => {
    expect(reasonOf(incoming('profiel.json', JSON.stringify({ format: 'ambtelijk-kompas/profiel', version: 1 })))).toBe('wrong-format');
    expect(reasonOf(incoming('lijst.json', '[]'))).toBe('wrong-format');
    expect(reasonOf(incoming('getal.json', '42'))).toBe('wrong-format');
    expect(reasonOf(incoming('null.json', 'null'))).toBe('wrong-format');
    expect(reasonOf(altered({ format: undefined }))).toBe('wrong-format');
  });

  it('newer-version only for a whole number above the versions this app reads', () => {
    expect(reasonOf(altered({ version: 2 }))).toBe('newer-version');
    expect(reasonOf(altered({ version: 17 }))).toBe('newer-version');
  });

  it('unknown-version for a version that does not exist: 0, "1", 1.5, −1, null, none', () => {
    for (const version of [0, '1', 1.5, -1, null, undefined, '2']) {
      expect(reasonOf(altered({ version })), String(version)).toBe('unknown-version');
    }
  });

  it('invalid-file: a response of version 1 with an extra field, a missing one or a malformed value', () => {
    expect(reasonOf(altered({ verzonden: '2026-11-30T10:00:00Z' }))).toBe('invalid-file');
    expect(reasonOf(altered({ iv: undefined }))).toBe('invalid-file');
    expect(reasonOf(altered({ iv: 'kort' }))).toBe('invalid-file');
    expect(reasonOf(altered({ roundId: 'niet-een-id' }))).toBe('invalid-file');
    expect(reasonOf(altered({ epk: { kty: 'EC', crv: 'P-384', x: 'a', y: 'b' } }))).toBe('invalid-file');
  });

  it('unknown-round: a valid file for a round this profile does not have', () => {
    const judged = judgeFile(incoming('ander.json', validText), new Map());
    expect(judged).toEqual({ kind: 'refused', reason: 'unknown-round', round: null });
  });

  it('round-closed: names the round', () => {
    const judged = judgeFile(incoming('laat.json', validText), targets(target({ closed: true })));
    expect(judged).toEqual({ kind: 'refused', reason: 'round-closed', round: { id: vector.roundId, name: 'Najaar 2026' } });
  });

  it('not-decryptable: a changed ciphertext, IV or key, or a point not on the curve', () => {
    const ct = validRaw.ct as string;
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    expect(reasonOf(altered({ ct: flip(ct, 5) }))).toBe('not-decryptable');
    expect(reasonOf(altered({ ct: flip(ct, ct.length - 3) }))).toBe('not-decryptable');
    expect(reasonOf(altered({ iv: flip(validRaw.iv as string, 0) }))).toBe('not-decryptable');
    const epk = validRaw.epk as { x: string; y: string };
    expect(reasonOf(altered({ epk: { ...epk, y: flip(epk.y, 3) } }))).toBe('not-decryptable');
    // The roundId is the additional data: a file moved to another round of ours cannot be opened.
    const otherId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const moved = judgeFile(altered({ roundId: otherId }), new Map([[otherId, target()]]));
    expect(moved).toMatchObject({ kind: 'refused', reason: 'not-decryptable' });
  });

  it('invalid-payload: a group the round did not ask, another questionnaire, not JSON inside', async () => {
    expect(reasonOf(incoming('v.json', validText), target({ groups: ['medewerker'] }))).toBe('invalid-payload');
    expect(reasonOf(incoming('v.json', validText), target({ questionnaire: 2 }))).toBe('invalid-payload');
    const keys = await generateRoundKeyPair();
    const inside = await encryptResponse('geen json', vector.roundId, keys.publicKey);
    expect(reasonOf(incoming('binnen.json', JSON.stringify(inside)), target({ decrypt: responseDecryptor(keys.privateKey) }))).toBe('invalid-payload');
  });
});

describe('duplicates', () => {
  it('are per round: the same responseId in another round is a new answer', async () => {
    const other = await generateRoundKeyPair();
    const otherId = '3f0c9a7e-1b2d-4c5e-9f60-718293a4b5c6';
    const answer = payload('collega', 3, { questionnaire: { id: 'kompas', version: 1 } });
    const here = await responseFileText(answer, vector.roundId, vector.publicKey);
    const there = await responseFileText(answer, otherId, other.publicKey);
    const map = new Map([
      [vector.roundId, target()],
      [otherId, target({ name: 'Voorjaar 2027', decrypt: responseDecryptor(other.privateKey) })],
    ]);
    const result = importResponseFiles([incoming('a.json', here), incoming('b.json', there), incoming('c.json', here)], map);
    expect(result.outcomes.map((o) => [o.outcome, o.round?.name])).toEqual([
      ['accepted', 'Najaar 2026'],
      ['accepted', 'Voorjaar 2027'],
      ['duplicate', 'Najaar 2026'],
    ]);
    expect([...result.accepted.keys()]).toEqual([vector.roundId, otherId]);
  });

  it('include an answer stored before in the same round, and only there', () => {
    const id = vectorPlaintexts()['valid-collega-1']!.responseId;
    const stored = importResponseFiles([incoming('a.json', validText)], targets(target({ seen: new Set([id]) })));
    expect(stored.outcomes[0]?.outcome).toBe('duplicate');
    expect(stored.accepted.size).toBe(0);
  });
});
