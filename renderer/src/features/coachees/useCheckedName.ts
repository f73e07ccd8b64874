/** A coachee's name being typed, checked with the shared name rule before it is sent. */
import { useId, useState } from 'react';
import { profileNameProblem, type ProfileNameProblem } from '@shared/features/profiles/names';

export function useCheckedName(initial: string, names: readonly string[]) {
  const id = useId();
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<ProfileNameProblem | null>(null);

  /** True when the name may be sent; otherwise the problem is shown and the field has focus. */
  function check(): boolean {
    const found = profileNameProblem(name, names);
    setProblem(found);
    if (found) document.getElementById(`${id}-name`)?.focus();
    return found === null;
  }

  /** A new value typed: the earlier problem no longer applies. */
  function change(value: string): void {
    setName(value);
    setProblem(null);
  }

  return { id, name, setName, change, problem, check };
}
