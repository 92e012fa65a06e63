/**
 * Parses YAML while keeping where every node came from, so that any problem found
 * later (by the schema or the cross-reference checks) can be reported at its line
 * and column.
 *
 * Every step is linear in the size of the text, and bounded by the limits in
 * limits.ts: the tokens are counted and the nesting measured before the document is
 * built; duplicate keys, anchors and aliases are found in one walk; aliases are
 * resolved once each; positions are looked up through per-mapping indexes. The data
 * is built by this module rather than by the yaml package's `toJS`, which resolves
 * each alias by scanning every anchor before it.
 */
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, YAMLParseError } from 'yaml';
import type { Alias, CST, Document, Node, Pair, YAMLMap } from 'yaml';
import { balanceDirection } from './direction';
import { MAX_NESTING, MAX_YAML_TOKENS } from './limits';
import { LineIndex } from './lines';
import type { Position } from './lines';
import type { PathSegment } from './problems';
import { describeSyntaxError } from './yamlErrors';
import { quotedTextStarts, readTokens } from './yamlTokens';

export type { Position } from './lines';

/** Whether a problem points at a field's name or at its value. */
export type Anchor = 'key' | 'value';

/** Finds the line and column of any path in a parsed document. */
export type Locator = (path: readonly PathSegment[], at?: Anchor) => Position;

/** A problem in the YAML text itself, before any schema is applied. */
export type YamlProblem = { path: PathSegment[]; position: Position; message: string };

/**
 * A syntax error, with the lines it concerns (where the parser noticed it and where it
 * is), and whether its damage can spill into the lines after it (see SyntaxProblem).
 */
export type SyntaxError = { problem: YamlProblem; lines: number[]; spills?: true };

export type ParsedYaml =
  /** Over a limit: nothing more can be read. */
  | { kind: 'refused'; problem: YamlProblem }
  /** Syntax errors or aliases to nothing: the structure around them is a guess. */
  | { kind: 'broken'; errors: SyntaxError[] }
  | { kind: 'read'; data: unknown; locate: Locator; duplicates: YamlProblem[] };

const START: Position = { line: 1, column: 1 };
const SET_TAG = 'tag:yaml.org,2002:set';
const OMAP_TAG = 'tag:yaml.org,2002:omap';

type Doc = Document.Parsed;

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: unknown } | null)?.range;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}

function anchorOf(node: unknown): string | undefined {
  const anchor = (node as { anchor?: unknown } | null)?.anchor;
  return typeof anchor === 'string' && anchor !== '' ? anchor : undefined;
}

/** What an alias stands for, found once for every alias in one walk in document order. */
type Aliases = Map<Alias, Node>;

function keyText(key: unknown, aliases: Aliases): string {
  const node = isAlias(key) ? aliases.get(key) : key;
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  return String(node);
}

/** A list or mapping's direct children, keys before values. */
function childrenOf(node: unknown, aliases: Aliases): unknown[] {
  if (isMap(node)) return node.items.flatMap((pair) => [pair.key, pair.value]);
  if (isSeq(node)) return node.items;
  if (isPair(node)) return [node.key, node.value];
  if (isAlias(node)) {
    const target = aliases.get(node);
    return target === undefined ? [] : [target];
  }
  return [];
}

type Walk = {
  aliases: Aliases;
  duplicates: YamlProblem[];
  unknown: { path: PathSegment[]; offset: number; name: string }[];
};

/**
 * Walks the document in order once: records anchors as they appear and resolves each
 * alias to the last anchor of its name before it, and finds keys repeated in a mapping.
 */
function walk(doc: Doc, lines: LineIndex): Walk {
  const anchors = new Map<string, Node>();
  const result: Walk = { aliases: new Map(), duplicates: [], unknown: [] };
  const stack: { node: unknown; path: PathSegment[] }[] = [{ node: doc.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: PathSegment[] };
    const anchor = anchorOf(node);
    if (anchor !== undefined) anchors.set(anchor, node as Node);
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) {
        result.unknown.push({ path, offset: rangeStart(node) ?? 0, name: node.source });
      } else result.aliases.set(node, target);
    } else if (isMap(node)) {
      const seen = new Set<string>();
      const children: { node: unknown; path: PathSegment[] }[] = [];
      for (const pair of node.items) {
        const key = keyText(pair.key, result.aliases);
        const at = [...path, key];
        if (seen.has(key)) {
          result.duplicates.push({
            path: at,
            position: lines.position(rangeStart(pair.key) ?? rangeStart(node) ?? 0),
            message: `field '${key}' appears twice here (each field may appear only once)`,
          });
        }
        seen.add(key);
        children.push({ node: pair.key, path: at }, { node: pair.value, path: at });
      }
      for (let i = children.length - 1; i >= 0; i--)
        stack.push(children[i] as (typeof children)[0]);
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--)
        stack.push({ node: node.items[i], path: [...path, i] });
    } else if (isPair(node)) {
      // A pair directly in a list: an `!!omap` or `!!pairs` entry.
      stack.push({ node: node.value, path }, { node: node.key, path });
    }
  }
  return result;
}

