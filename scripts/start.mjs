#!/usr/bin/env node
/**
 * `npm start`: build the app with electron-vite, find (or on first run download) the Electron
 * binary, and run the built app. Where Electron cannot be downloaded or started, say so in one
 * line and point to browser mode. Set KOMPAS_DEBUG=1 to see why Electron could not be found.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));
const debug = process.env.KOMPAS_DEBUG === '1';

const UNAVAILABLE =
  'Electron kan hier niet worden gedownload of gestart — gebruik de browsermodus: npm run web ' +
  '(Electron cannot be downloaded or started here — use browser mode: npm run web)';

function unavailable(detail) {
  if (debug && detail) console.error(detail);
  console.error(UNAVAILABLE);
  process.exit(1);
}

/** The same as `npm run build`: the app bundles, then the single-file respondent form. */
function build() {
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  for (const args of [[electronVite, 'build'], [vite, 'build', '--config', 'vite.respond.config.ts']]) {
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

/**
 * `require('electron')` in plain Node returns the binary's path and downloads it first if needed.
 * It runs in a child process so a failed download's stack trace does not flood the terminal.
 */
function resolveElectron() {
  const probe = 'process.stdout.write(String(require("electron")))';
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' });
  const path = result.status === 0 ? result.stdout.trim() : '';
  if (path === '' || !existsSync(path)) unavailable(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ?? ''}`);
  return path;
}

function run(electronPath) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electronPath, [root], { cwd: root, env, stdio: 'inherit' });
  child.on('error', (error) => unavailable(String(error)));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

build();
run(resolveElectron());
