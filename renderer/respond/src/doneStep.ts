/** After saving: the file name, what to do with it, saving the same answer again, or starting over. */
import type { StepContext } from './context';
import { h, uid } from './dom';
import { fill, formatDate } from './texts';
import { fillWithNode } from './widgets';

function saveAgain(ctx: StepContext): HTMLElement {
  const { t } = ctx;
  const id = uid('again');
  const status = h('p', { class: 'status', role: 'status' });
  const button = h('button', {
    type: 'button',
    class: 'button secondary',
    onClick: () => {
      button.disabled = true;
      status.textContent = '';
      ctx
        .save()
        .then((file) => (status.textContent = fill(t.done.againDone, { file })))
        .catch(() => (status.textContent = t.review.failed))
        .finally(() => (button.disabled = false));
    },
  }, t.done.again);
  return h('section', { class: 'notice plain', 'aria-labelledby': id }, h('h2', { id }, t.done.againTitle), h('p', {}, t.done.againHint), button, status);
}

function startOver(ctx: StepContext): HTMLElement {
  const { t } = ctx;
  const id = uid('restart');
  const confirmId = `${id}-confirm`;
  const no = h('button', { type: 'button', class: 'button secondary', onClick: () => toggle(false) }, t.done.restartNo);
  const confirm = h(
    'div',
    { id: confirmId, class: 'confirm', hidden: true },
    h('p', {}, t.done.restartConfirm),
    h('div', { class: 'nav' }, h('button', { type: 'button', class: 'button danger', onClick: () => ctx.restart() }, t.done.restartYes), no),
  );
  const open = h('button', { type: 'button', class: 'button secondary', 'aria-expanded': 'false', 'aria-controls': confirmId, onClick: () => toggle(true) }, t.done.restart);
  function toggle(show: boolean): void {
    confirm.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    (show ? no : open).focus();
  }
  return h('section', { class: 'restart', 'aria-labelledby': id }, h('h2', { id }, t.done.restartTitle), h('p', {}, t.done.restartHint), open, confirm);
}

/** Where to send the file: the invitation's `returnTo`, or (an older invitation) the way that was agreed. */
function sendFile(ctx: StepContext, fileName: string): HTMLElement {
  const { t, state, lang } = ctx;
  const { returnTo, closesOn } = state.invitation;
  const id = uid('send');
  const file = (): HTMLElement => h('span', { class: 'file-name' }, fileName);
  const by = closesOn === null ? null : h('p', {}, fill(t.done.sendBy, { date: formatDate(closesOn, lang) }));
  if (returnTo === undefined) {
    return h('section', { class: 'notice info send', 'aria-labelledby': id, 'data-testid': 'send-to' }, h('h2', { id }, t.done.sendTitle), h('p', {}, ...fillWithNode(t.done.sendAsAgreed, 'file', file())), by);
  }
  return h(
    'section',
    { class: 'notice info send', 'aria-labelledby': id, 'data-testid': 'send-to' },
    h('h2', { id }, t.done.sendTitle),
    h('p', {}, ...fillWithNode(t.done.sendTo, 'file', file())),
    h('p', { class: 'return-target' }, h('strong', {}, returnTo)),
    h('p', {}, t.done.sendHow),
    by,
  );
}

export function doneStep(ctx: StepContext): HTMLElement {
  const { t, state } = ctx;
  const saved = state.saved?.fileName ?? '';
  const fileName = h('strong', { class: 'file-name', 'data-testid': 'file-name' }, saved);
  return h(
    'div',
    { class: 'step done' },
    h('h1', {}, t.done.title),
    h('div', { class: 'notice success' }, h('p', {}, ...fillWithNode(t.done.file, 'file', fileName))),
    sendFile(ctx, saved),
    h('p', {}, t.done.unreadable),
    h('p', {}, t.done.close),
    saveAgain(ctx),
    startOver(ctx),
  );
}
