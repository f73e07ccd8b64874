import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '@renderer/src/app/router';

describe('router', () => {
  it('knows the presentation view', () => {
    expect(parseRoute('#/presentatie')).toEqual({ name: 'present' });
    expect(hrefOf({ name: 'present' })).toBe('#/presentatie');
  });

  it('reads back every route it writes', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const routes: Route[] = [
      { name: 'start' },
      { name: 'assess' },
      { name: 'compass', id: null },
      { name: 'compass', id },
      { name: 'rounds' },
      { name: 'round', id },
      { name: 'report', id },
      { name: 'plan' },
      { name: 'history' },
      { name: 'present' },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
  });
});