/**
 * Measures what the aliases make of the document: a cycle (an alias inside the list or
 * mapping it names), nesting deeper than MAX_NESTING, or more than MAX_YAML_TOKENS
 * values once every alias is expanded (which the schema check would walk one by one).
 * Each node is measured once, so this is linear even when aliases repeat a lot.
 */
function aliasTrouble(doc: Doc, aliases: Aliases): { offset: number; message: string } | undefined {
  const measured = new Map<unknown, { height: number; size: number }>();
  const open = new Set<unknown>();
  const stack: { node: unknown; entered: boolean }[] = [{ node: doc.contents, entered: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: unknown; entered: boolean };
    const { node } = top;
    if (!top.entered) {
      if (measured.has(node)) {
        stack.pop();
        continue;
      }
      top.entered = true;
      open.add(node);
      for (const child of childrenOf(node, aliases)) {
        if (open.has(child)) {
          return {
            offset: rangeStart(node) ?? 0,
            message: 'this alias names the list or mapping it is inside, which would never end',
          };
        }
        if (child !== null && typeof child === 'object' && !measured.has(child)) {
          stack.push({ node: child, entered: false });
        }
      }
      continue;
    }
    stack.pop();
    open.delete(node);
    let height = 0;
    let size = 1;
    for (const child of childrenOf(node, aliases)) {
      const m = measured.get(child);
      if (m) {
        height = Math.max(height, m.height);
        size += m.size;
      }
    }
    if (isMap(node) || isSeq(node)) height += 1;
    if (height > MAX_NESTING) {
      return {
        offset: rangeStart(node) ?? 0,
        message: `too deeply nested: with its aliases, this part nests lists and mappings more than ${MAX_NESTING} levels deep`,
      };
    }
    if (size > MAX_YAML_TOKENS) {
      return {
        offset: rangeStart(node) ?? 0,
        message: `aliases repeat too much here: with every alias written out, the file would hold more than ${MAX_YAML_TOKENS.toLocaleString('en')} values`,
      };
    }
    measured.set(node, { height, size });
  }
  return undefined;
}

/** Own property, even for `__proto__`, so no key can reach an object's prototype. */
function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * The document as plain data: mappings become objects (a repeated key keeps its last
 * value), lists arrays, scalars their values, texts with their direction controls
 * balanced (see balanceDirection); `!!set` and `!!omap` become a Set and a Map so that
 * messages can name them. An alias shares its anchor's value.
 */
function toData(doc: Doc, aliases: Aliases): unknown {
  const shared = new Map<unknown, unknown>();
  const build = (node: unknown): unknown => {
    if (isAlias(node)) {
      const target = aliases.get(node);
      if (!shared.has(target)) shared.set(target, build(target));
      return shared.get(target);
    }
    if (isScalar(node))
      return typeof node.value === 'string' ? balanceDirection(node.value) : node.value;
    if (isMap(node)) {
      if (node.tag === SET_TAG) return new Set(node.items.map((pair) => build(pair.key)));
      const out: Record<string, unknown> = {};
      for (const pair of node.items) setField(out, keyText(pair.key, aliases), build(pair.value));
      return out;
    }
    if (isSeq(node)) {
      if (node.tag !== OMAP_TAG) return node.items.map(build);
      return new Map(
        node.items.map((item) =>
          isPair(item)
            ? [keyText(item.key, aliases), build(item.value)]
            : [String(item), build(item)],
        ),
      );
    }
    if (isPair(node)) {
      const out: Record<string, unknown> = {};
      setField(out, keyText(node.key, aliases), build(node.value));
      return out;
    }
    return null;
  };
  return build(doc.contents);
}

