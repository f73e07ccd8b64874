/**
 * Electron's PDF printer: the print route in a hidden window with the main window's security
 * settings, a ready signal from the page, `printToPDF` (A4, tagged, with an outline), then a save
 * dialog and a durable write. The Electron objects come in through the few members used here, so the
 * unit tests drive it with the electron stand-in.
 */
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { writeFileDurably } from '../storage/durableWrite';
import { PdfFailed, PdfWriteFailed, type PdfPrinter } from '../platform/print';
import { APP_ENTRY_URL } from './security';
import { mainWindowOptions } from './window';

/** The options every PDF is made with (ARCHITECTURE.md, "Print and PDF"). */
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  // The page's own @page rule sets the margins and the "Pagina X van Y" margin boxes.
  preferCSSPageSize: true,
};

/** The attribute the print layout sets on <html> once everything is on the page: 'yes' or 'failed'. */
export const READY_ATTRIBUTE = 'data-print-ready';
export const READY_TIMEOUT_MS = 30_000;

/**
 * Runs in the page (sent as its source text): resolves with the ready attribute's value once it is
 * set, or 'timeout'. Self-contained, with anonymous callbacks only, so its text runs anywhere.
 */
function waitForReady(attribute: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const start = Date.now();
    const timer = setInterval(() => {
      const state = document.documentElement.getAttribute(attribute);
      if (state || Date.now() - start > timeoutMs) {
        clearInterval(timer);
        resolve(state || 'timeout');
      }
    }, 50);
  });
}

/** The script `executeJavaScript` runs in the hidden window. */
export function readyScript(timeoutMs: number): string {
  return `(${waitForReady.toString()})(${JSON.stringify(READY_ATTRIBUTE)}, ${timeoutMs})`;
}

/** The members of `BrowserWindow` (and its webContents) the printer uses. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  readonly webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface SaveDialogResult {
  readonly canceled: boolean;
  readonly filePath?: string;
}

export interface PdfPrinterDeps<W extends PrintWindow> {
  readonly preloadPath: string;
  /** `(options) => new BrowserWindow(options)`. */
  readonly createWindow: (options: BrowserWindowConstructorOptions) => W;
  /** `dialog.showSaveDialog(mainWindow, options)`. */
  readonly showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogResult>;
  /** The dialog's words in the user's language. */
  readonly dialogTexts: () => Promise<{ title: string; buttonLabel: string; filterName: string }>;
  /** Where the dialog opens (e.g. the Documents folder). */
  readonly defaultFolder: () => string;
  readonly writeFile?: (path: string, data: Uint8Array) => void;
  readonly timeoutMs?: number;
}

/** The options of the hidden window: the main window's, never shown. */
export function printWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  const main = mainWindowOptions(preloadPath);
  return { ...main, show: false, width: 900, height: 1200, webPreferences: { ...main.webPreferences } };
}

/** Renders `path` to PDF bytes in a hidden window that is always destroyed afterwards. */
export async function renderPdf<W extends PrintWindow>(deps: Pick<PdfPrinterDeps<W>, 'preloadPath' | 'createWindow' | 'timeoutMs'>, path: string): Promise<Uint8Array> {
  const window = deps.createWindow(printWindowOptions(deps.preloadPath));
  try {
    await window.loadURL(`${APP_ENTRY_URL}#${path}`);
    const state = await window.webContents.executeJavaScript(readyScript(deps.timeoutMs ?? READY_TIMEOUT_MS));
    if (state !== 'yes') throw new PdfFailed(`the page said ${String(state)}`);
    return await window.webContents.printToPDF(PDF_OPTIONS);
  } catch (error) {
    if (error instanceof PdfFailed) throw error;
    throw new PdfFailed(error instanceof Error ? error.message : String(error));
  } finally {
    window.destroy();
  }
}

export function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}

export function createPdfPrinter<W extends PrintWindow>(deps: PdfPrinterDeps<W>): PdfPrinter {
  const write = deps.writeFile ?? ((path: string, data: Uint8Array) => writeFileDurably(path, data));
  return {
    async savePdf(path, fileName) {
      // Ask first, so the dialog answers the click at once; render only for a chosen place.
      const texts = await deps.dialogTexts();
      const choice = await deps.showSaveDialog({
        title: texts.title,
        buttonLabel: texts.buttonLabel,
        defaultPath: join(deps.defaultFolder(), fileName),
        filters: [{ name: texts.filterName, extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return 'cancelled';
      const pdf = await renderPdf(deps, path);
      try {
        write(withPdfExtension(choice.filePath), pdf);
      } catch (error) {
        throw new PdfWriteFailed(error instanceof Error ? error.message : String(error));
      }
      return 'saved';
    },
  };
}
