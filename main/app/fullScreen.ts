/**
 * Full screen for the presentation view in Electron: `setFullScreen` on the main window. The page's
 * own Fullscreen API is refused there (the session denies every permission, 'fullscreen' included),
 * so the renderer asks through the contract operation `setFullScreen` instead.
 */
import type { WindowControl } from '../platform/windowControl';

/** The members of `BrowserWindow` used here. */
export interface FullScreenWindow {
  isDestroyed(): boolean;
  setFullScreen(flag: boolean): void;
}

/** Controls whichever window is the main window now (none before it opens or after it closed). */
export function mainWindowControl(currentWindow: () => FullScreenWindow | null): WindowControl {
  return {
    setFullScreen(on) {
      const window = currentWindow();
      if (window === null || window.isDestroyed()) return false;
      window.setFullScreen(on);
      return true;
    },
  };
}
