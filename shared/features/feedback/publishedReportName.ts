/** The published-report file's name: `kompas-rapport-<round name>-<closedOn>.json`, safe on every file system. */
import { safeFileNamePart } from '../backup/fileName';

export function publishedReportFileName(roundName: string, closedOn: string): string {
  const part = safeFileNamePart(roundName).toLowerCase();
  return part === '' ? `kompas-rapport-${closedOn}.json` : `kompas-rapport-${part}-${closedOn}.json`;
}
