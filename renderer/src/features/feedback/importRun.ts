/**
 * An import of any number of files: read a few hundred at a time and sent chunk by chunk (shared
 * importChunks.ts), so no request is ever huge, the files are not all in memory at once, and the
 * leader sees progress; the chunks' summaries are merged into one.
 */
import type { ImportSummary } from '@shared/contract/api';
import { responseTooLarge } from '@shared/features/exchange/formatConstants';
import { ChunkBuilder, requestBytes } from '@shared/features/feedback/importChunks';
import { EMPTY_SUMMARY, mergeSummaries } from '@shared/features/feedback/importSummary';

/** The contract's limit on a file name. */
const NAME_MAX = 260;

/** Files read at once. */
const READ_BATCH = 250;

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

type Incoming = { name: string; size: number; content: string | null };

async function readIncoming(file: File): Promise<Incoming> {
  return {
    name: file.name.slice(0, NAME_MAX),
    size: file.size,
    // Larger files are never response files: they are refused without being read.
    content: responseTooLarge(file.size) ? null : await file.text(),
  };
}

/**
 * Sends the files chunk by chunk through `send`, reporting each step through `onStep`. A chunk that
 * fails stops the import (the error is thrown after the last step, with the run `stopped`).
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
    let result: ImportSummary;
    try {
      result = await send(chunk);
    } catch (error) {
      onStep({ ...run, state: 'stopped' }, null);
      throw error;
    }
    run = { ...run, done: run.done + chunk.length, summary: mergeSummaries(run.summary, result) };
    onStep(run, result);
  };
  const builder = new ChunkBuilder<Incoming>();
  for (let start = 0; start < files.length; start += READ_BATCH) {
    for (const file of await Promise.all(files.slice(start, start + READ_BATCH).map(readIncoming))) {
      const full = builder.add(file, requestBytes(file));
      if (full) await sendChunk(full);
    }
  }
  const rest = builder.rest();
  if (rest) await sendChunk(rest);
  onStep({ ...run, state: 'done' }, null);
}
