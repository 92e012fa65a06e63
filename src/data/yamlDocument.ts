/**
 * Parses YAML while keeping where every node came from, so that any problem found
 * later (by the schema or the cross-reference checks) can be reported at its line
 * and column.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import type { PathSegment } from './problems';

export type Position = { line: number; column: number };

/** Whether a problem points at a field's name or at its value. */
export type Anchor = 'key' | 'value';

/** Finds the line and column of any path in a parsed document. */
export type Locator = (path: readonly PathSegment[], at?: Anchor) => Position;

/** A problem in the YAML text itself, before any schema is applied. */
export type YamlProblem = { path: PathSegment[]; position: Position; message: string };

export type ParsedYaml = {
  /** The document as plain data; undefined when it could not be built. */
  data: unknown;
  locate: Locator;
  problems: YamlProblem[];
  /** True when the text is too broken for its data to be worth checking further. */
  fatal: boolean;
};

const START: Position = { line: 1, column: 1 };

type Doc = Document.Parsed;

/** A node as the yaml package gives it, narrowed to what position lookups need. */
type AnyNode = unknown;

function rangeOf(node: AnyNode): [number, number, number] | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const range = (node as { range?: unknown }).range;
  if (!Array.isArray(range) || range.length < 3) return undefined;
  const [a, b, c] = range as unknown[];
  if (typeof a !== 'number' || typeof b !== 'number' || typeof c !== 'number') return undefined;
  return [a, b, c];
}

function keyText(key: AnyNode): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

type Step = { node: AnyNode; key: AnyNode };

function resolve(doc: Doc, node: AnyNode): AnyNode {
  // Aliases point at their anchor's node; positions are reported at the anchor.
  return isAlias(node) ? node.resolve(doc) : node;
}

function stepInto(doc: Doc, node: AnyNode, seg: PathSegment): Step | undefined {
  const target = resolve(doc, node);
  if (isMap(target)) {
    // With duplicate keys the later one wins in the data, so it wins here too.
    for (let i = target.items.length - 1; i >= 0; i--) {
      const pair = target.items[i];
      if (pair !== undefined && keyText(pair.key) === String(seg)) {
        return { node: pair.value, key: pair.key };
      }
    }
    return undefined;
  }
  if (isSeq(target) && typeof seg === 'number') {
    if (seg < 0 || seg >= target.items.length) return undefined;
    return { node: target.items[seg], key: undefined };
  }
  return undefined;
}

/**
 * Parses `text` as one YAML document. Never throws: syntax errors, duplicate keys,
 * unknown aliases and alias bombs all come back as problems with positions.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, offset));
    return { line: Math.max(1, line), column: Math.max(1, col) };
  };

  const positionOf = (node: AnyNode): Position | undefined => {
    const range = rangeOf(node);
    if (range === undefined) return undefined;
    // An empty value (`label:` with nothing after it) has no text of its own.
    if (isScalar(node) && node.value === null && range[0] === range[1]) return undefined;
    return toPosition(range[0]);
  };

  const locate: Locator = (path, at = 'value') => {
    let node: AnyNode = doc.contents;
    let best = positionOf(node) ?? START;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i] as PathSegment;
      const next = stepInto(doc, node, seg);
      if (next === undefined) return best;
      const keyPos = positionOf(next.key);
      const valuePos = positionOf(resolve(doc, next.node)) ?? positionOf(next.node);
      if (i === path.length - 1) {
        return (at === 'key' ? (keyPos ?? valuePos) : (valuePos ?? keyPos)) ?? best;
      }
      best = keyPos ?? valuePos ?? best;
      node = next.node;
    }
    return best;
  };

  /** The path of the deepest node whose text covers `offset`. */
  const pathAt = (offset: number): PathSegment[] => {
    const path: PathSegment[] = [];
    let node: AnyNode = doc.contents;
    for (let depth = 0; depth < 1000; depth++) {
      let found: Step | undefined;
      let seg: PathSegment | undefined;
      if (isMap(node)) {
        for (const pair of node.items) {
          const kr = rangeOf(pair.key);
          const vr = rangeOf(pair.value);
          const start = kr?.[0] ?? vr?.[0];
          const end = vr?.[2] ?? kr?.[2];
          if (start !== undefined && end !== undefined && offset >= start && offset < end) {
            found = { node: pair.value, key: pair.key };
            seg = keyText(pair.key);
          }
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => {
          const r = rangeOf(item);
          if (r !== undefined && offset >= r[0] && offset < r[2]) {
            found = { node: item, key: undefined };
            seg = index;
          }
        });
      }
      if (found === undefined || seg === undefined) break;
      path.push(seg);
      node = found.node;
    }
    return path;
  };

  const problems: YamlProblem[] = [];
  let fatal = false;
  for (const error of doc.errors) {
    const offset = error.pos[0];
    const path = pathAt(offset);
    // An unclosed [ or { is noticed only where the text goes on; point at the opener.
    const opener = error.message.startsWith('Flow ') ? unclosedOpener(text, offset) : undefined;
    const position =
      opener !== undefined
        ? toPosition(opener)
        : error.linePos?.[0]
          ? { line: Math.max(1, error.linePos[0].line), column: Math.max(1, error.linePos[0].col) }
          : toPosition(offset);
    const duplicate = error.code === 'DUPLICATE_KEY';
    if (!duplicate) fatal = true;
    problems.push({
      // In text that does not parse, the structure around the error is a guess, so
      // only a duplicate key (in otherwise sound text) names its path.
      path: duplicate ? path : [],
      position,
      message: yamlMessage(error.code, error.message, path),
    });
  }

  // Aliases to anchors that do not exist make the data impossible to build.
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) === undefined) {
        const range = rangeOf(node);
        const offset = range?.[0] ?? 0;
        fatal = true;
        problems.push({
          path: pathAt(offset),
          position: toPosition(offset),
          message: `unknown alias '*${node.source}': an alias needs an anchor '&${node.source}' earlier in the file`,
        });
      }
    },
  });

  let data: unknown;
  if (!fatal) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      fatal = true;
      problems.push({
        path: [],
        position: START,
        message: `could not read the YAML: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }
  return { data, locate, problems, fatal };
}

/** Offset of the last `[` or `{` before `offset` that is not closed before it. */
function unclosedOpener(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
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

function yamlMessage(code: string, message: string, path: PathSegment[]): string {
  if (code === 'DUPLICATE_KEY') {
    const key = path[path.length - 1];
    return key === undefined
      ? 'a field appears twice in the same mapping (each field may appear only once)'
      : `field '${String(key)}' appears twice here (each field may appear only once)`;
  }
  const first = firstLine(message);
  for (const [pattern, friendly] of FRIENDLY) {
    if (pattern.test(first)) return `YAML syntax: ${first.replace(pattern, friendly).trim()}`;
  }
  return `YAML syntax: ${lowerFirst(first)}`;
}
