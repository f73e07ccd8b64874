/** Firefox ESR (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, headless. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput } from 'puppeteer-core';
import { requireFile, sleep, whileRunning, withTimeout, type Engine, type EngineKey, type EngineSession } from './support';

export const FIREFOX = process.env.KOMPAS_FIREFOX ?? '/usr/bin/firefox-esr';

// Puppeteer's key names; Firefox wants the space as the character itself.
const KEYS: Readonly<Record<EngineKey, KeyInput>> = { Tab: 'Tab', Space: ' ', Enter: 'Enter', ArrowDown: 'ArrowDown', ArrowRight: 'ArrowRight' };

/** Ends the browser: politely, and by its process group when it does not answer within a few seconds. */
async function shutDown(browser: Browser): Promise<void> {
  // Puppeteer starts Firefox in its own process group (off Windows): a hanging browser ends with all its children.
  const child = browser.process();
  try {
    await withTimeout(browser.close(), 5_000, 'Firefox to close');
  } catch {
    // Fall through to killing it.
  }
  const pid = child?.pid;
  if (pid !== undefined && child?.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
    await sleep(200);
  }
}

export async function launchFirefox(workDir: string): Promise<EngineSession> {
  requireFile(FIREFOX, 'Firefox ESR', 'apt-get install -y firefox-esr');
  const downloads = join(workDir, 'downloads');
  mkdirSync(downloads, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: 45_000,
    protocolTimeout: 20_000,
    extraPrefsFirefox: { 'browser.download.folderList': 2, 'browser.download.dir': downloads },
  });
  // Puppeteer also ends the browser on Ctrl-C and SIGTERM by itself (handleSIGINT, handleSIGTERM).
  const close = async (): Promise<void> => {
    await shutDown(browser);
    release();
  };
  const release = whileRunning(close);
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.setViewport({ width: 1280, height: 900 });
    const engine: Engine = {
      name: 'Firefox ESR',
      open: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
      },
      run: <T>(script: string, ...args: unknown[]) => page.evaluate(`(${script})(...${JSON.stringify(args)})`) as Promise<T>,
      press: (key) => page.keyboard.press(KEYS[key]),
      type: (text) => page.keyboard.type(text),
      click: (selector) => page.click(selector),
      screenshot: async (path) => {
        await page.screenshot({ path: path as `${string}.png` });
      },
    };
    return { engine, downloads, close };
  } catch (error) {
    await close();
    throw error;
  }
}
