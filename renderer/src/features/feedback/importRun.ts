/**
 * An import of any number of files: read in groups (readFiles.ts) and sent chunk by chunk (shared
 * importChunks.ts), so no request is ever huge, the files are not all in memory at once, and the
 * leader sees progress; the chunks' summaries are merged into one.
 */
import type { ImportSummary } from '@shared/contract/api';
import { ChunkBuilder, requestBytes } from '@shared/features/feedback/importChunks';
import { EMPTY_SUMMARY, mergeSummaries } from '@shared/features/feedback/importSummary';
import { readGroup, readGroups, type Incoming } from './readFiles';

export interface ImportRun {
  /** The round on whose screen the import was started. */
  readonly roundId: string;
  readonly total: number;
  /** Files judged so far. */
  readonly done: number;
  readonly summary: ImportSummary;
  /** `stopped`: a chunk failed; the files after `done` were not sent. */
  readonly state: 'running' | 'done' | 'stopped';
}

/**
 * Sends the files chunk by chunk through `send`, reporting each step through `onStep`. A chunk that
 * fails, or files that cannot be read, stop the import (the error is thrown after the last step,
 * with the run `stopped`).
 */
export async function runImport(
  roundId: string,
  files: readonly File[],
  send: (files: Incoming[]) => Promise<ImportSummary>,
  onStep: (run: ImportRun, chunk: ImportSummary | null) => void,
): Promise<void> {
  let run: ImportRun = { roundId, total: files.length, done: 0, summary: EMPTY_SUMMARY, state: 'running' };
  onStep(run, null);
  const sendChunk = async (chunk: Incoming[]): Promise<void> => {
    const result = await send(chunk);
    run = { ...run, done: run.done + chunk.length, summary: mergeSummaries(run.summary, result) };
    onStep(run, result);
  };
  try {
    const builder = new ChunkBuilder<Incoming>();
    const groups = readGroups(files);
    // The next group is read while the current chunk is on its way.
    let next: Promise<Incoming[]> | null = groups[0] ? readGroup(groups[0]) : null;
    for (let g = 0; next; g++) {
      const read = await next;
      const following = groups[g + 1];
      next = following ? readGroup(following) : null;
      next?.catch(() => undefined);
      for (const file of read) {
        const full = builder.add(file, requestBytes(file));
        if (full) await sendChunk(full);
      }
    }
    const rest = builder.rest();
    if (rest) await sendChunk(rest);
  } catch (error) {
    onStep({ ...run, state: 'stopped' }, null);
    throw error;
  }
  onStep({ ...run, state: 'done' }, null);
}
