/** Padding of spec §2: the plaintext fills its bucket with spaces, and the saved file's length follows from the bucket alone. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '@shared/features/exchange/base64url';
import { RESPONSE_MAX_BYTES, responseFileSchema, type ResponseFile } from '@shared/features/exchange/formats';
import { PADDING_BUCKETS, padPlaintext, paddedSize } from '@shared/features/exchange/padding';
import { decryptResponse, encryptResponse, generateRoundKeyPair, importRoundPrivateKey, serializeResponseFile } from '@shared/features/exchange/responseCrypto';

const ROUND = '3f0c2a1b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const keys = await generateRoundKeyPair();
const privateKey = await importRoundPrivateKey(keys.privateKey);
const bytes = (text: string): number => new TextEncoder().encode(text).length;

/** A JSON text of exactly `size` UTF-8 bytes: `{"c":"…"}` with `unit` repeated (unit of 1 or 2 bytes), then ASCII to fill. */
function jsonOfBytes(size: number, unit = 'a'): string {
  const frame = bytes('{"c":""}');
  const body = size - frame;
  const units = Math.floor(body / bytes(unit));
  const text = `{"c":"${unit.repeat(units)}${'a'.repeat(body - units * bytes(unit))}"}`;
  expect(bytes(text)).toBe(size);
  return text;
}

async function savedText(json: string): Promise<{ file: ResponseFile; text: string }> {
  const file = await encryptResponse(json, ROUND, keys.publicKey);
  return { file, text: serializeResponseFile(file) };
}

describe('paddedSize', () => {
  it('takes the smallest bucket that holds the plaintext, counting bytes', () => {
    expect(PADDING_BUCKETS).toEqual([4096, 8192, 16384, 32768, 65536, 131072]);
    expect(paddedSize(0)).toBe(4096);
    expect(paddedSize(1)).toBe(4096);
    PADDING_BUCKETS.forEach((bucket, i) => {
      expect(paddedSize(bucket)).toBe(bucket);
      expect(paddedSize(bucket - 1)).toBe(bucket);
      expect(paddedSize(bucket + 1)).toBe(PADDING_BUCKETS[i + 1] ?? null);
    });
    expect(paddedSize(10_000_000)).toBeNull();
  });
});

describe('padPlaintext', () => {
  it('is the UTF-8 text followed by spaces only, and still parses to the same JSON', () => {
    const json = JSON.stringify({ answers: { '1.1': null }, comments: { keepDoing: 'Één “lijn” — ✓' } });
    const padded = padPlaintext(json);
    expect(padded.length).toBe(4096);
    const text = new TextDecoder().decode(padded);
    expect(text.slice(0, json.length)).toBe(json);
    expect(/^ *$/.test(text.slice(json.length))).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(json));
  });

  it('counts bytes, not characters, at a bucket boundary', () => {
    const exact = jsonOfBytes(4096, 'é');
    expect(exact.length).toBeLessThan(4096);
    expect(padPlaintext(exact).length).toBe(4096);
    // One more 2-byte character crosses into the next bucket.
    expect(padPlaintext(exact.replace('"}', 'é"}')).length).toBe(8192);
  });

  it('refuses a plaintext beyond the largest bucket', () => {
    expect(padPlaintext(jsonOfBytes(131_072)).length).toBe(131_072);
    expect(() => padPlaintext(jsonOfBytes(131_073))).toThrow(RangeError);
  });
});

describe('encryptResponse pads (spec §2)', () => {
  it('makes the ciphertext the bucket plus the 16-byte tag, at each side of every boundary', async () => {
    for (const [i, bucket] of PADDING_BUCKETS.entries()) {
      for (const size of [bucket - 1, bucket, bucket + 1]) {
        const json = jsonOfBytes(size);
        const expected = size <= bucket ? bucket : PADDING_BUCKETS[i + 1];
        if (expected === undefined) {
          await expect(encryptResponse(json, ROUND, keys.publicKey)).rejects.toThrow(RangeError);
          continue;
        }
        const { file, text } = await savedText(json);
        expect(decodeBase64url(file.ct)?.length, `${size} bytes`).toBe(expected + 16);
        expect(bytes(text)).toBeLessThanOrEqual(RESPONSE_MAX_BYTES);
        const plain = await decryptResponse(responseFileSchema.parse(JSON.parse(text)), privateKey);
        expect(plain?.length).toBe(expected);
        expect(plain?.trimEnd()).toBe(json);
      }
    }
  });

  it('writes the fields in the order of the spec, without whitespace', async () => {
    const { file, text } = await savedText('{}');
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['format', 'version', 'roundId', 'epk', 'iv', 'ct']);
    expect(Object.keys((JSON.parse(text) as ResponseFile).epk)).toEqual(['kty', 'crv', 'x', 'y']);
    expect(text).not.toMatch(/\s/);
    // A file object in another order is written in the spec's order all the same.
    const shuffled = { ct: file.ct, iv: file.iv, epk: { y: file.epk.y, x: file.epk.x, crv: file.epk.crv, kty: file.epk.kty }, roundId: file.roundId, version: file.version, format: file.format };
    expect(serializeResponseFile(shuffled)).toBe(text);
  });

  it('gives every plaintext of one bucket the same file size, and each bucket its own (property)', async () => {
    // Any text, of any length up to the third bucket, with characters of 1 to 4 bytes.
    const jsonArb = fc
      .nat(6_000)
      .chain((n) => fc.string({ unit: 'binary', minLength: n, maxLength: n }))
      .map((s) => JSON.stringify({ c: s }));
    const sizeOf = new Map<number, number>();
    let sameBucketPairs = 0;
    await fc.assert(
      fc.asyncProperty(jsonArb, jsonArb, async (a, b) => {
        const [fa, fb] = [await savedText(a), await savedText(b)];
        const [ba, bb] = [paddedSize(bytes(a)), paddedSize(bytes(b))];
        expect(bytes(fa.text) === bytes(fb.text)).toBe(ba === bb);
        if (ba === bb) sameBucketPairs += 1;
        for (const [bucket, { text }] of [[ba, fa], [bb, fb]] as const) {
          const known = sizeOf.get(bucket!) ?? bytes(text);
          expect(bytes(text)).toBe(known);
          sizeOf.set(bucket!, known);
        }
      }),
      { numRuns: 60 },
    );
    // Not vacuous: many pairs shared a bucket, and more than one bucket was seen.
    expect(sameBucketPairs).toBeGreaterThan(10);
    expect(sizeOf.size).toBeGreaterThan(1);
  });
});
