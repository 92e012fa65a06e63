/**
 * The engine builds no sentence for people: it answers with ids, numbers and codes, and
 * the words are the view's (src/words). This test reads every engine file and fails on
 * any string or template text holding two words, except in a `throw` (an error for
 * developers, such as a scenario naming an unknown id, never shown to players).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const engineDir = fileURLToPath(new URL('../../src/engine/', import.meta.url));
const TWO_WORDS = /\p{L}\s+\p{L}/u;

/** The texts in `code` that read as words for people, with their line numbers. */
export function sentencesIn(code: string, fileName = 'probe.ts'): string[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node, inThrow: boolean): void => {
    const thrown = inThrow || ts.isThrowStatement(node);
    // A template reads with each of its values as a word: `chance ${n} failed`.
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? node.head.text + node.templateSpans.map((span) => `x${span.literal.text}`).join('')
          : undefined;
    const parent = node.parent as ts.Node | undefined;
    const isModuleName =
      parent !== undefined && (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent));
    if (text !== undefined && !thrown && !isModuleName && TWO_WORDS.test(text)) {
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${fileName}:${line}: ${JSON.stringify(text)}`);
    }
    node.forEachChild((child) => visit(child, thrown));
  };
  visit(file, false);
  return found;
}

describe('the engine speaks data', () => {
  it('no engine file builds a sentence', () => {
    const files = readdirSync(engineDir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => sentencesIn(readFileSync(engineDir + f, 'utf8'), f));
    expect(found).toEqual([]);
  });

  it.each([
    ['a string', "export const why = 'capped at the maximum';"],
    ['a template', 'export const why = (n: number) => `chance ${n} failed`;'],
    ['a template tail', 'export const why = (n: number) => `${n} per turn`;'],
  ])('catches %s', (_name, code) => {
    expect(sentencesIn(code)).toHaveLength(1);
  });

  it.each([
    ['a code', "export const c = { code: 'game-over' };"],
    ['an error for developers', 'throw new RangeError(`Unknown role "${role}"`);'],
    ['a module name', "import { x } from './some module';"],
  ])('allows %s', (_name, code) => {
    expect(sentencesIn(code)).toEqual([]);
  });
});
