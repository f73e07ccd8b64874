/** Step 1: who asks and why, how long, how anonymity works, and (if open) the respondent's group. */
import { RATER_GROUPS } from '@shared/features/exchange/formatConstants';
import type { StepContext } from './context';
import { h, uid } from './dom';
import { STEP } from './state';
import { fill, formatDate } from './texts';
import { fillWithNode } from './widgets';

function notAnonymousWarning(ctx: StepContext): HTMLElement {
  const { t } = ctx;
  const id = uid('warning');
  return h(
    'section',
    { class: 'notice warning', 'aria-labelledby': id, 'data-testid': 'not-anonymous' },
    h('h2', { id }, t.intro.managerTitle),
    h('p', {}, t.intro.manager),
    h('ul', {}, ...t.intro.managerPoints.map((point) => h('li', {}, point))),
  );
}

function anonymity(ctx: StepContext): HTMLElement {
  const { t } = ctx;
  const id = uid('anonymity');
  return h(
    'section',
    { class: 'notice info', 'aria-labelledby': id },
    h('h2', { id }, t.intro.anonymousTitle),
    h('ul', {}, ...t.intro.anonymous.map((point) => h('li', {}, point))),
  );
}

/** The required choice of rater group; returns the fieldset and a function that shows the error. */
function groupChoice(ctx: StepContext): { readonly element: HTMLElement; readonly showError: () => void } {
  const { t, state } = ctx;
  const legendId = uid('group');
  const hintId = `${legendId}-hint`;
  const errorId = `${legendId}-error`;
  const error = h('p', { id: errorId, class: 'error', hidden: true }, t.intro.groupMissing);
  const options = RATER_GROUPS.map((group) => {
    const id = `group-${group}`;
    const input = h('input', {
      type: 'radio',
      id,
      name: 'raterGroup',
      value: group,
      checked: state.raterGroup === group,
      required: true,
      onChange: () => {
        state.raterGroup = group;
        error.hidden = true;
        fieldset.classList.remove('invalid');
      },
    });
    return h('div', { class: 'choice' }, input, h('label', { for: id }, t.groupOptions[group]));
  });
  const fieldset = h(
    'fieldset',
    { class: 'group', id: 'rater-group', 'aria-describedby': `${hintId} ${errorId}` },
    h('legend', { id: legendId }, t.intro.groupLegend, h('span', { class: 'required' }, ` (${t.required})`)),
    h('p', { id: hintId, class: 'hint' }, t.intro.groupHint),
    error,
    ...options,
  );
  const showError = (): void => {
    error.hidden = false;
    fieldset.classList.add('invalid');
    fieldset.querySelector('input')?.focus();
  };
  return { element: fieldset, showError };
}

/** Where the saved file goes (spec §1 `returnTo`); an invitation from before it existed points to what was agreed. */
function returnTo(ctx: StepContext): HTMLElement {
  const { t, state } = ctx;
  const where = state.invitation.returnTo;
  if (where === undefined) return h('p', { class: 'return-to', 'data-testid': 'return-to' }, t.intro.returnAsAgreed);
  const target = h('strong', { class: 'return-target' }, where);
  return h('p', { class: 'return-to', 'data-testid': 'return-to' }, ...fillWithNode(t.intro.returnTo, 'returnTo', target));
}

export function introStep(ctx: StepContext): HTMLElement {
  const { t, state, lang } = ctx;
  const inv = state.invitation;
  const leader = inv.leader.trim();
  const fixed = inv.raterGroup;
  const choice = fixed === null ? groupChoice(ctx) : null;
  const next = (): void => {
    if (state.raterGroup === null) choice?.showError();
    else ctx.goTo(STEP.firstDimension);
  };
  return h(
    'div',
    { class: 'step intro' },
    h('h1', {}, t.intro.title),
    inv.anonymous ? null : notAnonymousWarning(ctx),
    h('p', { class: 'lead' }, leader === '' ? t.intro.whoNeutral : fill(t.intro.whoNamed, { leader })),
    h('p', {}, t.intro.why),
    h('p', {}, t.intro.duration),
    inv.closesOn === null ? null : h('p', { class: 'deadline' }, fill(t.intro.closesOn, { date: formatDate(inv.closesOn, lang) })),
    returnTo(ctx),
    inv.anonymous ? anonymity(ctx) : null,
    h('p', { class: 'notice plain' }, t.intro.nothingStored),
    fixed === null ? choice?.element : h('p', { class: 'group-fixed' }, fill(t.intro.groupFixed, { group: t.groups[fixed] })),
    h('div', { class: 'nav' }, h('button', { type: 'button', class: 'button primary', onClick: next }, t.nav.toQuestions)),
  );
}
