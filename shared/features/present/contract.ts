/**
 * The presentation view's one operation: full screen for the app's window. Electron sets it on its
 * window (the page's own Fullscreen API is refused there, as every permission is); browser mode has
 * no window of its own to change and answers `applied: false`, so the page uses the Fullscreen API.
 */
import { z } from 'zod';
import { op } from '../../contract/op';

export const presentContract = {
  setFullScreen: op(z.strictObject({ on: z.boolean() }), z.strictObject({ applied: z.boolean() })),
} as const;
