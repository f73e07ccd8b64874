/**
 * Average-linkage (UPGMA) agglomerative clustering by the nearest-neighbour chain: O(N²) time and O(N²)
 * memory (one float per pair: N = 1,000 → 4 MB, N = 5,000 → 100 MB). Average linkage is reducible, so
 * the chain yields the same hierarchy as merging the globally closest pair each time. Ties are broken
 * by the lowest index (and in favour of the chain's previous element, which the algorithm needs), so
 * the result depends only on the order of the vectors: callers pass them in a canonical order.
 */

/** One merge of two clusters, each named by its representative (lowest original index). */
export interface Merge {
  readonly a: number;
  readonly b: number;
  /** The mean of the distances between every member of one cluster and every member of the other. */
  readonly height: number;
}

/** Root mean square difference per dimension: Euclidean distance / √(dimensions). */
export function perDimensionDistance(x: readonly number[], y: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < x.length; i += 1) {
    const d = (x[i] as number) - (y[i] as number);
    sum += d * d;
  }
  return Math.sqrt(sum / x.length);
}

export function averageLinkage(vectors: readonly (readonly number[])[]): Merge[] {
  const n = vectors.length;
  // Condensed upper triangle: the pair (i, j), i < j, is at rows[i] + j.
  const rows = new Float64Array(n);
  for (let i = 0; i < n; i += 1) rows[i] = i * n - (i * (i + 1)) / 2 - i - 1;
  const dist = new Float64Array((n * (n - 1)) / 2);
  const at = (i: number, j: number): number => (i < j ? rows[i]! + j : rows[j]! + i);
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) dist[rows[i]! + j] = perDimensionDistance(vectors[i]!, vectors[j]!);
  }
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  const chain: number[] = [];
  let remaining = n;
  let lowestActive = 0;
  while (remaining > 1) {
    if (chain.length === 0) {
      while (active[lowestActive] === 0) lowestActive += 1;
      chain.push(lowestActive);
    }
    for (;;) {
      const x = chain[chain.length - 1]!;
      const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
      let best = -1;
      let bestDistance = Infinity;
      // Row x of the condensed matrix: (k, x) for k < x, then (x, k) for k > x, both in index order.
      for (let k = 0; k < x; k += 1) {
        if (active[k] === 0) continue;
        const d = dist[rows[k]! + x]!;
        if (d < bestDistance) {
          best = k;
          bestDistance = d;
        }
      }
      for (let k = x + 1, base = rows[x]!; k < n; k += 1) {
        if (active[k] === 0) continue;
        const d = dist[base + k]!;
        if (d < bestDistance) {
          best = k;
          bestDistance = d;
        }
      }
      if (previous >= 0 && dist[at(x, previous)]! === bestDistance) best = previous;
      if (best === previous) break;
      chain.push(best);
    }
    const y = chain.pop()!;
    const x = chain.pop()!;
    const keep = Math.min(x, y);
    const drop = Math.max(x, y);
    merges.push({ a: keep, b: drop, height: dist[at(x, y)]! });
    const sk = size[keep]!;
    const sd = size[drop]!;
    const wk = sk / (sk + sd);
    const wd = sd / (sk + sd);
    for (let k = 0; k < keep; k += 1) {
      if (active[k] === 1) dist[rows[k]! + keep] = wk * dist[rows[k]! + keep]! + wd * dist[rows[k]! + drop]!;
    }
    for (let k = keep + 1; k < drop; k += 1) {
      if (active[k] === 1) dist[rows[keep]! + k] = wk * dist[rows[keep]! + k]! + wd * dist[rows[k]! + drop]!;
    }
    for (let k = drop + 1; k < n; k += 1) {
      if (active[k] === 1) dist[rows[keep]! + k] = wk * dist[rows[keep]! + k]! + wd * dist[rows[drop]! + k]!;
    }
    size[keep] = sk + sd;
    active[drop] = 0;
    remaining -= 1;
  }
  return merges;
}

/** Tolerance for comparing a merge height with the threshold (floating-point noise, never a scale step). */
export const HEIGHT_TOLERANCE = 1e-9;

/**
 * Cuts the hierarchy at `threshold`: the groups (arrays of indices, ascending; groups ordered by their
 * lowest index) formed by every merge whose height is ≤ threshold. A merge counts at the highest height
 * below it, so a group is never split by floating-point noise.
 */
export function cut(n: number, merges: readonly Merge[], threshold: number): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const reached = new Float64Array(n);
  for (const m of merges) {
    const height = Math.max(m.height, reached[m.a]!, reached[m.b]!);
    reached[m.a] = height;
    if (height <= threshold + HEIGHT_TOLERANCE) parent[find(m.b)] = find(m.a);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    const r = find(i);
    const group = groups.get(r);
    if (group) group.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()].sort((p, q) => p[0]! - q[0]!);
}
