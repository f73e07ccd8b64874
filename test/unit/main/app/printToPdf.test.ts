import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions, SaveDialogOptions } from 'electron';
import { PDF_OPTIONS, createPdfPrinter, printWindowOptions, type PdfPrinterDeps } from '@main/app/printToPdf';
import { mainWindowOptions } from '@main/app/window';
import { PdfFailed, PdfWriteFailed } from '@main/platform/print';
import { STAND_IN_PDF, StandInPrintWindow } from './electron-stand-in-print';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Setup {
  windows: StandInPrintWindow[];
  dialogs: SaveDialogOptions[];
  deps: PdfPrinterDeps<StandInPrintWindow>;
  folder: string;
}

function setup(options: { answer?: string | null; ready?: string | null; timeoutMs?: number; printFails?: boolean } = {}): Setup {
  const folder = mkdtempSync(join(tmpdir(), 'kompas-pdf-'));
  dirs.push(folder);
  const windows: StandInPrintWindow[] = [];
  const dialogs: SaveDialogOptions[] = [];
  const answer = options.answer === undefined ? join(folder, 'gekozen') : options.answer;
  const deps: PdfPrinterDeps<StandInPrintWindow> = {
    preloadPath: '/app/out/preload/index.cjs',
    createWindow: (o: BrowserWindowConstructorOptions) => {
      const w = new StandInPrintWindow(o);
      w.readyState = options.ready === undefined ? 'yes' : options.ready;
      w.printFails = options.printFails ?? false;
      windows.push(w);
      return w;
    },
    showSaveDialog: (o) => {
      dialogs.push(o);
      return Promise.resolve(answer === null ? { canceled: true } : { canceled: false, filePath: answer });
    },
    dialogTexts: () => Promise.resolve({ title: 'PDF bewaren', buttonLabel: 'Bewaren', filterName: 'PDF-document' }),
    defaultFolder: () => folder,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  };
  return { windows, dialogs, deps, folder };
}

describe('the PDF printer (Electron glue, with the stand-in)', () => {
  it('uses a hidden window with exactly the main window’s security settings', () => {
    const options = printWindowOptions('/p/index.cjs');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual(mainWindowOptions('/p/index.cjs').webPreferences);
  });

  it('asks where to save, renders the print route once ready, prints A4 tagged with an outline and writes the file', async () => {
    const { windows, dialogs, deps, folder } = setup();
    const outcome = await createPdfPrinter(deps).savePdf('/afdrukken/coachrapport', 'coachrapport-A-de-Vries-2026-11-30.pdf');
    expect(outcome).toBe('saved');
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toMatchObject({ title: 'PDF bewaren', buttonLabel: 'Bewaren', defaultPath: join(folder, 'coachrapport-A-de-Vries-2026-11-30.pdf') });
    expect(dialogs[0]?.filters).toEqual([{ name: 'PDF-document', extensions: ['pdf'] }]);
    expect(windows).toHaveLength(1);
    const w = windows[0]!;
    expect(w.loadedUrls).toEqual(['app://kompas/index.html#/afdrukken/coachrapport']);
    expect(w.shown).toBe(false);
    expect(w.printed).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true });
    expect(w.destroyed).toBe(true);
    // The chosen name without extension gets ".pdf"; the bytes are the printed ones, private to the user.
    const written = join(folder, 'gekozen.pdf');
    expect(new Uint8Array(readFileSync(written))).toEqual(STAND_IN_PDF);
    expect(statSync(written).mode & 0o777).toBe(0o600);
  });

  it('does nothing more when the user cancels the dialog', async () => {
    const { windows, deps } = setup({ answer: null });
    expect(await createPdfPrinter(deps).savePdf('/afdrukken/meetmoment/x', 'a.pdf')).toBe('cancelled');
    expect(windows).toHaveLength(0);
  });

  it('fails without writing when the page reports that it could not load its data', async () => {
    const { windows, deps, folder } = setup({ ready: 'failed' });
    await expect(createPdfPrinter(deps).savePdf('/afdrukken/rapport/x', 'a.pdf')).rejects.toBeInstanceOf(PdfFailed);
    expect(windows[0]?.printed).toEqual([]);
    expect(windows[0]?.destroyed).toBe(true);
    expect(() => statSync(join(folder, 'gekozen.pdf'))).toThrow();
  });

  it('gives up when the page never signals ready', async () => {
    const { windows, deps } = setup({ ready: null, timeoutMs: 120 });
    await expect(createPdfPrinter(deps).savePdf('/afdrukken/rapport/x', 'a.pdf')).rejects.toBeInstanceOf(PdfFailed);
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('reports a failed print as PdfFailed and closes the window', async () => {
    const { windows, deps } = setup({ printFails: true });
    await expect(createPdfPrinter(deps).savePdf('/afdrukken/rapport/x', 'a.pdf')).rejects.toBeInstanceOf(PdfFailed);
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('reports a place it cannot write to as PdfWriteFailed, leaving an existing file as it was', async () => {
    const { deps, folder } = setup();
    const blocker = join(folder, 'geen-map');
    writeFileSync(blocker, 'oud');
    const printer = createPdfPrinter({ ...deps, showSaveDialog: () => Promise.resolve({ canceled: false, filePath: join(blocker, 'x.pdf') }) });
    await expect(printer.savePdf('/afdrukken/rapport/x', 'a.pdf')).rejects.toBeInstanceOf(PdfWriteFailed);
    expect(readFileSync(blocker, 'utf8')).toBe('oud');
  });
});
