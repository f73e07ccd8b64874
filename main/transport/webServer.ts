/**
 * Browser mode: the same services as the Electron app, with the built renderer and the API
 * contract served over HTTP on 127.0.0.1 only. Every API call needs the random token; requests
 * with a foreign Host or Origin are refused (DNS rebinding, other local web pages).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '@shared/kernel/csp';
import type { Dispatch } from './dispatch';
import { contentTypeOf, resolveStaticPath } from '../app/staticPath';

/** Large enough for an import of a few thousand response files in one request. */
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
    handle(req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Interne fout.'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain; charset=utf-8', 'Onbekende host.');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Niet toegestaan.');
    const filePath = resolveStaticPath(options.rendererDir, url.pathname);
    if (!filePath) return send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden.');
    try {
      if (!(await stat(filePath)).isFile()) return send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden.');
      send(res, 200, contentTypeOf(filePath), await readFile(filePath));
    } catch {
      send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden.');
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Niet toegestaan.');
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Verzoek van een andere site geweigerd.');
    }
    if (!hasToken(req.headers.authorization, token)) {
      return send(res, 401, 'text/plain; charset=utf-8', 'Geen toegang: open de app via het adres dat bij het starten is getoond.');
    }
    const body = await readBody(req);
    if (body === null) return send(res, 413, 'text/plain; charset=utf-8', 'Het verzoek is te groot.');
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(res, {
        ok: false,
        error: { code: 'invalid-input', message: 'De invoer kon niet worden gelezen. Er is niets gewijzigd.', details: [] },
      });
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

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}
