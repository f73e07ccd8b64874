/**
 * Padding of a response's plaintext (spec §2): the UTF-8 JSON text followed by ASCII spaces up to the
 * smallest bucket that holds it, so the ciphertext's length tells nothing about the answer within a
 * bucket. Readers need nothing special: JSON parsers ignore the trailing spaces.
 */
export const PADDING_BUCKETS = [4_096, 8_192, 16_384, 32_768, 65_536, 131_072] as const;

const SPACE = 0x20;

/** The bucket for a plaintext of `bytes` UTF-8 bytes, or null when even the largest cannot hold it. */
export function paddedSize(bytes: number): number | null {
  return PADDING_BUCKETS.find((bucket) => bytes <= bucket) ?? null;
}

/** The plaintext bytes as written: UTF-8 of `json`, then spaces up to its bucket. Throws past the largest bucket. */
export function padPlaintext(json: string): Uint8Array<ArrayBuffer> {
  const text = new TextEncoder().encode(json);
  const size = paddedSize(text.length);
  if (size === null) throw new RangeError(`response plaintext of ${text.length} bytes exceeds the largest padding bucket`);
  const padded = new Uint8Array(size).fill(SPACE);
  padded.set(text);
  return padded;
}
