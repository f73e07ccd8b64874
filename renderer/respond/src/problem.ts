/** The page shown instead of the form when the invitation is missing or invalid: Dutch first, then English. */
import type { InvitationProblem } from './invitation';
import { h } from './dom';
import { textsFor } from './texts';

export type FormProblem = InvitationProblem | 'noCrypto';

export function renderProblem(root: HTMLElement, problem: FormProblem): void {
  const nl = textsFor('nl');
  const en = textsFor('en');
  document.documentElement.lang = 'nl';
  document.title = nl.documentTitle;
  root.replaceChildren(
    banner(nl.brand, nl.brandSub),
    h(
      'main',
      { id: 'main', class: 'wrap' },
      h(
        'div',
        { class: 'step problem', 'data-testid': 'problem' },
        h('h1', { tabindex: -1 }, nl.problem.title),
        h('p', { class: 'notice error-summary' }, nl.problem[problem]),
        h('div', { lang: 'en', class: 'other-language' }, h('h2', {}, en.problem.title), h('p', {}, en.problem[problem])),
      ),
    ),
  );
}

/** The top band with the product name. */
export function banner(brand: string, sub: string): HTMLElement {
  return h('header', { class: 'banner' }, h('div', { class: 'wrap' }, h('p', { class: 'brand' }, brand, h('span', { class: 'brand-sub' }, sub))));
}
