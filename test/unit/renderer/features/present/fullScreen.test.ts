/**
 * Full screen for the presentation: the app's window where the platform has one (Electron answers
 * `applied: true`), else the page's Fullscreen API, else the window as it is. Against the real
 * services (browser mode answers `applied: false`); Electron's answer is given by a handler that
 * still goes through the dispatcher.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enterFullScreen, leaveFullScreen } from '@renderer/src/features/present/fullScreen';
import { connectBackend } from '../../backend';

function pageFullScreen(enabled: boolean, request: () => Promise<void>) {
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: enabled });
  const element = document.createElement('main');
  const requestFullscreen = vi.fn(request);
  Object.defineProperty(element, 'requestFullscreen', { configurable: true, value: requestFullscreen });
  return { element, requestFullscreen };
}

afterEach(() => {
  Reflect.deleteProperty(document, 'fullscreenEnabled');
});

describe('enterFullScreen', () => {
  it('in Electron: the window goes full screen and the page’s API is not asked', async () => {
    const calls: boolean[] = [];
    await connectBackend({ replace: { setFullScreen: async ({ on }) => (calls.push(on), { applied: true }) } });
    const { element, requestFullscreen } = pageFullScreen(true, () => Promise.resolve());
    expect(await enterFullScreen(element)).toBe('window');
    expect(requestFullscreen).not.toHaveBeenCalled();
    await leaveFullScreen('window');
    expect(calls).toEqual([true, false]);
  });

  it('in browser mode: the Fullscreen API on the presentation element', async () => {
    const backend = await connectBackend();
    const { element, requestFullscreen } = pageFullScreen(true, () => Promise.resolve());
    expect(await enterFullScreen(element)).toBe('element');
    expect(backend.callsOf('setFullScreen')).toEqual([{ on: true }]);
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
  });

  it('when the browser refuses, or has no full screen, the presentation fills the window', async () => {
    await connectBackend();
    const refused = pageFullScreen(true, () => Promise.reject(new TypeError('Permissions check failed')));
    expect(await enterFullScreen(refused.element)).toBe('none');
    const unavailable = pageFullScreen(false, () => Promise.resolve());
    expect(await enterFullScreen(unavailable.element)).toBe('none');
    expect(unavailable.requestFullscreen).not.toHaveBeenCalled();
  });

  it('when the operation itself fails, the page’s API is still tried', async () => {
    await connectBackend({ replace: { setFullScreen: async () => Promise.reject(new Error('window gone')) } });
    const { element } = pageFullScreen(true, () => Promise.resolve());
    expect(await enterFullScreen(element)).toBe('element');
  });
});
