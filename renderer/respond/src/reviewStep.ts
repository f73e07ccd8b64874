/** Step 8: a summary of every answer and comment, what is still missing, and "Antwoord opslaan". */
import { DIMENSIONS } from '@shared/kernel/compass/content';
import type { Dimension } from '@shared/kernel/compass/model';
import type { StepContext } from './context';
import { focusStatic, h, uid } from './dom';
import { STEP, missingItems, stepOfNeedle, itemsOfNeedle } from './state';
import { fill } from './texts';
import { answerLabel, navRow } from './widgets';

function entry(term: string, value: string, empty = false, kind = 'entry'): HTMLElement {
  return h('div', { class: kind }, h('dt', {}, term), h('dd', { class: empty ? 'empty' : undefined }, value));
}

/** A free text: shown below its question, across the full width. */
function textEntry(term: string, value: string, emptyText: string): HTMLElement {
  const text = value.trim();
  return entry(term, text || emptyText, text === '', 'entry text');
}

function changeButton(ctx: StepContext, label: string, step: number): HTMLElement {
  return h('button', { type: 'button', class: 'button link', onClick: () => ctx.goTo(step) }, label);
}

function dimensionSummary(ctx: StepContext, dimension: Dimension, step: number): HTMLElement {
  const { t, state, lang } = ctx;
  const id = uid('review');
  const entries = dimension.needles.flatMap((needle) => {
    const comment = (state.needleComments.get(needle) ?? '').trim();
    return [
      ...itemsOfNeedle(state, needle).map((item) => entry(item.text[lang], answerLabel(t, ctx.scale, state.answers.get(item.id)), !state.answers.has(item.id))),
      comment === '' ? null : textEntry(fill(t.review.comment, { number: needle }), comment, ''),
    ].filter((e): e is HTMLElement => e !== null);
  });
  return h(
    'section',
    { class: 'summary', 'aria-labelledby': id },
    h('h2', { id }, fill(t.dimension.title, { numeral: dimension.id, name: dimension.name[lang] })),
    h('dl', {}, ...entries),
    changeButton(ctx, fill(t.review.change, { numeral: dimension.id }), step),
  );
}

/** The list of what is missing, each with a button that goes straight to it. */
function missingSummary(ctx: StepContext): HTMLElement | null {
  const { t, state, lang } = ctx;
  const items = missingItems(state);
  if (items.length === 0 && state.raterGroup !== null) return null;
  const id = uid('missing');
  const links = items.map((item) => {
    const label = fill(t.review.goTo, { text: item.text[lang] });
    return h('li', {}, h('button', { type: 'button', class: 'button link', onClick: () => ctx.goTo(stepOfNeedle(item.needle), { item: item.id }) }, label));
  });
  if (state.raterGroup === null) {
    const label = fill(t.review.goTo, { text: t.review.missingGroup });
    links.unshift(h('li', {}, h('button', { type: 'button', class: 'button link', onClick: () => ctx.goTo(STEP.intro, { group: true }) }, label)));
  }
  return h(
    'section',
    { class: 'notice error-summary', 'aria-labelledby': id, 'data-testid': 'missing' },
    h('h2', { id }, t.review.missingTitle),
    h('p', {}, t.review.missingText),
    h('ul', {}, ...links),
  );
}

export function reviewStep(ctx: StepContext): HTMLElement {
  const { t, state } = ctx;
  const missing = missingSummary(ctx);
  const openId = uid('review');
  const group = state.raterGroup === null ? t.review.noAnswer : t.groups[state.raterGroup];
  const status = h('p', { class: 'status', role: 'status' });
  const save = h('button', {
    type: 'button',
    class: 'button primary',
    onClick: () => {
      if (missing !== null) {
        focusStatic(missing);
        return;
      }
      save.disabled = true;
      status.textContent = t.review.saving;
      ctx
        .save()
        .then(() => ctx.goTo(STEP.done))
        .catch(() => {
          status.textContent = t.review.failed;
          save.disabled = false;
        });
    },
  }, t.review.save);

  return h(
    'div',
    { class: 'step review' },
    h('h1', {}, t.review.title),
    h('p', { class: 'lead' }, t.review.intro),
    missing,
    h(
      'div',
      { class: 'summary' },
      h('dl', {}, entry(t.review.group, group, state.raterGroup === null)),
      state.invitation.raterGroup === null ? changeButton(ctx, t.review.changeGroup, STEP.intro) : null,
    ),
    ...DIMENSIONS.map((dimension, index) => dimensionSummary(ctx, dimension, STEP.firstDimension + index)),
    h(
      'section',
      { class: 'summary', 'aria-labelledby': openId },
      h('h2', { id: openId }, t.open.title),
      h(
        'dl',
        {},
        textEntry(t.open.keepDoing, state.keepDoing, t.review.empty),
        textEntry(t.open.startDoing, state.startDoing, t.review.empty),
      ),
      changeButton(ctx, t.review.changeOpen, STEP.open),
    ),
    h('div', { class: 'save' }, h('p', {}, t.review.saveIntro), navRow(ctx, { previous: STEP.open }, save), status),
  );
}
