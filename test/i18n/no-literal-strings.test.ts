/**
 * Every word a user reads comes from the message catalogues (shared/i18n/locales). This scan
 * walks the TypeScript syntax of the renderer, the CLI and the API handlers and fails on a
 * user-visible string written in the code: JSX text with letters, string values of visible
 * attributes and props (aria-label, title, placeholder, alt, label…), and literal messages passed
 * to state setters, `new Error`, `CliError`, `ApiError` and the CLI's `out`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Brand and symbols that read the same in every language. */
const ALLOWED_WORDS = ['Précis', 'Ctrl', 'Shift', 'Alt', 'Enter', 'Esc', 'PDF', 'A4', 'Letter'];

/** Attributes and props whose string value is read (or heard) by a user. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'heading',
  'message',
  'emptyText',
  'description',
  'hint',
  'confirmLabel',
  'cancelLabel',
  'summary',
  'caption',
]);

function sourceFiles(dir: string, test: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(path, test));
    else if (test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) found.push(path);
  }
  return found;
}

function hasWords(text: string): boolean {
  let rest = text;
  for (const word of ALLOWED_WORDS) rest = rest.split(word).join(' ');
  return /\p{L}{2,}/u.test(rest);
}

/** A message rather than a code: two letters or more, and capitalised or several words. */
function looksLikeMessage(text: string): boolean {
  const trimmed = text.trim();
  if (!hasWords(trimmed)) return false;
  return /^\P{L}*\p{Lu}/u.test(trimmed) || /\p{L}+\s+\p{L}+/u.test(trimmed);
}

/** The literal strings an expression can evaluate to (through ?:, &&, ||, ?? and +). */
function valueStrings(node: ts.Node): { node: ts.Node; text: string }[] {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return valueStrings(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ node, text: node.text }];
  if (ts.isTemplateExpression(node)) {
    const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    return [{ node, text }];
  }
  if (ts.isConditionalExpression(node)) return [...valueStrings(node.whenTrue), ...valueStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return valueStrings(node.right);
    if (
      kind === ts.SyntaxKind.BarBarToken ||
      kind === ts.SyntaxKind.QuestionQuestionToken ||
      kind === ts.SyntaxKind.PlusToken
    ) {
      return [...valueStrings(node.left), ...valueStrings(node.right)];
    }
  }
  return [];
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

type MessageCalls = (name: string, node: ts.CallExpression | ts.NewExpression) => ts.Node[];

function scan(file: string, messageCalls: MessageCalls, text = readFileSync(join(root, file), 'utf8')): Finding[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const findings: Finding[] = [];
  const lines = text.split('\n');
  const report = (node: ts.Node, found: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    // A developer message that never reaches a user is marked `// i18n-ignore: why` above it.
    if (/i18n-ignore:/.test(lines[line - 2] ?? '')) return;

    findings.push({ file, line, text: found.trim().replace(/\s+/g, ' ') });
  };
  const reportMessages = (node: ts.Node) => {
    for (const value of valueStrings(node)) if (looksLikeMessage(value.text)) report(value.node, value.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (hasWords(node.text)) report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const value of valueStrings(node.expression)) if (hasWords(value.text)) report(value.node, value.text);
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      if (VISIBLE_ATTRIBUTES.has(name)) {
        const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
        if (value) for (const found of valueStrings(value)) if (hasWords(found.text)) report(found.node, found.text);
      }
    } else if (
      ts.isPropertyAssignment(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText(source).replace(/['"]/g, ''))
    ) {
      reportMessages(node.initializer);
    } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      if (name === 'setAttribute' && node.arguments?.[0] && ts.isStringLiteral(node.arguments[0])) {
        if (VISIBLE_ATTRIBUTES.has(node.arguments[0].text) && node.arguments[1]) reportMessages(node.arguments[1]);
      } else {
        for (const argument of messageCalls(name, node)) reportMessages(argument);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

const list = (findings: Finding[]) => findings.map((f) => `${f.file}:${f.line}  ${f.text}`);

describe('user-visible strings come from the catalogues', () => {
  it('in the renderer', () => {
    const files = sourceFiles('renderer', (name) => /\.tsx?$/.test(name));
    expect(files.length).toBeGreaterThan(30);
    const findings = files.flatMap((file) =>
      scan(file, (name, node) => {
        const args = [...(node.arguments ?? [])];
        if (/^set[A-Z]\w*$/.test(name) && name !== 'setData') return args;
        if (['report', 'announce', 'alert', 'confirm', 'prompt', 'Error'].includes(name)) return args;
        return [];
      }),
    );
    expect(list(findings)).toEqual([]);
  });

  it('in the CLI', () => {
    const files = sourceFiles('main/shells/cli', (name) => name.endsWith('.ts'));
    const findings = files.flatMap((file) =>
      scan(file, (name, node) =>
        ['CliError', 'out', 'error', 'log'].includes(name) ? [...(node.arguments ?? [])] : [],
      ),
    );
    expect(list(findings)).toEqual([]);
  });

  it('in the team server’s admin command', () => {
    const files = sourceFiles('server', (name) => name.endsWith('.ts')).filter((file) => !file.includes('testing'));
    expect(files.length).toBeGreaterThan(5);
    const findings = files.flatMap((file) =>
      scan(file, (name, node) =>
        ['out', 'error', 'log', 'UsageError'].includes(name) ? [...(node.arguments ?? [])] : [],
      ),
    );
    expect(list(findings)).toEqual([]);
  });

  it('in API error messages', () => {
    const files = sourceFiles('main/services/api', (name) => name.endsWith('.api.ts'));
    const findings = files.flatMap((file) =>
      scan(file, (name, node) => (name === 'ApiError' ? [...(node.arguments ?? [])].slice(1) : [])),
    );
    expect(list(findings)).toEqual([]);
  });

  it('finds literals of every kind, and lets catalogue calls, codes and symbols through', () => {
    // A scan that finds nothing could be broken: run it on a snippet with known literals.
    const snippet = [
      'export const A = () => <p title="Hello there">Some text {busy ? t("x") : "Saving…"}</p>;',
      'export const B = () => <input aria-label={`Page ${n} of ${m}`} placeholder={t("y")} className="a b" />;',
      'export const C = () => <span>Précis ¶ {n} — {t("z")}</span>;',
      'setError("Choose a document first."); setMode("read"); el.setAttribute("aria-label", "Page break");',
      'const item = { label: "Bold", key: "bold" }; throw new Error("The PDF did not come back.");',
    ].join('\n');
    const renderer: MessageCalls = (name, node) =>
      /^set[A-Z]/.test(name) || name === 'Error' ? [...(node.arguments ?? [])] : [];
    const texts = scan('probe.tsx', renderer, snippet).map((f) => f.text);
    expect(texts).toEqual([
      'Hello there',
      'Some text',
      'Saving…',
      'Page of',
      'Choose a document first.',
      'Page break',
      'Bold',
      'The PDF did not come back.',
    ]);
  });
});
