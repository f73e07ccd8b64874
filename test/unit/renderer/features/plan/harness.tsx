/** Shared setup for the routekaart tests: Dutch texts, a fake bridge, fresh stores, a modal <dialog>. */
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { setApiBridge } from '@renderer/src/app/api/client';
import { initI18n } from '@renderer/src/app/i18n';
import { usePlan } from '@renderer/src/features/plan/store';
import type { FakeBridge } from './fakeBridge';

await initI18n('nl');

// jsdom has no modal dialogs: opening one only needs to make it visible for these tests.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

export function resetPlanStore(): void {
  usePlan.setState({ plan: null, problem: null, saved: null, reminders: null, remindersDismissed: false });
}

/** Renders `ui` against the fake bridge; for the plan screen, waits until the plan is shown. */
export async function renderWith(fake: FakeBridge, ui: ReactElement, waitFor: string | null = 'Mijn routes') {
  setApiBridge(fake.bridge);
  resetPlanStore();
  const result = render(ui);
  if (waitFor) await screen.findByRole('heading', { name: waitFor });
  return result;
}
