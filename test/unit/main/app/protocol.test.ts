import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAppProtocol, resolveAppRequest } from '@main/app/protocol';
import { CONTENT_SECURITY_POLICY } from '@shared/kernel/csp';
import { StandInProtocol } from './electron-stand-in';

const SECRET = 'secret outside the build folder';
let base: string;
let root: string;
let secretPath: string;
const protocol = new StandInProtocol();

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'kompas-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Kompas</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1);');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  secretPath = join(base, 'secret.txt');
  writeFileSync(secretPath, SECRET);
  registerAppProtocol(protocol, root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('registers a handler for the app scheme only', () => {
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });

  it('serves index.html for / and by name, with the CSP and nosniff headers', async () => {
    for (const url of ['app://kompas/', 'app://kompas/index.html']) {
      const response = await protocol.fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Kompas</title>');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves scripts and styles with their content types', async () => {
    const script = await protocol.fetch('app://kompas/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toBe('console.log(1);');
    const style = await protocol.fetch('app://kompas/assets/index-abc.css');
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers 404 for a missing file or a folder, still with the CSP', async () => {
    for (const url of ['app://kompas/missing.js', 'app://kompas/assets/', 'app://kompas/assets']) {
      const response = await protocol.fetch(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it.each([
    'app://kompas/..%2fsecret.txt',
    'app://kompas/%2e%2e%2fsecret.txt',
    'app://kompas/%2E%2E%2Fsecret.txt',
    'app://kompas/assets/..%2f..%2fsecret.txt',
    'app://kompas/..%5csecret.txt',
    'app://kompas/index.html%00.js',
    'app://kompas/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await protocol.fetch(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('never serves a file by its absolute path', async () => {
    for (const url of [
      `app://kompas/${encodeURIComponent(secretPath)}`,
      `app://kompas/${secretPath}`,
      `app://kompas//${secretPath}`,
    ]) {
      const response = await protocol.fetch(url);
      expect(response.status, url).not.toBe(200);
      expect(await response.text()).not.toContain(SECRET);
    }
  });

  it('never resolves a plain .. out of the folder (the URL parser removes it first)', async () => {
    const response = await protocol.fetch('app://kompas/../secret.txt');
    expect(await response.text()).not.toContain(SECRET);
  });

  it.each(['app://evil/index.html', 'app://kompas.evil/index.html', 'app://KOMPAS.evil/'])(
    'refuses other hosts: %s',
    async (url) => {
      expect((await protocol.fetch(url)).status).toBe(403);
    },
  );

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s with 405', async (method) => {
    const response = await protocol.fetch('app://kompas/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });
});

describe('resolveAppRequest', () => {
  it('resolves inside the folder without touching the disk', () => {
    expect(resolveAppRequest('/srv/app', 'app://kompas/', 'GET')).toEqual({
      status: 200,
      filePath: join('/srv/app', 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
  });

  it('refuses other schemes, hosts and methods', () => {
    expect(resolveAppRequest('/srv/app', 'https://kompas/index.html', 'GET')).toEqual({ status: 403 });
    expect(resolveAppRequest('/srv/app', 'file:///srv/app/index.html', 'GET')).toEqual({ status: 403 });
    expect(resolveAppRequest('/srv/app', 'app://kompas/index.html', 'HEAD')).toEqual({ status: 405 });
    expect(resolveAppRequest('/srv/app', 'app://kompas/..%2f..%2fetc/passwd', 'GET')).toEqual({ status: 403 });
    // URLs with user info cannot even become a Request; the resolver refuses them anyway.
    expect(resolveAppRequest('/srv/app', 'app://kompas@evil/index.html', 'GET')).toEqual({ status: 403 });
    expect(resolveAppRequest('/srv/app', 'app://x@kompas/index.html', 'GET')).toEqual({ status: 403 });
  });
});
