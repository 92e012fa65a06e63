/**
 * The yaml package's syntax errors in words a teacher can act on, at the line where the
 * mistake is: an unclosed bracket or quote is shown where it was opened, and a line
 * indented too far or not far enough is named as such (the parser itself notices it a
 * line early or late, and calls it something else).
 */
import type { YAMLError } from 'yaml';
import type { LineIndex, Position } from './lines';

/**
 * `spills` marks an error whose damage can reach into the lines after it: a bracket or
 * quotation mark left open, which makes the parser read on into the next fields.
 */
export type SyntaxProblem = { position: Position; message: string; spills?: true };

/** How a line of block YAML is laid out. Columns are 0-based here. */
type Shape = {
  indent: number;
  /** Columns of the list dashes the line starts with (`- - x` has two). */
  dashes: number[];
  /** Column where the content after the dashes starts. */
  content: number;
  /** The field name, when the line starts a field (`name:`). */
  key?: string;
  /** The line ends with `name:` (or is a bare dash): lines under it may be indented further. */
  opens: boolean;
};

const KEY =
  /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)\s*:(?:\s|$)/;

function shapeOf(text: string): Shape | undefined {
  const trimmed = text.trimStart();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const indent = text.length - trimmed.length;
  const dashes: number[] = [];
  let content = indent;
  while (text[content] === '-' && (text[content + 1] === ' ' || content + 1 === text.length)) {
    dashes.push(content);
    content += 1;
    while (text[content] === ' ') content++;
  }
  const rest = text
    .slice(content)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  const match = KEY.exec(rest);
  const key = match?.[1]?.replace(/^["']|["']$/g, '');
  const opens =
    rest === '' || (match !== null && /:\s*(?:[|>][-+0-9]*\s*)?(?:&\S+\s*)?$/.test(rest));
  return key === undefined
    ? { indent, dashes, content, opens }
    : { indent, dashes, content, key, opens };
}

/**
 * How far to look around an error for the lines that explain it: far enough for any
 * block a person writes, and short enough that many errors cost little each.
 */
const LOOK = 200;

/** The nearest line before `line` with content, and its shape. */
function previousContent(
  lines: LineIndex,
  line: number,
): { line: number; shape: Shape } | undefined {
  for (let l = line - 1; l >= Math.max(1, line - LOOK); l--) {
    const shape = shapeOf(lines.lineText(l));
    if (shape) return { line: l, shape };
  }
  return undefined;
}

/** Columns a line after `from` may start at: those of `from` and of every block around it. */
function allowedColumns(lines: LineIndex, from: { line: number; shape: Shape }): Set<number> {
  const allowed = new Set<number>([from.shape.content, ...from.shape.dashes]);
  let floor = from.shape.indent;
  for (let l = from.line - 1; l >= Math.max(1, from.line - LOOK) && floor > 0; l--) {
    const shape = shapeOf(lines.lineText(l));
    if (!shape || shape.indent >= floor) continue;
    allowed.add(shape.content);
    for (const dash of shape.dashes) allowed.add(dash);
    floor = shape.indent;
  }
  allowed.add(0);
  return allowed;
}

/** An indentation mistake on `line`, if it starts in a column that lines up with nothing. */
function misindented(lines: LineIndex, line: number): SyntaxProblem | undefined {
  const shape = shapeOf(lines.lineText(line));
  const above = previousContent(lines, line);
  if (!shape || !above) return undefined;
  const column = shape.dashes[0] ?? shape.content;
  const isItem = shape.dashes.length > 0;
  const under = above.shape.content;
  // The first line under `name:` may start anywhere further right (a list: in its column).
  if (above.shape.opens && (column > under || (isItem && column === under))) return undefined;
  if (allowedColumns(lines, above).has(column)) return undefined;
  // A line indented further may go on the text above it, unless it looks like a field.
  if (column > above.shape.content && !isItem && shape.key === undefined) return undefined;
  const position = { line, column: column + 1 };
  const aboveItem = above.shape.dashes.length > 0 && isItem;
  const aboveColumn = (aboveItem ? above.shape.dashes[0] : above.shape.content) as number;
  const what = isItem ? 'list item' : 'line';
  const them = aboveItem
    ? 'the list item above it starts'
    : above.shape.key !== undefined
      ? `'${above.shape.key}' above it starts`
      : 'the line above it starts';
  const rule = isItem
    ? 'items of one list must start in the same column'
    : 'fields of one mapping must start in the same column';
  return {
    position,
    message: `indentation: this ${what} starts in column ${column + 1} but ${them} in column ${aboveColumn + 1}; ${rule}`,
  };
}

/** Errors the parser gives when the real mistake is a line's indentation. */
const INDENTATION_CODES = new Set([
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'MISSING_CHAR',
  'UNEXPECTED_TOKEN',
]);

/** The mistaken line near a parser error: the error's own line or the next with content. */
function indentationNear(lines: LineIndex, line: number): SyntaxProblem | undefined {
  const own = misindented(lines, line);
  if (own) return own;
  for (let l = line + 1; l <= Math.min(lines.lineCount, line + LOOK); l++) {
    if (shapeOf(lines.lineText(l))) return misindented(lines, l);
  }
  return undefined;
}

/** Offset of the last `[` or `{` before `offset`, not closed before it, at or after `floor`. */
function unclosedOpener(text: string, offset: number, floor: number): number | undefined {
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= floor; i--) {
    const c = text[i];
    if (c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?\s*$/, '').trim();
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Plain-words versions of the yaml package's messages for the errors teachers meet. */
const FRIENDLY: [RegExp, string][] = [
  [
    /^flow sequence .* end with a \]/i,
    "a list opened with '[' is not closed with ']' (or a line is not indented enough)",
  ],
  [
    /^flow map .* end with a \}/i,
    "a mapping opened with '{' is not closed with '}' (or a line is not indented enough)",
  ],
  [
    /^nested mappings are not allowed in compact mappings/i,
    "a second ': ' on one line; put text that contains ': ' in quotes",
  ],
  [/^missing closing "quote/i, 'a text opened with " is not closed with "'],
  [
    /^missing closing 'quote/i,
    "a text opened with ' is not closed with ' (write '' for an apostrophe inside)",
  ],
  [
    /^all mapping items must start at the same column/i,
    'fields of the same mapping must be indented equally',
  ],
  [
    /^plain value cannot start with reserved character (.)/i,
    'text cannot start with $1; put it in quotes',
  ],
  [
    /^tabs are not allowed as indentation/i,
    'tabs are not allowed for indentation; indent with spaces',
  ],
  [
    /^source contains multiple documents.*$/i,
    "a scenario file holds a single document; remove the '---' separator",
  ],
];

function friendly(message: string): string {
  const first = firstLine(message);
  for (const [pattern, words] of FRIENDLY) {
    if (pattern.test(first)) return `YAML syntax: ${first.replace(pattern, words).trim()}`;
  }
  return `YAML syntax: ${lowerFirst(first)}`;
}

/**
 * One parser error as the author should see it. `quotedStarts` gives where each quoted
 * text starts by where it ends (see quotedTextStarts).
 */
export function describeSyntaxError(
  error: YAMLError,
  lines: LineIndex,
  quotedStarts: () => Map<number, number>,
): SyntaxProblem {
  const offset = error.pos[0];
  const message = friendly(error.message);
  const at = lines.position(offset);
  if (error.message.startsWith('Flow ')) {
    const opener = unclosedOpener(lines.text, offset, lines.lineStart(Math.max(1, at.line - LOOK)));
    const position = lines.position(opener ?? offset);
    return { position, message, spills: true };
  }
  if (/^Missing closing .quote/.test(error.message)) {
    const opener = quotedStarts().get(offset);
    return { position: lines.position(opener ?? offset), message, spills: true };
  }
  if (INDENTATION_CODES.has(error.code)) {
    const indentation = indentationNear(lines, at.line);
    if (indentation) return indentation;
  }
  return { position: at, message };
}
