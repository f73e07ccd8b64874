/**
 * Browser mode: the same services as the Electron app, with the built renderer and the API
 * contract served over HTTP on 127.0.0.1 only. Every API call needs the random token; requests
 * with a foreign Host or Origin are refused (DNS rebinding, other local web pages).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '@shared/kernel/csp';
import { errorPayload } from '@shared/contract/errors';
import type { Dispatch } from './dispatch';
import { contentTypeOf, resolveStaticPath } from '../app/staticPath';

/** Twice the largest request the renderer sends: an import chunk (shared/features/feedback/importChunks.ts). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
const HOST = '127.0.0.1';

export interface WebServerOptions {
  readonly dispatch: Dispatch;
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly token?: string;
}

export interface WebServer {
  readonly origin: string;
  /** The address to open, with the token in the fragment (never sent to the server or logged). */
  readonly url: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  const server = createServer((req, res) => {
    handle(req, res).catch(() => sendStatus(res, 500));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== new URL(origin).host) return sendStatus(res, 421);
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendStatus(res, 405);
    const filePath = resolveStaticPath(options.rendererDir, url.pathname);
    if (!filePath) return sendStatus(res, 404);
    try {
      if (!(await stat(filePath)).isFile()) return sendStatus(res, 404);
      send(res, 200, contentTypeOf(filePath), await readFile(filePath));
    } catch {
      sendStatus(res, 404);
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return sendStatus(res, 405);
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      return sendStatus(res, 403);
    }
    if (!hasToken(req.headers.authorization, token)) {
      return sendStatus(res, 401);
    }
    const body = await readBody(req);
    if (body === null) return sendStatus(res, 413);
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(res, { ok: false, error: errorPayload('unreadable-input', {}) });
    }
    sendJson(res, await options.dispatch(name, input));
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${HOST}:${port}`;

  return {
    origin,
    url: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

function hasToken(header: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  securityHeaders(res);
  res.writeHead(status, { 'Content-Type': contentType });
  res.end(body);
}

/** A bare status: HTTP's own reason phrase; what the user reads is worded by the renderer. */
function sendStatus(res: ServerResponse, status: number): void {
  send(res, status, 'text/plain; charset=utf-8', STATUS_CODES[status] ?? String(status));
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}
