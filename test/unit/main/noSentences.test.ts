/**
 * Main and the zod schemas never word a message (ARCHITECTURE.md, "Errors and texts"): they report
 * codes with params, and the renderer's i18n — or main's `t()` for OS texts — words them. This test
 * reads every string and template literal in main/ and in the shared files that define zod schemas
 * (with the TypeScript compiler) and fails on one that looks like a sentence: three or more words
 * with letters. Only text for developers may: arguments of console.* and of an injected `log`, and
 * the message of a built-in Error (a programming error: the dispatcher logs it, the user sees the
 * code `internal`).
 */
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgram, ROOT, sourceFiles } from '../../fixtures/tsProgram';

/** Literals that may stay, with the reason. Keep this tiny. */
const ALLOWED: ReadonlyArray<{ file: string; text: string; why: string }> = [];

/** Three or more words that hold letters: "Er is niets gewijzigd." — not "text/plain; charset=utf-8". */
export function looksLikeSentence(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= 3;
}

/** A developer log call: console.*(…), log(…), deps.log?.(…). */
function isDeveloperLog(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'log';
  if (ts.isPropertyAccessExpression(callee)) {
    if (ts.isIdentifier(callee.expression) && callee.expression.text === 'console') return true;
    return callee.name.text === 'log';
  }
  return false;
}

/**
 * `new X(…)` of an Error that is not an ApiError, or `super(…)` in such an Error's constructor: its
 * message is for developers (logged, never shown).
 */
function isDeveloperError(checker: ts.TypeChecker, node: ts.Node): boolean {
  const extendsError = (type: ts.Type): boolean => {
    const name = type.getSymbol()?.name;
    if (name === 'ApiError') return false;
    if (name === 'Error') return true;
    return type.isClassOrInterface() && (checker.getBaseTypes(type) ?? []).some(extendsError);
  };
  if (ts.isNewExpression(node)) return extendsError(checker.getTypeAtLocation(node));
  if (!ts.isCallExpression(node) || node.expression.kind !== ts.SyntaxKind.SuperKeyword) return false;
  const owner = ts.findAncestor(node, ts.isClassLike);
  return owner !== undefined && extendsError(checker.getTypeAtLocation(owner));
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' _ ');
  return null;
}

export interface Sentence {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** The sentence-like literals of one file of `program`, outside types, imports and developer text. */
function sentencesIn(program: ts.Program, fileName: string): Sentence[] {
  const source = program.getSourceFile(fileName);
  if (!source) throw new Error(`not in the program: ${fileName}`);
  const checker = program.getTypeChecker();
  const found: Sentence[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isCallExpression(node) && isDeveloperLog(node)) return;
    if (isDeveloperError(checker, node)) return;
    const text = literalText(node);
    if (text !== null) {
      if (looksLikeSentence(text)) {
        found.push({ file: relative(ROOT, fileName), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text });
      }
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((s) => !ALLOWED.some((a) => a.file === s.file && a.text === s.text));
}

/** main/, shared/contract/, and every shared file that builds zod schemas. */
function scannedFiles(): string[] {
  const shared = sourceFiles(join(ROOT, 'shared')).filter(
    (path) => path.includes(`${join('shared', 'contract')}`) || /from 'zod'/.test(readFileSync(path, 'utf8')),
  );
  return [...sourceFiles(join(ROOT, 'main')), ...shared];
}

describe('no sentences in main/ or in zod schemas', () => {
  it('scans main/, the contract and the schemas', () => {
    const scanned = scannedFiles().map((f) => relative(ROOT, f));
    expect(scanned).toContain(join('main', 'features', 'feedback.ts'));
    expect(scanned).toContain(join('shared', 'contract', 'api.ts'));
    expect(scanned).toContain(join('shared', 'features', 'exchange', 'formats.ts'));
  });

  it('finds none', { timeout: 60_000 }, () => {
    const files = scannedFiles();
    const program = createProgram(files);
    const found = files.flatMap((file) => sentencesIn(program, file));
    expect(found.map((s) => `${s.file}:${s.line} ${s.text}`)).toEqual([]);
  });

  it('fails on a worded error, a worded refine and a worded template (the check can fail)', { timeout: 60_000 }, () => {
    const code = `
      import { z } from 'zod';
      import { ApiError } from '@main/features/apiError';
      class WriteFailed extends Error {
        constructor(reason: string) {
          super(\`could not write: \${reason}\`);
        }
      }
      type Kind = 'a sentence in a type is fine';
      export const s = z.string().refine((v) => v !== '', { message: 'Vul een naam in alstublieft.' });
      export function f(name: string, log: (m: string) => void) {
        console.error('developer line, may be a sentence', name);
        if (!name) throw new Error('a programming error for developers');
        if (name === 'x') throw new WriteFailed('a subclass of Error for developers');
        log(\`operation \${name} failed at start\`);
        if (name === '') throw new ApiError('invalid-input', \`De naam \${name} is niet goed.\` as never);
        return { code: 'round-closed', params: { round: name }, mime: 'text/plain; charset=utf-8' } as const;
      }
    `;
    const file = join(ROOT, 'main/__snippet__.ts');
    expect(sentencesIn(createProgram([], { [file]: code }), file).map((s) => s.text)).toEqual([
      'Vul een naam in alstublieft.',
      'De naam  _  is niet goed.',
    ]);
  });

  it('tells sentences from codes', () => {
    expect(looksLikeSentence('Er is niets gewijzigd.')).toBe(true);
    expect(looksLikeSentence('storage-write-failed')).toBe(false);
    expect(looksLikeSentence('text/plain; charset=utf-8')).toBe(false);
    expect(looksLikeSentence('Ambtelijk Kompas')).toBe(false);
  });
});
