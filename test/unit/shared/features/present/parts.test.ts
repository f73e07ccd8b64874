import { describe, expect, it } from 'vitest';
import { HIDEABLE_PARTS, isHideablePart, toggleHidden } from '@shared/features/present/parts';

describe('hideable parts', () => {
  it('toggles one part and keeps the canonical order', () => {
    expect(toggleHidden(['comments'], 'target', true)).toEqual(['target', 'comments']);
    expect(toggleHidden(['target', 'comments'], 'target', false)).toEqual(['comments']);
    expect(toggleHidden(['plan'], 'plan', true)).toEqual(['plan']);
  });

  it('knows its own parts only', () => {
    for (const part of HIDEABLE_PARTS) expect(isHideablePart(part)).toBe(true);
    expect(isHideablePart('current')).toBe(false);
    expect(isHideablePart(3)).toBe(false);
  });
});
