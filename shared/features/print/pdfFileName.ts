/** The name a saved PDF gets by default: `<what>-<whose>-YYYY-MM-DD.pdf`, safe on every file system. */
import { safeFileNamePart } from '../backup';

export function pdfFileName(parts: readonly string[]): string {
  const safe = parts.map(safeFileNamePart).filter((p) => p !== '');
  return `${safe.length > 0 ? safe.join('-') : 'kompas'}.pdf`;
}
