/**
 * The `app://kompas/…` protocol: serves the built renderer from one folder, GET only, never a file
 * outside that folder, with the app's CSP on every response.
 */
import { readFile } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '@shared/kernel/csp';
import { APP_SCHEME, isAppUrl } from './security';
import { contentTypeOf, resolveStaticPath } from './staticPath';

export type AppRequestResolution =
  | { status: 200; filePath: string; contentType: string }
  | { status: 403 | 404 | 405 };

/**
 * Decides what an `app:` request may get, without touching the disk: GET only, the app's own host,
 * and a path that stays inside `rootDir` after decoding (the same rule as browser mode, in
 * `staticPath.ts`, so encoded tricks like `..%2f`, `%5c` and `%00` meet the same checks).
 * A path that is allowed but names no file becomes a 404 when the file is read.
 */
export function resolveAppRequest(rootDir: string, requestUrl: string, method: string): AppRequestResolution {
  if (method.toUpperCase() !== 'GET') return { status: 405 };
  if (!isAppUrl(requestUrl)) return { status: 403 };
  const filePath = resolveStaticPath(rootDir, new URL(requestUrl).pathname);
  if (filePath === null) return { status: 403 };
  return { status: 200, filePath, contentType: contentTypeOf(filePath) };
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

function errorResponse(status: 403 | 404 | 405): Response {
  const headers = securityHeaders('text/plain; charset=utf-8');
  if (status === 405) headers.Allow = 'GET';
  return new Response(STATUS_CODES[status] ?? 'Error', { status, headers });  // HTTP's own reason phrase
}

/** Answers one `app:` request: the file with its headers, or an error status. */
export async function respondToAppRequest(rootDir: string, request: Request): Promise<Response> {
  const resolution = resolveAppRequest(rootDir, request.url, request.method);
  if (resolution.status !== 200) return errorResponse(resolution.status);
  try {
    const body = await readFile(resolution.filePath);
    return new Response(body, { status: 200, headers: securityHeaders(resolution.contentType) });
  } catch {
    return errorResponse(404);
  }
}

/** The member of Electron's `protocol` module used here. */
export interface ProtocolRegistry {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

/** Serves `rootDir` (the built renderer) on `app://kompas/`. Call after the app is ready. */
export function registerAppProtocol(protocol: ProtocolRegistry, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(rootDir, request));
}
