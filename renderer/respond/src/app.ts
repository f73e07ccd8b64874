/** The form controller: state, the status line, step changes with focus, saving and starting over. */
import type { ValidInvitation } from './invitation';
import type { FocusTarget, StepContext } from './context';
import { dimensionStep, itemFieldsetId } from './dimensionStep';
import { doneStep } from './doneStep';
import { focusStatic, h } from './dom';
import { introStep } from './introStep';
import { openStep } from './openStep';
import { buildPayload } from './payload';
import { banner } from './problem';
import { reviewStep } from './reviewStep';
import { STEP, VISIBLE_STEPS, createState, dimensionOfStep, itemIds, resetState, type FormState } from './state';
import { fill, scaleTexts, textsFor } from './texts';

export interface FormDeps {
  /** Encrypts and saves the payload JSON; resolves to the file name. */
  readonly save: (payloadJson: string, invitation: ValidInvitation) => Promise<string>;
  readonly newId: () => string;
}

export interface FormHandle {
  readonly state: FormState;
}

export function startForm(root: HTMLElement, invitation: ValidInvitation, deps: FormDeps): FormHandle {
  const lang = invitation.language;
  const t = textsFor(lang);
  document.documentElement.lang = lang;
  document.title = t.documentTitle;
  const state = createState(invitation, deps.newId);
  const total = invitation.formItems.length;

  const stepLine = h('p', { class: 'step-of' });
  const progressLine = h('p', { class: 'progress-text', 'data-testid': 'progress' });
  const barFill = h('span');
  const statusBar = h('div', { class: 'status-bar' }, stepLine, progressLine, h('div', { class: 'bar', 'aria-hidden': 'true' }, barFill));
  const content = h('div', { class: 'content' });
  root.replaceChildren(banner(t.brand, t.brandSub), h('main', { id: 'main', class: 'wrap' }, statusBar, content));

  function updateProgress(): void {
    const answered = state.answers.size;
    progressLine.textContent = fill(t.progress, { answered, total });
    barFill.style.width = `${Math.round((answered / total) * 100)}%`;
  }

  function renderStep(): HTMLElement {
    const dimension = dimensionOfStep(state.step);
    if (dimension !== undefined) return dimensionStep(ctx, dimension, state.step);
    if (state.step === STEP.open) return openStep(ctx);
    if (state.step === STEP.review) return reviewStep(ctx);
    if (state.step === STEP.done) return doneStep(ctx);
    return introStep(ctx);
  }

  function render(focus: FocusTarget, moveFocus = true): void {
    statusBar.hidden = state.step === STEP.done;
    stepLine.textContent = fill(t.stepOf, { step: state.step + 1, total: VISIBLE_STEPS });
    updateProgress();
    const view = renderStep();
    content.replaceChildren(view);
    (document.scrollingElement ?? document.documentElement).scrollTop = 0;
    if (!moveFocus) return;
    let target: HTMLElement | null = null;
    if (focus !== undefined && 'item' in focus) {
      const fieldset = document.getElementById(itemFieldsetId(focus.item));
      target = fieldset?.querySelector<HTMLInputElement>('input:checked') ?? fieldset?.querySelector('input') ?? null;
    } else if (focus !== undefined) {
      target = document.querySelector<HTMLInputElement>('#rater-group input');
    }
    if (target !== null) target.focus();
    else {
      const heading = view.querySelector('h1');
      if (heading !== null) focusStatic(heading);
    }
  }

  async function save(): Promise<string> {
    const raterGroup = state.raterGroup;
    if (raterGroup === null) throw new Error('no rater group');
    const payloadJson =
      state.saved?.payloadJson ??
      JSON.stringify(
        buildPayload({
          responseId: state.responseId,
          raterGroup,
          questionnaire: invitation.questionnaireVersion,
          itemIds: itemIds(state),
          answers: state.answers,
          keepDoing: state.keepDoing,
          startDoing: state.startDoing,
          needleComments: state.needleComments,
        }),
      );
    const fileName = await deps.save(payloadJson, invitation);
    state.saved = { payloadJson, fileName };
    return fileName;
  }

  const ctx: StepContext = {
    state,
    t,
    lang,
    scale: scaleTexts(invitation.questionnaireVersion, lang),
    goTo(step, focus) {
      // Once saved, the answer is fixed: only starting over leaves the confirmation.
      state.step = state.saved === null ? step : STEP.done;
      render(focus);
    },
    answered: updateProgress,
    save,
    restart() {
      resetState(state, deps.newId);
      render(undefined);
    },
  };

  render(undefined, false);
  return { state };
}
