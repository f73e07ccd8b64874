/** Steps 2–6: one dimension, its two needles (with explanation), their items and optional comments. */
import { needleById } from '@shared/kernel/compass/content';
import { SCALE_VALUES, type Answer, type Dimension, type NeedleId } from '@shared/kernel/compass/model';
import { SITUATIONAL_INSTRUCTION } from '@shared/kernel/compass/scales';
import type { StepContext } from './context';
import { h, uid } from './dom';
import type { FormItem } from './invitation';
import { itemsOfNeedle } from './state';
import { fill } from './texts';
import { commentField, navRow } from './widgets';

/** Ids used to find an item again (links from the review step). */
export function itemFieldsetId(itemId: string): string {
  return `item-${itemId.replace('.', '-')}`;
}

function itemQuestion(ctx: StepContext, item: FormItem, number: number): HTMLElement {
  const { state, scale, lang } = ctx;
  const base = itemFieldsetId(item.id);
  const current = state.answers.get(item.id);
  const choices: [string, Answer, string][] = [
    ...SCALE_VALUES.map((v): [string, Answer, string] => [`${v}`, v, scale.values[v]]),
    ['na', null, scale.na],
  ];
  const options = choices.map(([value, answer, label]) => {
    const id = `${base}-${value}`;
    const input = h('input', {
      type: 'radio',
      id,
      name: `q-${item.id}`,
      value,
      checked: state.answers.has(item.id) && current === answer,
      onChange: () => {
        state.answers.set(item.id, answer);
        ctx.answered();
      },
    });
    const number = answer === null ? null : h('span', { class: 'scale-value' }, value);
    return h('div', { class: answer === null ? 'option na' : 'option' }, input, h('label', { for: id }, number, number && ' ', h('span', { class: 'scale-label' }, label)));
  });
  // A situational item: rate only the occasions on which the behaviour could occur.
  const hintId = `${base}-situational`;
  const hint = item.situational ? h('p', { class: 'hint situational', id: hintId }, SITUATIONAL_INSTRUCTION[lang]) : null;
  return h(
    'fieldset',
    { class: 'item', id: base, 'aria-describedby': hint === null ? undefined : hintId },
    h('legend', {}, h('span', { class: 'item-number' }, `${number}. `), item.text[lang]),
    hint,
    h('div', { class: 'options' }, ...options),
  );
}

function needleSection(ctx: StepContext, needle: NeedleId): HTMLElement {
  const { t, state, lang } = ctx;
  const info = needleById(needle);
  const headingId = uid('needle');
  const items = itemsOfNeedle(state, needle);
  return h(
    'section',
    { class: 'needle', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, fill(t.dimension.needle, { number: needle, name: info.name[lang] })),
    h('details', { class: 'explain' }, h('summary', {}, t.dimension.explain), h('p', {}, info.explanation[lang])),
    ...items.map((item) => itemQuestion(ctx, item, state.invitation.formItems.indexOf(item) + 1)),
    commentField(ctx, {
      label: fill(t.dimension.comment, { number: needle }),
      hint: t.dimension.commentHint,
      value: state.needleComments.get(needle) ?? '',
      onInput: (value) => state.needleComments.set(needle, value),
    }),
  );
}

export function dimensionStep(ctx: StepContext, dimension: Dimension, step: number): HTMLElement {
  const { t, lang } = ctx;
  return h(
    'div',
    { class: 'step dimension' },
    h('h1', {}, fill(t.dimension.title, { numeral: dimension.id, name: dimension.name[lang] })),
    h('p', { class: 'lead' }, dimension.summary[lang]),
    h('p', { class: 'instruction' }, t.dimension.instruction),
    ...dimension.needles.map((needle) => needleSection(ctx, needle)),
    navRow(ctx, {
      previous: step - 1,
      next: { label: t.nav.next, onClick: () => ctx.goTo(step + 1) },
    }),
  );
}
