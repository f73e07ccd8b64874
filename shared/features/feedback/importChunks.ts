/**
 * An import of any number of files travels in chunks: each request carries at most
 * IMPORT_CHUNK_FILES files and IMPORT_CHUNK_BYTES of request text, measured as it is sent (JSON,
 * UTF-8), so no request is ever huge, also not one of odd files whose text grows when escaped. Each
 * chunk is judged and stored on its own; the summaries are merged into one (importSummary.ts).
 */

/**
 * Request text per chunk, in bytes. A padded response file is about 6 KB (spec §2), so about 5,600
 * of them make a chunk. Each chunk is one write of the round's file, and that write grows with the
 * round (the whole file is written again): few, large chunks keep an import of 10,000 files linear
 * (`npm run bench`), while a request stays at half the browser mode's body limit
 * (main/transport/webServer.ts), whatever the files hold.
 */
export const IMPORT_CHUNK_BYTES = 32 * 1024 * 1024;

/** Files per chunk, for small files (unpadded answers of older forms, about 1 KB). */
export const IMPORT_CHUNK_FILES = 8000;

/** The UTF-8 length of a text: quick for plain ASCII (what response files are), exact for any text. */
function utf8Length(text: string): number {
  if (!/[\u0080-\uffff]/.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** What a file adds to a request: its JSON text in UTF-8, and the comma between two files. */
export function requestBytes(file: { readonly name: string; readonly size: number; readonly content: string | null }): number {
  return utf8Length(JSON.stringify(file)) + 1;
}

/** Collects files, in order, into chunks within both bounds; never an empty chunk. */
export class ChunkBuilder<F> {
  private current: F[] = [];
  private bytes = 0;

  /** Adds a file of `bytes` request bytes; returns the chunk that is full and must go first, if any. */
  add(file: F, bytes: number): F[] | null {
    let full: F[] | null = null;
    if (this.current.length > 0 && (this.current.length >= IMPORT_CHUNK_FILES || this.bytes + bytes > IMPORT_CHUNK_BYTES)) {
      full = this.current;
      this.current = [];
      this.bytes = 0;
    }
    this.current.push(file);
    this.bytes += bytes;
    return full;
  }

  /** The last chunk, if any files are left. */
  rest(): F[] | null {
    const last = this.current.length > 0 ? this.current : null;
    this.current = [];
    this.bytes = 0;
    return last;
  }
}

/** All files at once into chunks (for callers that hold every file already). */
export function importChunks<F>(files: readonly F[], bytesOf: (file: F) => number): F[][] {
  const builder = new ChunkBuilder<F>();
  const chunks: F[][] = [];
  for (const file of files) {
    const full = builder.add(file, bytesOf(file));
    if (full) chunks.push(full);
  }
  const rest = builder.rest();
  if (rest) chunks.push(rest);
  return chunks;
}
