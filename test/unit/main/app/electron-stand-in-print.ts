/**
 * ELECTRON STAND-IN — not Electron. A hidden `BrowserWindow` for the PDF printer: its webContents runs
 * the printer's ready script against a small fake page (only `documentElement.getAttribute`), and
 * `printToPDF` returns fixed bytes while recording the options it was given.
 */
import type { PrintToPDFOptions } from 'electron';
import { StandInBrowserWindow } from './electron-stand-in';

export const STAND_IN_PDF = new TextEncoder().encode('%PDF-1.7 stand-in\n%%EOF\n');

export class StandInPrintWindow extends StandInBrowserWindow {
  /** What the page's <html> carries; set it (or leave null) before the script runs. */
  readyState: string | null = null;
  readonly printed: PrintToPDFOptions[] = [];
  printFails = false;

  readonly webContents = {
    executeJavaScript: (code: string): Promise<unknown> => {
      const page = { documentElement: { getAttribute: (name: string) => (name === 'data-print-ready' ? this.readyState : null) } };
      // The script as the page would run it, with this fake document in scope.
      return (new Function('document', `return ${code}`) as (doc: unknown) => Promise<unknown>)(page);
    },
    printToPDF: (options: PrintToPDFOptions): Promise<Uint8Array> => {
      this.printed.push(options);
      return this.printFails ? Promise.reject(new Error('printing failed')) : Promise.resolve(STAND_IN_PDF);
    },
  };

  destroy(): void {
    this.destroyed = true;
  }
}
