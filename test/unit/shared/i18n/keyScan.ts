/**
 * Finds every translation call (`t(…)`, `i18n.t(…)`) in the given source files with the TypeScript
 * compiler and reports its key: the literal key(s) when the key's type is a string literal (or a
 * union of them, e.g. a value of an `as const` lookup table), or the call as non-literal.
 */
import ts from 'typescript';
import { relative } from 'node:path';
import { createProgram, ROOT } from '../../../fixtures/tsProgram';

export { createProgram, ROOT, sourceFiles } from '../../../fixtures/tsProgram';

export interface KeyUse {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  /** The keys this call can use; null when the key is not literal. */
  readonly keys: readonly string[] | null;
}

/** A union larger than this is treated as "any key" (a parameter typed as every key), not as literal. */
const MAX_UNION = 100;

/** The names translation functions go by: i18next's `t`, and the radar's `text` (a `t` in a fixed language). */
const TRANSLATORS = new Set(['t', 'text']);

function isTranslateCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return TRANSLATORS.has(callee.text);
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

/** A key put together from pieces (`plan.statuses.${status}`, 'a.' + b) is never literal, whatever its type. */
function isBuilt(node: ts.Node): boolean {
  if (ts.isTemplateExpression(node)) return true;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return true;
  if (ts.isCallExpression(node)) return false; // t(a ? b : c) may call helpers; their own t( calls are checked
  return ts.forEachChild(node, (child) => (isBuilt(child) ? true : undefined)) ?? false;
}

function literalKeys(checker: ts.TypeChecker, arg: ts.Expression): string[] | null {
  if (isBuilt(arg)) return null;
  const type = checker.getTypeAtLocation(arg);
  const parts = type.isUnion() ? type.types : [type];
  if (parts.length > MAX_UNION) return null;
  const keys: string[] = [];
  for (const part of parts) {
    if (!part.isStringLiteral()) return null;
    keys.push(part.value);
  }
  return keys;
}

/** Every translation call in `files`, checked against the project's own compiler options. */
export function scanKeyUses(files: readonly string[], program?: ts.Program): KeyUse[] {
  const prog = program ?? createProgram(files);
  const checker = prog.getTypeChecker();
  const uses: KeyUse[] = [];
  for (const fileName of files) {
    const source = prog.getSourceFile(fileName);
    if (!source) throw new Error(`not in the program: ${fileName}`);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isTranslateCall(node)) {
        const [arg] = node.arguments;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        uses.push({
          file: relative(ROOT, fileName),
          line: line + 1,
          text: node.getText(source).slice(0, 100),
          keys: arg ? literalKeys(checker, arg) : null,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
