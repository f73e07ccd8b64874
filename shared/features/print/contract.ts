/**
 * Printing: save a print route as PDF. Electron renders it in a hidden window and asks where to
 * save; browser mode answers `unavailable` and the renderer opens the browser's print window instead.
 */
import { z } from 'zod';
import { op } from '../../contract/op';
import { printTargetSchema } from './printTargets';

export const PDF_OUTCOMES = ['saved', 'cancelled', 'unavailable'] as const;
export type PdfOutcome = (typeof PDF_OUTCOMES)[number];

export const printContract = {
  savePdf: op(
    z.strictObject({ target: printTargetSchema, fileName: z.string().trim().min(1).max(200) }),
    z.strictObject({ outcome: z.enum(PDF_OUTCOMES) }),
  ),
} as const;
