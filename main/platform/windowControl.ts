/**
 * What the app may change about its own window. Electron: the main window (main/app/fullScreen.ts);
 * browser mode has no window of its own (the browser's tab is the page's business).
 */
export interface WindowControl {
  /** Puts the window in or out of full screen; false when there is no window to do it with. */
  setFullScreen(on: boolean): boolean;
}

/** Browser mode and tests: no window; the page uses the Fullscreen API instead. */
export const noWindowControl: WindowControl = {
  setFullScreen: () => false,
};
