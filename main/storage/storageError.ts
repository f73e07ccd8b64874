/** The failures the storage layer reports, as codes with parameters (the renderer words them). */
import { ApiError } from '../features/apiError';
import type { DocumentKindName } from './documentKind';

/** Saving failed (disk full, short write, no permission); the previous version is intact. */
export function writeFailed(document: DocumentKindName): ApiError {
  return new ApiError('storage-write-failed', { document });
}

/** The document was written by a newer version of the app: it is left untouched, read-only. */
export function newerVersion(document: DocumentKindName): ApiError {
  return new ApiError('storage-newer-version', { document });
}
