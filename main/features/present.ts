/** The presentation view: full screen for the app's window where the platform has one. */
import type { ApiHandlers } from '@shared/contract/api';
import type { WindowControl } from '../platform/windowControl';

export function createPresentHandlers(window: WindowControl): Pick<ApiHandlers, 'setFullScreen'> {
  return {
    setFullScreen: async ({ on }) => ({ applied: window.setFullScreen(on) }),
  };
}
