import { describe, expect, it } from 'vitest';
import { clampSlide, slideForKey } from '@shared/features/present/navigation';

describe('slideForKey', () => {
  it('steps forward with ArrowRight, PageDown and the space bar, back with ArrowLeft and PageUp', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(slideForKey(key, 1, 5)).toBe(2);
    for (const key of ['ArrowLeft', 'PageUp']) expect(slideForKey(key, 1, 5)).toBe(0);
  });

  it('goes to the first and last slide with Home and End', () => {
    expect(slideForKey('Home', 3, 5)).toBe(0);
    expect(slideForKey('End', 1, 5)).toBe(4);
  });

  it('stops at both ends instead of wrapping around', () => {
    expect(slideForKey('ArrowRight', 4, 5)).toBe(4);
    expect(slideForKey('ArrowLeft', 0, 5)).toBe(0);
  });

  it('leaves other keys (and an empty list) to the page', () => {
    expect(slideForKey('Enter', 1, 5)).toBeNull();
    expect(slideForKey('ArrowDown', 1, 5)).toBeNull();
    expect(slideForKey('Escape', 1, 5)).toBeNull();
    expect(slideForKey('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('clampSlide', () => {
  it('keeps an index inside the list', () => {
    expect(clampSlide(7, 3)).toBe(2);
    expect(clampSlide(-1, 3)).toBe(0);
    expect(clampSlide(1, 3)).toBe(1);
    expect(clampSlide(4, 0)).toBe(0);
  });
});
