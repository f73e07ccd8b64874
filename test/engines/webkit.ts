/**
 * WebKitGTK (Debian's webkit2gtk-driver): WebKitWebDriver under xvfb-run drives MiniBrowser, through
 * selenium-webdriver. MiniBrowser has no headless mode; without a display it would hang, hence Xvfb.
 * Downloads go to the XDG download folder of a HOME made for the run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { killGroup, requireFile, waitFor, whileRunning, withTimeout, type Engine, type EngineKey, type EngineSession } from './support';

export const WEBKIT_DRIVER = process.env.KOMPAS_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.KOMPAS_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_RUN = '/usr/bin/xvfb-run';

const KEYS: Readonly<Record<EngineKey, string>> = { Tab: Key.TAB, Space: ' ', Enter: Key.ENTER, ArrowDown: Key.ARROW_DOWN, ArrowRight: Key.ARROW_RIGHT };

/** A TCP port that is free right now on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function quit(driver: WebDriver | null): Promise<void> {
  if (driver === null) return;
  try {
    await withTimeout(driver.quit(), 5_000, 'MiniBrowser to close');
  } catch {
    // The driver's process group is ended next in any case.
  }
}

export async function launchWebKit(workDir: string): Promise<EngineSession> {
  requireFile(XVFB_RUN, 'xvfb-run (Xvfb)', 'apt-get install -y xvfb');
  requireFile(WEBKIT_DRIVER, 'WebKitWebDriver', 'apt-get install -y webkit2gtk-driver');
  requireFile(MINIBROWSER, 'WebKitGTK MiniBrowser', 'apt-get install -y webkit2gtk-driver');
  const home = join(workDir, 'home');
  const downloads = join(home, 'Downloads');
  mkdirSync(downloads, { recursive: true });
  mkdirSync(join(home, '.config'), { recursive: true });
  writeFileSync(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);

  const port = await freePort();
  // Its own process group: xvfb-run, Xvfb, the driver and the browser it starts end together.
  const child = spawn(XVFB_RUN, ['-a', WEBKIT_DRIVER, `--port=${port}`], {
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let driver: WebDriver | null = null;
  const close = async (): Promise<void> => {
    await quit(driver);
    await killGroup(child);
    release();
  };
  const release = whileRunning(close);
  try {
    await waitFor(`WebKitWebDriver on port ${port}`, async () => {
      if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}: ${output.trim()}`);
      const response = await fetch(`http://127.0.0.1:${port}/status`).catch(() => null);
      return response?.ok === true ? true : undefined;
    }, 20_000);
    driver = await withTimeout(
      new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
        .build(),
      30_000,
      'a MiniBrowser session from WebKitWebDriver',
    );
    await driver.manage().setTimeouts({ script: 15_000, pageLoad: 20_000, implicit: 0 });
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    const d = driver;
    const engine: Engine = {
      name: 'WebKitGTK',
      open: (url) => d.get(url),
      run: (script, ...args) => d.executeScript(`return (${script}).apply(null, arguments);`, ...args),
      press: (key) => d.actions({ async: true }).sendKeys(KEYS[key]).perform(),
      type: (text) => d.actions({ async: true }).sendKeys(text).perform(),
      click: async (selector) => {
        const element = await d.findElement(By.css(selector));
        await d.executeScript('arguments[0].scrollIntoView({ block: "center" });', element);
        await element.click();
      },
      screenshot: async (path) => {
        writeFileSync(path, await d.takeScreenshot(), 'base64');
      },
    };
    return { engine, downloads, close };
  } catch (error) {
    await close();
    const detail = output.trim() === '' ? '' : `\n${output.trim().split('\n').slice(-10).join('\n')}`;
    throw new Error(`${error instanceof Error ? error.message : String(error)}${detail}`, { cause: error });
  }
}
