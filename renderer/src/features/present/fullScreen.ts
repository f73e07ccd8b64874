/**
 * Full screen for the presentation. Electron changes its own window (the contract operation
 * `setFullScreen`; the page's Fullscreen API is refused there). In browser mode that answers "not
 * applied" and the page asks the browser's Fullscreen API for the presentation element; when the
 * browser refuses, the presentation simply fills the window.
 */
import { api } from '../../app/api/client';

/** `window`: the app's window is full screen; `element`: the Fullscreen API; `none`: it fills the window. */
export type ScreenMode = 'window' | 'element' | 'none';

export async function enterFullScreen(element: HTMLElement): Promise<ScreenMode> {
  try {
    if ((await api().setFullScreen({ on: true })).applied) return 'window';
  } catch {
    // No window to change: try the page's own way below.
  }
  if (!document.fullscreenEnabled || typeof element.requestFullscreen !== 'function') return 'none';
  try {
    await element.requestFullscreen();
    return 'element';
  } catch {
    return 'none';
  }
}

export async function leaveFullScreen(mode: ScreenMode | null): Promise<void> {
  if (mode === 'window') await api().setFullScreen({ on: false }).catch(() => undefined);
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
}
