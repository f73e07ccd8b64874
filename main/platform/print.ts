/**
 * Saving a print route as PDF: what differs between Electron (a hidden window, printToPDF and a save
 * dialog: main/app/printToPdf.ts) and browser mode (none here: the renderer uses the browser's print).
 */
import type { PdfOutcome } from '@shared/features/print/contract';

export interface PdfPrinter {
  /**
   * Renders `path` (a print route, e.g. `/afdrukken/meetmoment/<id>`) to PDF and saves it where the
   * user chooses, suggesting `fileName`. Throws PdfFailed / PdfWriteFailed.
   */
  savePdf(path: string, fileName: string): Promise<Exclude<PdfOutcome, 'unavailable'>>;
}

/** The page could not be rendered (it never signalled ready, or printing failed). */
export class PdfFailed extends Error {
  constructor(reason: string) {
    super(`the PDF could not be made: ${reason}`);
    this.name = 'PdfFailed';
  }
}

/** The PDF was made but could not be written where the user chose. */
export class PdfWriteFailed extends Error {
  constructor(reason: string) {
    super(`the PDF could not be written: ${reason}`);
    this.name = 'PdfWriteFailed';
  }
}
