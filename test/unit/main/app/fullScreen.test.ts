/** Full screen for the presentation view in Electron, against the electron stand-in's window. */
import { describe, expect, it } from 'vitest';
import { mainWindowControl } from '@main/app/fullScreen';
import { StandInBrowserWindow } from './electron-stand-in';

describe('mainWindowControl', () => {
  it('puts the main window in and out of full screen', () => {
    const window = new StandInBrowserWindow({});
    const control = mainWindowControl(() => window);
    expect(control.setFullScreen(true)).toBe(true);
    expect(window.fullScreen).toBe(true);
    expect(control.setFullScreen(false)).toBe(true);
    expect(window.fullScreen).toBe(false);
  });

  it('acts on the window that is the main window now', () => {
    let current: StandInBrowserWindow | null = null;
    const control = mainWindowControl(() => current);
    expect(control.setFullScreen(true)).toBe(false);
    current = new StandInBrowserWindow({});
    expect(control.setFullScreen(true)).toBe(true);
    expect(current.fullScreen).toBe(true);
  });

  it('does nothing to a window that was closed', () => {
    const window = new StandInBrowserWindow({});
    window.destroyed = true;
    expect(mainWindowControl(() => window).setFullScreen(true)).toBe(false);
    expect(window.fullScreen).toBe(false);
  });
});
