import { useEffect, useRef } from 'react';

/** Moves keyboard and screen-reader focus to a screen's heading when the screen (or key) changes. */
export function useFocusOnMount<T extends HTMLElement>(key: unknown = null) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
