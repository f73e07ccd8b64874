/** Helpers for the routekaart: focus moves after a change, list order, element ids. */

/** Focuses the element with this id once it is rendered (it may appear a moment after a store update). */
export function focusSoon(id: string): void {
  let tries = 0;
  const attempt = (): void => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (tries++ < 20) setTimeout(attempt, 25);
  };
  setTimeout(attempt, 0);
}

/** The id that is in `after` but not in `before` (the item just added), or null. */
export function addedId(before: readonly { id: string }[], after: readonly { id: string }[]): string | null {
  const known = new Set(before.map((item) => item.id));
  return after.find((item) => !known.has(item.id))?.id ?? null;
}

/** Element ids used for focus moves, in one place. */
export const planIds = {
  mineTitle: 'plan-mine-title',
  chooseTitle: 'plan-choose-title',
  conversationsList: 'plan-conversations-list-title',
  routeTitle: (route: string) => `plan-route-${route}-title`,
  chooseButton: (route: string) => `plan-choose-${route}`,
  actionsTitle: (route: string) => `plan-route-${route}-actions-title`,
  action: (id: string) => `plan-action-${id}`,
  reflection: (id: string) => `plan-reflection-${id}`,
  conversation: (id: string) => `plan-conversation-${id}`,
};

/** Newest first; the same date keeps the order of writing (latest written on top). */
export function newestFirst<T extends { date: string }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.date.localeCompare(a.item.date) || b.index - a.index)
    .map(({ item }) => item);
}
