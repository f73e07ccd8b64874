import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '@main/transport/dispatch';
import { createServices } from '@main/services';
import { confStoreFactory } from '@main/platform/confStore';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '@main/transport/webServer';
import { appStateSchema } from '@shared/contract/api';
import { CONTENT_SECURITY_POLICY } from '@shared/kernel/csp';
import { newAssessmentInput } from '../../../fixtures/assessment';

const TOKEN = 'test-token-0123456789abcdef';
const INDEX_HTML = '<!doctype html><html lang="nl"><title>Ambtelijk Kompas</title></html>';
const SECRET = 'GEHEIM: dit bestand ligt buiten de map van de app';

const root = mkdtempSync(join(tmpdir(), 'kompas-web-'));
let dataDir: string;
let server: WebServer;
let port: number;

beforeAll(async () => {
  const rendererDir = join(root, 'renderer');
  dataDir = join(root, 'data');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("kompas");');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  const dispatch = createDispatcher(createServices({ dataDir, openStore: confStoreFactory }), () => {});
  server = await startWebServer({ dispatch, rendererDir, port: 0, token: TOKEN });
  port = Number(new URL(server.origin).port);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request to the server (fetch cannot set Host and normalises paths). */
function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(name: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send({
    method: 'POST',
    path: `/api/${name}`,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function canConnect(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('startWebServer: where it listens', () => {
  it('binds to 127.0.0.1 and hands out the token only in the URL fragment', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new URL(server.origin).hostname).toBe('127.0.0.1');
    expect(server.url).toBe(`${server.origin}/#token=${TOKEN}`);
  });

  it('is reachable on 127.0.0.1 and on no other address', async () => {
    expect(await canConnect('127.0.0.1')).toBe(true);
    expect(await canConnect('::1')).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal)
      .map((a) => a!.address);
    for (const address of external) expect(await canConnect(address)).toBe(false);
  });
});

describe('static files', () => {
  it('GET / serves index.html with the Content-Security-Policy and other safety headers', async () => {
    const reply = await send({ path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content type, and 404 for what is not there', async () => {
    const js = await send({ path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send({ path: '/assets/missing.js' })).status).toBe(404);
    expect((await send({ path: '/assets' })).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/secret.txt%00.html',
    `/${encodeURIComponent(join(root, 'secret.txt'))}`,
  ])('path traversal %s → 404, and the file outside is not sent', async (path) => {
    const reply = await send({ path });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('GEHEIM');
  });

  it('refuses other methods on pages with 405', async () => {
    expect((await send({ method: 'POST', path: '/' })).status).toBe(405);
    expect((await send({ method: 'DELETE', path: '/index.html' })).status).toBe(405);
  });
});

describe('requests from elsewhere', () => {
  it.each(['evil.example', 'localhost', `localhost:${'PORT'}`, '127.0.0.1', '127.0.0.1:1'])(
    'a foreign Host header (%s) → 421, for pages and for the API',
    async (host) => {
      const value = host.replace('PORT', String(port));
      expect((await send({ path: '/', headers: { host: value } })).status).toBe(421);
      expect((await api('getAppState', {}, { host: value })).status).toBe(421);
    },
  );

  it('a foreign Origin on the API → 403, even with the token', async () => {
    for (const origin of ['http://evil.example', `http://localhost:${port}`, 'null']) {
      expect((await api('getAppState', {}, { origin })).status).toBe(403);
    }
    expect((await api('getAppState', {}, { origin: server.origin })).status).toBe(200);
  });
});

describe('API access', () => {
  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer wrong-token-0123456789abcde' }],
    ['the token without Bearer', { authorization: TOKEN }],
    ['the token with one character more', { authorization: `Bearer ${TOKEN}x` }],
    ['another scheme', { authorization: `Basic ${TOKEN}` }],
  ])('%s → 401', async (_label, headers) => {
    const reply = await send({ method: 'POST', path: '/api/getAppState', headers, body: '{}' });
    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('"ok"');
  });

  it('GET on the API → 405', async () => {
    const reply = await send({ path: '/api/getAppState', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(reply.status).toBe(405);
  });

  it('a body over the limit → 413; exactly at the limit is read', async () => {
    const max = MAX_BODY_BYTES;
    expect((await api('getAppState', `{}${' '.repeat(max - 1)}`)).status).toBe(413);
    const atLimit = await api('getAppState', `{}${' '.repeat(max - 2)}`);
    expect(atLimit.status).toBe(200);
    expect(JSON.parse(atLimit.body)).toMatchObject({ ok: true });
  });

  it('malformed JSON → ok:false unreadable-input, nothing stored', async () => {
    const before = readdirSync(root, { recursive: true }).sort();
    const reply = await api('createAssessment', '{"date": "2025-01-01", ');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'unreadable-input', params: {} },
    });
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
  });

  it('invalid input → the contract’s invalid-input with the problem per field as codes', async () => {
    const reply = await api('setLanguage', { language: 'de' });
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        params: {},
        issues: [{ path: ['language'], code: 'not-one-of', params: { values: 'nl, en' } }],
      },
    });
  });

  it('an unknown operation → unknown-operation', async () => {
    expect(JSON.parse((await api('deleteEverything', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
  });

  it('valid calls return the contract’s output, from the real services', async () => {
    const state = JSON.parse((await api('getAppState', {})).body) as { ok: boolean; value: unknown };
    expect(state.ok).toBe(true);
    expect(appStateSchema.safeParse(state.value).success).toBe(true);
    // An empty body counts as {}.
    expect(JSON.parse((await api('getAppState', '')).body)).toEqual(state);

    const profileId = appStateSchema.parse(state.value).activeProfileId;

    const created = JSON.parse((await api('createAssessment', { profileId, ...newAssessmentInput('2024-11-11') })).body) as {
      ok: boolean;
      value: { id: string; date: string };
    };
    expect(created).toMatchObject({ ok: true, value: { date: '2024-11-11' } });
    const listed = JSON.parse((await api('listAssessments', { profileId })).body) as { value: Array<{ id: string }> };
    expect(listed.value.map((a) => a.id)).toContain(created.value.id);
    // A data operation names its profile: without it the input is refused, per field.
    expect(JSON.parse((await api('listAssessments', {})).body)).toEqual({
      ok: false,
      error: { code: 'invalid-input', params: {}, issues: [{ path: ['profileId'], code: 'missing', params: {} }] },
    });
  });
});
