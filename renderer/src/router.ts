/** A tiny hash router: `#/`, `#/meetmoment`, `#/kompas`, `#/kompas/<id>`. */
import { useSyncExternalStore } from 'react';

export type Route = { name: 'start' } | { name: 'assess' } | { name: 'compass'; id: string | null };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/meetmoment') return { name: 'assess' };
  const compass = /^\/kompas(?:\/([0-9a-f-]{36}))?$/.exec(path);
  if (compass) return { name: 'compass', id: compass[1] ?? null };
  return { name: 'start' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'assess':
      return '#/meetmoment';
    case 'compass':
      return route.id ? `#/kompas/${route.id}` : '#/kompas';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
