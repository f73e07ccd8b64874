import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves keyboard and screen-reader focus to a screen's heading when it appears, and again when
 * `key` changes (for example the step of a form). Returns a callback ref for the heading.
 */
export function useFocusOnMount<T extends HTMLElement>(key: unknown = null): (element: T | null) => void {
  const node = useRef<T | null>(null);
  useEffect(() => {
    node.current?.focus();
  }, [key]);
  return useCallback((element: T | null) => {
    if (element && element !== node.current) element.focus();
    node.current = element;
  }, []);
}
