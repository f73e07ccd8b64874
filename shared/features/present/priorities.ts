/**
 * The compass as a sorted list: per needle the self score of a meetmoment beside its target, the
 * needle with the largest way to go first. Many readers take in a list more easily than a radar.
 */
import { NEEDLE_IDS, type NeedleId } from '../../kernel/compass/model';

export interface NeedlePriority {
  readonly needle: NeedleId;
  /** The needle's self score (mean of its answered items, 1–5). */
  readonly self: number;
  /** The target the leader set for the needle (1–5). */
  readonly target: number;
  /** target − self: how far the needle still has to move (≤ 0: at or beyond the target). */
  readonly gap: number;
}

/** Rounds away floating-point noise (3.9999999 − 3.5) so that equal gaps sort as equal. */
const roundGap = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * Every needle with both a self score and a target, by gap (largest first), then needle number.
 * A needle without a score (every item answered "not applicable") or without a target is left out: it
 * has no gap to sort by.
 */
export function needlePriorities(
  scores: Readonly<Partial<Record<NeedleId, number | null>>>,
  targets: Readonly<Partial<Record<NeedleId, number | null>>>,
): NeedlePriority[] {
  return NEEDLE_IDS.flatMap((needle) => {
    const self = scores[needle];
    const target = targets[needle];
    if (self === null || self === undefined || target === null || target === undefined) return [];
    return [{ needle, self, target, gap: roundGap(target - self) }];
  }).sort((a, b) => b.gap - a.gap || a.needle - b.needle);
}
