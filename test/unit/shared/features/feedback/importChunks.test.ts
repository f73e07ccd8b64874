/** Chunks of an import: every file once, in order, each chunk within both bounds, measured as sent. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESPONSE_MAX_BYTES } from '@shared/features/exchange/formatConstants';
import { MAX_BODY_BYTES } from '@main/transport/webServer';
import { ChunkBuilder, IMPORT_CHUNK_BYTES, IMPORT_CHUNK_FILES, importChunks, requestBytes } from '@shared/features/feedback/importChunks';

describe('importChunks', () => {
  it('keeps every file once, in order, and no chunk over either bound or empty', () => {
    const bytes = fc.oneof(fc.integer({ min: 1, max: 8 * 1024 }), fc.integer({ min: 1, max: 6 * RESPONSE_MAX_BYTES }));
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 5000 }), (sizes) => {
        const files = sizes.map((b, i) => ({ id: i, b }));
        const chunks = importChunks(files, (f) => f.b);
        expect(chunks.flat()).toEqual(files);
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          expect(chunk.length).toBeLessThanOrEqual(IMPORT_CHUNK_FILES);
          expect(chunk.reduce((sum, f) => sum + f.b, 0)).toBeLessThanOrEqual(IMPORT_CHUNK_BYTES);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('starts a new chunk only when the next file would not fit', () => {
    const count = (n: number, b: number) => importChunks(Array.from({ length: n }, () => b), (x) => x).map((c) => c.length);
    expect(count(17_000, 1200)).toEqual([8000, 8000, 1000]);
    expect(count(12_000, 6000)).toEqual([5592, 5592, 816]);
    expect(count(0, 1)).toEqual([]);
  });

  it('the builder gives the same chunks one file at a time, as the renderer reads them', () => {
    const sizes = Array.from({ length: 12_000 }, (_, i) => 500 + ((i * 7919) % 9000));
    const builder = new ChunkBuilder<number>();
    const chunks: number[][] = [];
    for (const s of sizes) {
      const full = builder.add(s, s);
      if (full) chunks.push(full);
    }
    chunks.push(builder.rest()!);
    expect(builder.rest()).toBeNull();
    expect(chunks).toEqual(importChunks(sizes, (s) => s));
  });
});

describe('requestBytes', () => {
  it('counts the file as sent: JSON in UTF-8, escapes included, plus the comma', () => {
    const plain = { name: 'a.json', size: 7, content: '{"a":1}' };
    expect(requestBytes(plain)).toBe(JSON.stringify(plain).length + 1);
    // Control characters are escaped (\u0001: 6 bytes each), U+FFFD of a binary file takes 3 bytes.
    const binary = { name: 'b.bin', size: 200, content: '\u0001'.repeat(100) + '\uFFFD'.repeat(100) };
    expect(requestBytes(binary)).toBe(JSON.stringify({ ...binary, content: '' }).length + 600 + 300 + 1);
    expect(requestBytes({ name: 'c', size: 10 ** 9, content: null })).toBe(JSON.stringify({ name: 'c', size: 10 ** 9, content: null }).length + 1);
  });

  it('equals the UTF-8 length of the JSON for any text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }));
    fc.assert(
      fc.property(text, text, (name, content) => {
        const file = { name, size: content.length, content };
        expect(requestBytes(file)).toBe(new TextEncoder().encode(JSON.stringify(file)).length + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps even a chunk of the oddest files under the browser mode body limit', () => {
    const worst = { name: 'x'.repeat(260), size: RESPONSE_MAX_BYTES, content: '\u0001'.repeat(RESPONSE_MAX_BYTES) };
    const chunks = importChunks(Array.from({ length: 50 }, () => worst), requestBytes);
    for (const chunk of chunks) {
      expect(new TextEncoder().encode(JSON.stringify({ profileId: '0f8fad5b-d9cb-469f-a165-70867728950e', files: chunk })).length).toBeLessThan(MAX_BODY_BYTES);
    }
    expect(chunks.length).toBeGreaterThan(1);
  });
});
