/**
 * An import of any number of files travels in chunks: each request carries at most
 * IMPORT_CHUNK_FILES files and IMPORT_CHUNK_BYTES of file content, so no request is ever huge (in
 * browser mode it stays far below the server's body limit; over IPC it stays small). Each chunk is
 * judged and stored on its own; the summaries are merged into one (importSummary.ts).
 */
import { responseTooLarge } from '../exchange/formatConstants';

/** Files per request. A response file is about 1 to 6 KB, so a chunk is usually limited by this. */
export const IMPORT_CHUNK_FILES = 1000;

/** File content per request, in bytes (as the file system reports sizes; a file's text is never longer). */
export const IMPORT_CHUNK_BYTES = 8 * 1024 * 1024;

/** The bytes a file adds to a request: nothing when it is too large to be a response (it is sent unread). */
export function contentBytes(size: number): number {
  return responseTooLarge(size) ? 0 : size;
}

/**
 * Splits files, in their order, into chunks of at most IMPORT_CHUNK_FILES files and
 * IMPORT_CHUNK_BYTES of content. Every file lands in exactly one chunk; none is empty.
 */
export function importChunks<F extends { readonly size: number }>(files: readonly F[]): F[][] {
  const chunks: F[][] = [];
  let current: F[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = contentBytes(file.size);
    if (current.length > 0 && (current.length >= IMPORT_CHUNK_FILES || bytes + size > IMPORT_CHUNK_BYTES)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
