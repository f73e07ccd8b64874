/** Chunks of an import: every file once, in order, each chunk within both bounds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESPONSE_MAX_BYTES } from '@shared/features/exchange/formatConstants';
import { contentBytes, IMPORT_CHUNK_BYTES, IMPORT_CHUNK_FILES, importChunks } from '@shared/features/feedback/importChunks';

describe('importChunks', () => {
  it('keeps every file once, in order, and no chunk over either bound or empty', () => {
    const size = fc.oneof(fc.integer({ min: 0, max: 8 * 1024 }), fc.integer({ min: 0, max: RESPONSE_MAX_BYTES }), fc.integer({ min: 0, max: 2 ** 31 }));
    fc.assert(
      fc.property(fc.array(size, { maxLength: 3000 }), (sizes) => {
        const files = sizes.map((s, i) => ({ id: i, size: s }));
        const chunks = importChunks(files);
        expect(chunks.flat()).toEqual(files);
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          expect(chunk.length).toBeLessThanOrEqual(IMPORT_CHUNK_FILES);
          expect(chunk.reduce((sum, f) => sum + contentBytes(f.size), 0)).toBeLessThanOrEqual(IMPORT_CHUNK_BYTES);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('starts a new chunk only when the next file would not fit', () => {
    const small = Array.from({ length: 2500 }, () => ({ size: 1200 }));
    expect(importChunks(small).map((c) => c.length)).toEqual([1000, 1000, 500]);
    const large = Array.from({ length: 70 }, () => ({ size: RESPONSE_MAX_BYTES }));
    expect(importChunks(large).map((c) => c.length)).toEqual([32, 32, 6]);
    // A file too large to be a response travels unread: it adds no content.
    const huge = Array.from({ length: 5 }, () => ({ size: 1024 ** 3 }));
    expect(importChunks(huge).map((c) => c.length)).toEqual([5]);
    expect(importChunks([])).toEqual([]);
  });
});
