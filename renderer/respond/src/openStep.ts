/** Step 7: the two optional open questions. */
import type { StepContext } from './context';
import { h } from './dom';
import { STEP } from './state';
import { commentField, navRow } from './widgets';

export function openStep(ctx: StepContext): HTMLElement {
  const { t, state } = ctx;
  return h(
    'div',
    { class: 'step open' },
    h('h1', {}, t.open.title),
    h('p', { class: 'lead' }, t.open.intro),
    commentField(ctx, { label: t.open.keepDoing, value: state.keepDoing, rows: 5, onInput: (v) => (state.keepDoing = v) }),
    commentField(ctx, { label: t.open.startDoing, value: state.startDoing, rows: 5, onInput: (v) => (state.startDoing = v) }),
    navRow(ctx, { previous: STEP.open - 1, next: { label: t.nav.toReview, onClick: () => ctx.goTo(STEP.review) } }),
  );
}
