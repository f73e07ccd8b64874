/**
 * One line per benchmark: `BENCH <name> <value> <unit> budget <budget> ok|OVER spread <min>–<max> (n=<runs>)`.
 * The value is the median of the runs; the spread shows how much the runs differed.
 */
export interface Sample {
  readonly name: string;
  readonly unit: 'ms' | 's' | 'x';
  readonly budget: number;
  readonly runs: readonly number[];
}

export const MIN_RUNS = 5;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function shown(value: number, unit: Sample['unit']): string {
  return unit === 'x' ? value.toFixed(2) : value.toFixed(unit === 's' ? 3 : 2);
}

export function report(sample: Sample): void {
  if (sample.runs.length < MIN_RUNS) throw new Error(`${sample.name}: ${sample.runs.length} runs, need at least ${MIN_RUNS}`);
  const value = median(sample.runs);
  const min = Math.min(...sample.runs);
  const max = Math.max(...sample.runs);
  console.log(
    `BENCH ${sample.name} ${shown(value, sample.unit)} ${sample.unit} budget ${sample.budget} ${value <= sample.budget ? 'ok' : 'OVER'} ` +
      `spread ${shown(min, sample.unit)}–${shown(max, sample.unit)} (n=${sample.runs.length})`,
  );
}
