/** A tiny hash router: `#/`, `#/meetmoment`, `#/kompas`, `#/kompas/<id>`, `#/presentatie`, … */
import { useSyncExternalStore } from 'react';
import { parsePrintPath, printPath, type PrintTarget } from '@shared/features/print/printTargets';

export type Route =
  | { name: 'start' }
  | { name: 'assess' }
  | { name: 'compass'; id: string | null }
  | { name: 'rounds' }
  | { name: 'round'; id: string }
  | { name: 'report'; id: string }
  | { name: 'plan' }
  | { name: 'history' }
  | { name: 'coach-report' }
  | { name: 'print'; target: PrintTarget }
  | { name: 'present' }
  | { name: 'notes' }
  | { name: 'coachees' }
  | { name: 'settings' }
  | { name: 'files' };

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/meetmoment') return { name: 'assess' };
  const compass = /^\/kompas(?:\/([0-9a-f-]{36}))?$/.exec(path);
  if (compass) return { name: 'compass', id: compass[1] ?? null };
  if (path === '/feedback') return { name: 'rounds' };
  if (path === '/routekaart') return { name: 'plan' };
  if (path === '/verloop') return { name: 'history' };
  if (path === '/coachrapport') return { name: 'coach-report' };
  const print = parsePrintPath(path);
  if (print) return { name: 'print', target: print };
  if (path === '/presentatie') return { name: 'present' };
  if (path === '/gespreksverslagen') return { name: 'notes' };
  if (path === '/coachees') return { name: 'coachees' };
  if (path === '/instellingen') return { name: 'settings' };
  if (path === '/bestanden') return { name: 'files' };
  const round = new RegExp(`^/feedback/${UUID}(/rapport)?$`).exec(path);
  if (round?.[1]) return round[2] ? { name: 'report', id: round[1] } : { name: 'round', id: round[1] };
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
    case 'rounds':
      return '#/feedback';
    case 'round':
      return `#/feedback/${route.id}`;
    case 'report':
      return `#/feedback/${route.id}/rapport`;
    case 'plan':
      return '#/routekaart';
    case 'history':
      return '#/verloop';
    case 'coach-report':
      return '#/coachrapport';
    case 'print':
      return `#${printPath(route.target)}`;
    case 'present':
      return '#/presentatie';
    case 'notes':
      return '#/gespreksverslagen';
    case 'coachees':
      return '#/coachees';
    case 'settings':
      return '#/instellingen';
    case 'files':
      return '#/bestanden';
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