function makeLocator(doc: Doc, aliases: Aliases, lines: LineIndex): Locator {
  const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairFor = (map: YAMLMap, key: string): Pair | undefined => {
    let index = keyIndex.get(map);
    if (index === undefined) {
      // Later pairs overwrite earlier ones: with a repeated key the last one counts.
      index = new Map(map.items.map((pair) => [keyText(pair.key, aliases), pair]));
      keyIndex.set(map, index);
    }
    return index.get(key);
  };
  // Aliases point at their anchor's node; positions are reported at the anchor.
  const resolve = (node: unknown): unknown => (isAlias(node) ? aliases.get(node) : node);
  const positionOf = (node: unknown): Position | undefined => {
    const start = rangeStart(node);
    if (start === undefined) return undefined;
    // An empty value (`label:` with nothing after it) has no text of its own.
    const range = (node as { range: number[] }).range;
    if (isScalar(node) && node.value === null && range[0] === range[1]) return undefined;
    return lines.position(start);
  };
  return (path, at = 'value') => {
    let node: unknown = doc.contents;
    let best = positionOf(node) ?? START;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i] as PathSegment;
      const target = resolve(node);
      let key: unknown;
      let value: unknown;
      if (isMap(target)) {
        const pair = pairFor(target, String(seg));
        if (pair === undefined) return best;
        key = pair.key;
        value = pair.value;
      } else if (
        isSeq(target) &&
        typeof seg === 'number' &&
        seg >= 0 &&
        seg < target.items.length
      ) {
        value = target.items[seg];
      } else return best;
      const keyPos = positionOf(key);
      const valuePos = positionOf(resolve(value)) ?? positionOf(value);
      if (i === path.length - 1) {
        return (at === 'key' ? (keyPos ?? valuePos) : (valuePos ?? keyPos)) ?? best;
      }
      best = keyPos ?? valuePos ?? best;
      node = value;
    }
    return best;
  };
}

/** The first document of `tokens`; a second one is a mistake in a scenario file. */
function compose(tokens: readonly CST.Token[], length: number): Doc {
  const composer = new Composer({ uniqueKeys: false, logLevel: 'error' });
  let doc: Doc | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (doc === undefined) doc = next;
    else {
      const at: [number, number] = [next.range[0], next.range[1]];
      doc.errors.push(
        new YAMLParseError(at, 'MULTIPLE_DOCS', 'Source contains multiple documents'),
      );
      break;
    }
  }
  return doc as Doc;
}

function refused(lines: LineIndex, offset: number, message: string): ParsedYaml {
  return { kind: 'refused', problem: { path: [], position: lines.position(offset), message } };
}

/**
 * Parses `text` as one YAML document. Never throws: limits, syntax errors, duplicate
 * keys and aliases to nothing all come back as problems with positions.
 */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineIndex(text);
  const read = readTokens(text);
  if (!read.ok) {
    return read.limit === 'tokens'
      ? refused(
          lines,
          read.offset,
          `too much to check: a scenario file may hold at most ${MAX_YAML_TOKENS.toLocaleString('en')} YAML tokens (words, numbers, punctuation marks and line breaks), and this one passes that here`,
        )
      : refused(
          lines,
          read.offset,
          `too deeply nested: lists and mappings may be nested at most ${MAX_NESTING} levels deep`,
        );
  }
  const doc = compose(read.tokens, text.length);
  let quoted: Map<number, number> | undefined;
  const quotedStarts = () => (quoted ??= quotedTextStarts(read.tokens));
  const errors: SyntaxError[] = doc.errors.map((error) => {
    const described = describeSyntaxError(error, lines, quotedStarts);
    const noticed = lines.position(error.pos[0]).line;
    return {
      problem: { path: [], position: described.position, message: described.message },
      lines: [noticed, described.position.line],
      ...(described.spills ? { spills: true as const } : {}),
    };
  });
  const walked = walk(doc, lines);
  for (const alias of walked.unknown) {
    const position = lines.position(alias.offset);
    errors.push({
      problem: {
        path: alias.path,
        position,
        message: `unknown alias '*${alias.name}': an alias needs an anchor '&${alias.name}' earlier in the file`,
      },
      lines: [position.line],
    });
  }
  if (errors.length > 0) return { kind: 'broken', errors };
  const trouble = aliasTrouble(doc, walked.aliases);
  if (trouble) return refused(lines, trouble.offset, trouble.message);
  return {
    kind: 'read',
    data: toData(doc, walked.aliases),
    locate: makeLocator(doc, walked.aliases, lines),
    duplicates: walked.duplicates,
  };
}
