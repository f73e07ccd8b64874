/**
 * `npm run test:engines`: the respondent form in Firefox ESR and WebKitGTK, as respondents use it (Chromium
 * is covered by Playwright in test/e2e/respond-form.spec.ts). Needs `npm run build` first. A missing browser
 * fails the run with the command that installs it; `npm run test:engines -- webkit` runs one engine.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchFirefox } from './firefox';
import { answerAsColleague } from './scenario';
import { MissingTool, endAllRunning, withTimeout, type EngineSession } from './support';
import { launchWebKit } from './webkit';

const ROOT = resolve(import.meta.dirname, '../..');
const FORM = join(ROOT, 'out/respond/index.html');
const SHOTS = join(ROOT, 'test-results', 'engines');
const LAUNCH_LIMIT_MS = 60_000;
const SCENARIO_LIMIT_MS = 90_000;

const ENGINES: Readonly<Record<string, (workDir: string) => Promise<EngineSession>>> = {
  firefox: launchFirefox,
  webkit: launchWebKit,
};

interface Outcome {
  readonly engine: string;
  readonly ok: boolean;
  readonly seconds: number;
  readonly detail: string;
}

// The browsers run in their own process groups: an interrupted run ends them itself.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: ending the browsers…`);
    void endAllRunning().finally(() => process.exit(130));
  });
}

async function runEngine(key: string, launch: (workDir: string) => Promise<EngineSession>, formHtml: string): Promise<Outcome> {
  const started = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), `kompas-engine-${key}-`));
  const shot = (name: string): string => join(SHOTS, `${key}-${name}.png`);
  const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;
  rmSync(shot('failure'), { force: true });
  let session: EngineSession | null = null;
  try {
    session = await withTimeout(launch(workDir), LAUNCH_LIMIT_MS, `${key} to start`);
    const result = await withTimeout(answerAsColleague(session, formHtml, workDir, shot), SCENARIO_LIMIT_MS, `${key}: the respondent scenario`);
    rmSync(workDir, { recursive: true, force: true });
    return { engine: session.engine.name, ok: true, seconds: seconds(), detail: `saved and decrypted ${result.files.join(', ')}` };
  } catch (error) {
    if (error instanceof MissingTool) {
      rmSync(workDir, { recursive: true, force: true });
      return { engine: key, ok: false, seconds: seconds(), detail: error.message };
    }
    if (session !== null) await session.engine.screenshot(shot('failure')).catch(() => undefined);
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { engine: session?.engine.name ?? key, ok: false, seconds: seconds(), detail: `${message}\n  (work folder kept: ${workDir}; screenshot in ${SHOTS})` };
  } finally {
    await session?.close();
  }
}

async function main(): Promise<number> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in ENGINES));
  if (unknown.length > 0) {
    console.error(`Unknown engine ${unknown.join(', ')}; choose from ${Object.keys(ENGINES).join(', ')}.`);
    return 2;
  }
  if (!existsSync(FORM)) {
    console.error(`The built respondent form is missing (${FORM}). Run \`npm run build\` first.`);
    return 1;
  }
  const formHtml = readFileSync(FORM, 'utf8');
  mkdirSync(SHOTS, { recursive: true });
  const outcomes: Outcome[] = [];
  for (const key of asked.length > 0 ? asked : Object.keys(ENGINES)) {
    const outcome = await runEngine(key, ENGINES[key]!, formHtml);
    outcomes.push(outcome);
    console.log(`${outcome.ok ? '✓' : '✗'} ${outcome.engine} (${outcome.seconds} s): ${outcome.detail}`);
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(failed === 0 ? `${outcomes.length} engines passed.` : `${failed} of ${outcomes.length} engines failed.`);
  return failed === 0 ? 0 : 1;
}

// Exit explicitly: a browser that was killed may leave a socket open that would keep Node waiting.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
