/**
 * `npm run web`: browser mode. Data in KOMPAS_DATA_DIR (default: ~/.ambtelijk-kompas),
 * port KOMPAS_PORT (default: a free one). Stops cleanly on Ctrl-C / SIGTERM.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDispatcher } from '../transport/dispatch';
import { createServices } from '../services';
import { confStoreFactory } from '../platform/confStore';
import { acquireFolderLock } from '../storage/folderLock';
import { startWebServer } from '../transport/webServer';
import { languageOfLocale, translator } from './i18n';

/** The launcher speaks the language of the system it runs on (Dutch unless that is English). */
const t = translator(languageOfLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG));

const dataDir = resolve(process.env.KOMPAS_DATA_DIR ?? join(homedir(), '.ambtelijk-kompas'));
const port = parsePort(process.env.KOMPAS_PORT);
const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error(t('system.web.notBuilt'));
  process.exit(1);
}

// One app per data folder: a second one would silently lose the first one's writes.
const lock = acquireFolderLock(dataDir);
if (!lock.ok) {
  console.error(t('system.web.folderInUse', { dir: dataDir, pid: lock.heldBy }));
  process.exit(1);
}
const releaseLock = lock.release;
process.on('exit', releaseLock);

const respondFormPath = resolve(rendererDir, '../respond/index.html');
const dispatch = createDispatcher(createServices({ dataDir, openStore: confStoreFactory, respondFormPath }), (message, error) =>
  console.error(`[kompas] ${message}`, error),
);
const server = await startWebServer({ dispatch, rendererDir, port });
console.log(`${t('system.web.running')}\n${server.url}`);
console.log(t('system.web.dataDir', { dir: dataDir }));

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  releaseLock();
  console.log(t('system.web.stopped'));
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(t('system.web.badPort', { value }));
    process.exit(1);
  }
  return n;
}
