/** Print: save a print route as PDF through the platform's printer (Electron only). */
import type { ApiHandlers } from '@shared/contract/api';
import { printPath } from '@shared/features/print/printTargets';
import { pdfFileName } from '@shared/features/print/pdfFileName';
import { PdfFailed, PdfWriteFailed, type PdfPrinter } from '../platform/print';
import { ApiError } from './apiError';

export function createPrintHandlers(printer: PdfPrinter | null): Pick<ApiHandlers, 'savePdf'> {
  return {
    savePdf: async ({ target, fileName }) => {
      if (!printer) return { outcome: 'unavailable' };
      try {
        // The route comes from the target, never from the renderer; the name is made safe here.
        return { outcome: await printer.savePdf(printPath(target), pdfFileName([fileName.replace(/\.pdf$/i, '')])) };
      } catch (error) {
        if (error instanceof PdfFailed) throw new ApiError('pdf-failed');
        if (error instanceof PdfWriteFailed) throw new ApiError('pdf-write-failed');
        throw error;
      }
    },
  };
}
