/**
 * E2E fixtures: a real browser-mode server (the same services and storage as the app) with a fresh
 * data folder per test, and a guard that fails the test when any request leaves 127.0.0.1.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningApp {
  readonly url: string;
  readonly origin: string;
  readonly dataDir: string;
  stop(): Promise<number | null>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Starts `main/app/web.ts` like `npm run web` does and waits for the address it prints. */
export async function startApp(dataDir: string): Promise<RunningApp> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', 'main/app/web.ts'], {
    cwd: ROOT,
    // The browser runs in Europe/Amsterdam (playwright.config.ts); on one machine the app's main
    // process shares that zone, so "today" is the same day on both sides, also around midnight.
    env: { ...process.env, KOMPAS_DATA_DIR: dataDir, KOMPAS_PORT: '0', TZ: 'Europe/Amsterdam' },
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${String(code)}:\n${output}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null) return resolveStop(child.exitCode);
        child.once('exit', (code) => resolveStop(code));
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Calls the app's own API from the page (with its session token), for set-up a test does not drive
 * through the UI. Data operations get the active profile, as the app's stores pass it.
 */
export async function callApi(page: Page, name: string, input: Record<string, unknown>, scoped = true): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  return page.evaluate(
    async ({ name, input, scoped }) => {
      const post = async (op: string, body: unknown) => {
        const response = await fetch(`/api/${op}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('kompas.token')}` },
          body: JSON.stringify(body),
        });
        return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
      };
      const state = scoped ? ((await post('getAppState', {})).value as { activeProfileId: string }) : null;
      return post(name, state ? { profileId: state.activeProfileId, ...input } : input);
    },
    { name, input, scoped },
  );
}

export function screenshotPath(name: string): string {
  const dir = join(ROOT, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/** axe-core with WCAG 2.1 A/AA rules; any violation fails the test with a readable list. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** Presses Tab until `target` has focus: how a keyboard user reaches a control. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, maxPresses = 80): Promise<void> {
  await target.waitFor({ state: 'visible', timeout: 10_000 });
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 })) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

interface Fixtures {
  dataDir: string;
  app: RunningApp;
  offRequests: string[];
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'kompas-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir }, use) => {
    const app = await startApp(dataDir);
    await use(app);
    await app.stop();
  },
  offRequests: [
    async ({ context }, use) => {
      const off: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        const local = ['data:', 'blob:', 'file:'].includes(url.protocol) || url.hostname === '127.0.0.1';
        if (!local) off.push(request.url());
      });
      await use(off);
      expect(off, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Switches coach mode on (as the settings page does) and reloads, so the coach's menu items show. */
export async function coachModeOn(page: Page): Promise<void> {
  const result = await callApi(page, 'setCoachMode', { on: true }, false);
  expect(result.ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ }).getByRole('link', { name: /Coachees/ })).toBeVisible();
}
