/**
 * Canonical JSON for the backup header (spec §6): object keys sorted (by UTF-16 code unit, as
 * `Array.prototype.sort` does) at every depth, no whitespace. Used as AES-GCM additional data, so a
 * reader computes the same bytes whatever key order the file was written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('canonicalJson: not a JSON value');
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}
