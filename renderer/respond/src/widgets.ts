/** Building blocks shared by the steps: text fields with a counter, navigation, answer labels. */
import type { Answer } from '@shared/kernel/compass/model';
import { formatNumber } from '@shared/kernel/format';
import { COMMENT_MAX } from '@shared/kernel/limits';
import type { StepContext } from './context';
import { h, uid } from './dom';
import { fill, type RespondTexts, type ScaleTexts } from './texts';

interface CommentOptions {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly rows?: number;
}

/** A labelled, optional text area of at most COMMENT_MAX characters with a counter. */
export function commentField(ctx: StepContext, options: CommentOptions): HTMLElement {
  const id = uid('text');
  const counterId = `${id}-count`;
  const hintId = options.hint === undefined ? undefined : `${id}-hint`;
  const counter = h('p', { id: counterId, class: 'counter' });
  const showCount = (length: number): void => {
    counter.textContent = fill(ctx.t.counter, { count: formatNumber(length, ctx.lang), max: formatNumber(COMMENT_MAX, ctx.lang) });
  };
  const area = h('textarea', {
    id,
    rows: options.rows ?? 3,
    maxlength: COMMENT_MAX,
    'aria-describedby': [hintId, counterId].filter(Boolean).join(' '),
    onInput: () => {
      options.onInput(area.value);
      showCount(area.value.length);
    },
  });
  area.value = options.value;
  showCount(options.value.length);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, options.label),
    hintId === undefined ? null : h('p', { id: hintId, class: 'hint' }, options.hint),
    area,
    counter,
  );
}

interface NavOptions {
  readonly previous?: number;
  readonly next?: { readonly label: string; readonly onClick: () => void };
}

/** "Vorige" and the step's forward button (or a given one), in that order. */
export function navRow(ctx: StepContext, options: NavOptions, forward?: HTMLElement): HTMLElement {
  const { previous, next } = options;
  return h(
    'div',
    { class: 'nav' },
    previous === undefined ? null : h('button', { type: 'button', class: 'button secondary', onClick: () => ctx.goTo(previous) }, ctx.t.nav.previous),
    next === undefined ? forward : h('button', { type: 'button', class: 'button primary', onClick: next.onClick }, next.label),
  );
}

/** "4 · vaak", "Kan ik niet beoordelen", or "Nog niet beantwoord" (labels of the invitation's version). */
export function answerLabel(t: RespondTexts, scale: ScaleTexts, answer: Answer | undefined): string {
  if (answer === undefined) return t.review.noAnswer;
  if (answer === null) return scale.na;
  return `${answer} · ${scale.values[answer]}`;
}

/** A template with one {{name}} placeholder whose value is an element (e.g. a file name in bold). */
export function fillWithNode(template: string, name: string, node: Node): (string | Node)[] {
  const [before = '', after = ''] = template.split(`{{${name}}}`);
  return [before, node, after];
}
