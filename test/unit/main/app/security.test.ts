import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  applyNavigationPolicy,
  applySessionSecurity,
  isAppUrl,
  isNetworkRequest,
} from '@main/app/security';
import { CONTENT_SECURITY_POLICY } from '@shared/kernel/csp';
import { StandInSession, StandInWebContents } from './electron-stand-in';

describe('isAppUrl', () => {
  it('accepts the app’s own pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://kompas/')).toBe(true);
    expect(isAppUrl('app://kompas/assets/index.js?x=1#top')).toBe(true);
  });

  it.each([
    'app://kompas.evil/',
    'app://evil/',
    'app://evil/kompas',
    'app://kompas@evil/',
    'app://user:pw@kompas/',
    'app://kompas:8080/',
    'https://kompas/',
    'http://kompas/index.html',
    'https://evil.example/app://kompas/',
    'javascript:alert(1)',
    'javascript://kompas/%0aalert(1)',
    'file:///etc/passwd',
    'file://kompas/index.html',
    'data:text/html,<script>1</script>',
    'appx://kompas/',
    'ap://kompas/',
    ' app://kompas.evil',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('applyNavigationPolicy', () => {
  function guarded(): StandInWebContents {
    const contents = new StandInWebContents();
    applyNavigationPolicy(contents);
    return contents;
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)(
    '%s: denies file:, https: and look-alike hosts, allows the app itself',
    (event) => {
      const contents = guarded();
      expect(contents.attempt(event, 'file:///etc/passwd')).toBe(true);
      expect(contents.attempt(event, 'https://example.org/')).toBe(true);
      expect(contents.attempt(event, 'app://kompas.evil/index.html')).toBe(true);
      expect(contents.attempt(event, 'javascript:alert(1)')).toBe(true);
      expect(contents.attempt(event, 'app://kompas/index.html')).toBe(false);
    },
  );

  it('denies attaching a webview', () => {
    expect(guarded().attempt('will-attach-webview')).toBe(true);
  });

  it('denies every window.open, even to the app itself', () => {
    const handler = guarded().windowOpenHandler;
    expect(handler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });
});

describe('applySessionSecurity', () => {
  function secured(): StandInSession {
    const session = new StandInSession();
    applySessionSecurity(session);
    return session;
  }

  it('denies every permission request and check', () => {
    const session = secured();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      session.permissionRequestHandler?.({}, permission, (answer) => {
        granted = answer;
      });
      expect(granted).toBe(false);
    }
    expect(session.permissionCheckHandler?.()).toBe(false);
    expect(session.devicePermissionHandler?.()).toBe(false);
  });

  it('works on a session without device permissions', () => {
    const session = new StandInSession() as Partial<StandInSession>;
    delete session.setDevicePermissionHandler;
    expect(() => applySessionSecurity(session as StandInSession)).not.toThrow();
  });

  it('cancels every request that would leave the machine', () => {
    const session = secured();
    for (const url of [
      'http://example.org/',
      'https://example.org/font.woff2',
      'http://127.0.0.1:8080/',
      'ws://example.org/socket',
      'wss://example.org/socket',
      'ftp://example.org/file',
      'HTTPS://EXAMPLE.ORG/',
    ]) {
      expect(session.request(url), url).toBe(true);
    }
  });

  it('lets the app’s own requests through', () => {
    const session = secured();
    expect(session.request('app://kompas/index.html')).toBe(false);
    expect(session.request('app://kompas/assets/index-abc.js')).toBe(false);
    expect(session.request('data:image/png;base64,AAAA')).toBe(false);
    expect(session.request('blob:app://kompas/1234')).toBe(false);
  });

  it('treats an unreadable URL as network traffic', () => {
    expect(isNetworkRequest('::::')).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows nothing remote, inline or evaluated', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });
});
