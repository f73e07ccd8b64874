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
import { startWebServer } from '../transport/webServer';

const dataDir = resolve(process.env.KOMPAS_DATA_DIR ?? join(homedir(), '.ambtelijk-kompas'));
const port = parsePort(process.env.KOMPAS_PORT);
const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('De app is nog niet gebouwd: voer eerst `npm run build` uit (npm run web doet dat zelf).');
  process.exit(1);
}

const respondFormPath = resolve(rendererDir, '../respond/index.html');
const dispatch = createDispatcher(createServices({ dataDir, openStore: confStoreFactory, respondFormPath }), (message, error) =>
  console.error(`[kompas] ${message}`, error),
);
const server = await startWebServer({ dispatch, rendererDir, port });
console.log(`Ambtelijk Kompas draait in de browsermodus. Open dit adres in uw browser:\n${server.url}`);
console.log(`Gegevens staan in: ${dataDir}`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  console.log('Ambtelijk Kompas is gestopt.');
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`KOMPAS_PORT moet een poortnummer zijn (0–65535), niet "${value}".`);
    process.exit(1);
  }
  return n;
}
