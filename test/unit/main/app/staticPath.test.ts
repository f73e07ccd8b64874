import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticPath } from '@main/app/staticPath';

const ROOT = resolve('/srv/kompas/renderer');

describe('resolveStaticPath', () => {
  it.each([
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/app.js', join('assets', 'app.js')],
    ['/assets/../index.html', 'index.html'],
    ['/assets/./app.js', join('assets', 'app.js')],
    ['/assets/app%20v2.js', join('assets', 'app v2.js')],
    ['/fonts/%C3%A9.woff2', join('fonts', 'é.woff2')],
    ['//assets/app.js', join('assets', 'app.js')],
    ['///etc/passwd', join('etc', 'passwd')],
  ])('%s → <root>/%s', (urlPath, inside) => {
    expect(resolveStaticPath(ROOT, urlPath)).toBe(join(ROOT, inside));
  });

  it.each([
    ['parent folder', '/../secret.txt'],
    ['parent of parent', '/../../etc/passwd'],
    ['deeper escape', '/assets/../../secret.txt'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['encoded upper-case dots', '/%2E%2E/secret.txt'],
    ['encoded slash', '/..%2fsecret.txt'],
    ['encoded slash inside a folder', '/assets/..%2F..%2Fsecret.txt'],
    ['backslash', '/..\\secret.txt'],
    ['encoded backslash', '/..%5csecret.txt'],
    ['backslash without dots', '/assets\\app.js'],
    ['NUL byte', '/index.html\0.png'],
    ['encoded NUL byte', '/index.html%00.png'],
    ['malformed percent-encoding', '/%E0%A4%A'],
    ['lone percent sign', '/100%'],
    ['the root folder itself', '/.'],
    ['the root folder via its parent', `/../${ROOT.split(sep).pop() ?? ''}`],
    ['a sibling folder with the same prefix', `/../${ROOT.split(sep).pop() ?? ''}-evil/x.js`],
  ])('refuses %s (%s)', (_label, urlPath) => {
    expect(resolveStaticPath(ROOT, urlPath)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const inputs = ['/a/b/../../..', '/./../x', '/a/%2e%2e/%2e%2e/x', '/%2e/%2e%2e/x', '/a/b/c/../../../../x'];
    for (const input of inputs) {
      const result = resolveStaticPath(ROOT, input);
      if (result !== null) expect(result.startsWith(ROOT + sep)).toBe(true);
    }
    expect(resolveStaticPath(ROOT, '/a/b/../../../x')).toBeNull();
  });

  it('works with a relative root folder and a root given with a trailing separator', () => {
    expect(resolveStaticPath('out/renderer', '/index.html')).toBe(resolve('out/renderer/index.html'));
    expect(resolveStaticPath(ROOT + sep, '/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveStaticPath(ROOT + sep, '/../x')).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.mjs', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['favicon.ico', 'image/x-icon'],
    ['font.woff2', 'font/woff2'],
    ['LICENSE.txt', 'text/plain; charset=utf-8'],
    ['INDEX.HTML', 'text/html; charset=utf-8'],
    ['archive.zip', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
