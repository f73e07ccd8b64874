/** The presentation's full-screen operation behind the real dispatcher, in browser mode and with a window. */
import { afterEach, describe, expect, it } from 'vitest';
import type { WindowControl } from '@main/platform/windowControl';
import { openHarness, type Harness } from './harness';

let harness: Harness | null = null;
afterEach(() => harness?.cleanup());

describe('setFullScreen', () => {
  it('answers “not applied” in browser mode, where the page uses the Fullscreen API', async () => {
    harness = await openHarness();
    expect(await harness.dispatch('setFullScreen', { on: true })).toEqual({ ok: true, value: { applied: false } });
  });

  it('passes the choice to the app’s window where there is one', async () => {
    const calls: boolean[] = [];
    const windowControl: WindowControl = { setFullScreen: (on) => (calls.push(on), true) };
    harness = await openHarness({ windowControl });
    expect(await harness.dispatch('setFullScreen', { on: true })).toEqual({ ok: true, value: { applied: true } });
    expect(await harness.dispatch('setFullScreen', { on: false })).toEqual({ ok: true, value: { applied: true } });
    expect(calls).toEqual([true, false]);
  });

  it('refuses anything but on/off, and then leaves the window alone', async () => {
    const calls: boolean[] = [];
    harness = await openHarness({ windowControl: { setFullScreen: (on) => (calls.push(on), true) } });
    const result = await harness.dispatch('setFullScreen', { on: 'yes' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });
});
