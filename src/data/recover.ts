/**
 * Reads a YAML text that may hold syntax errors, so that one mistake does not hide the
 * rest of the file. Each error is traced to the part of the file that holds it (an item
 * of a top-level list such as `options`, a field of a top-level mapping such as `meta`,
 * or a whole section), that part's lines are blanked, and the rest is read again.
 * Blank lines keep every other line where it was, so positions stay true; the parts set
 * aside are recorded so that paths in what is left can be mapped back to the file.
 *
 * The parts are found from the layout of the lines, the one thing a broken file still
 * shows reliably. When an error lies outside any section, or the text still does not
 * read after a few rounds, only the syntax errors are reported, as before.
 */
import { FileLayout } from './fileParts';
import type { Part } from './fileParts';
import { LineIndex } from './lines';
import type { PathSegment } from './problems';
import { addWord, SetAside } from './setAside';
import { parseYaml } from './yamlDocument';
import type { Locator, SyntaxError, YamlProblem } from './yamlDocument';

export type ReadYaml =
  | { kind: 'refused'; problems: YamlProblem[] }
  | {
      kind: 'read';
      data: unknown;
      /** Looks up paths in what was read (before mapping back to the file). */
      locate: Locator;
      /** Syntax errors (one for each part set aside) and repeated keys. */
      problems: YamlProblem[];
      setAside: SetAside;
      /** Every word in the parts set aside: ids the rest of the file may rightly name. */
      words: Set<string>;
    };

/** Rounds of blanking and reading again before giving up. */
const MAX_ROUNDS = 4;

/**
 * Parses `text`, setting aside the parts that hold syntax errors. Reports the first
 * error of each part (the others are mostly echoes of it) and every repeated key.
 */
export function readYaml(text: string): ReadYaml {
  let current = text;
  const setAside = new SetAside();
  const words = new Set<string>();
  const syntax: YamlProblem[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = parseYaml(current);
    if (parsed.kind === 'refused')
      return { kind: 'refused', problems: [...syntax, parsed.problem] };
    if (parsed.kind === 'read') {
      const duplicates = parsed.duplicates.map((p) => ({ ...p, path: setAside.toFile(p.path) }));
      return {
        kind: 'read',
        data: parsed.data,
        locate: parsed.locate,
        problems: [...syntax, ...duplicates],
        setAside,
        words,
      };
    }
    const lines = new LineIndex(current);
    const layout = new FileLayout(lines);
    const parts = partsOf(layout, parsed.errors);
    if (parts === undefined || round === MAX_ROUNDS - 1) {
      return { kind: 'refused', problems: [...syntax, ...firstPerPart(layout, parsed.errors)] };
    }
    for (const error of new Set(parts.map((p) => p.error))) {
      syntax.push({ ...error.problem, path: setAside.toFile(error.problem.path) });
    }
    current = setPartsAside(
      lines,
      parts.map((p) => p.part),
      setAside,
      words,
    );
  }
  return { kind: 'refused', problems: syntax };
}

/**
 * The errors to report this round, each with the part that holds it (one per part);
 * undefined when an error lies outside any part. An error in the parts right after a
 * bracket or quotation mark left open is left for the next round: it is most often an
 * echo (the parser reads on into the fields after it), and if it is not, it is still
 * there once the open bracket's part is set aside.
 */
function partsOf(
  layout: FileLayout,
  errors: readonly SyntaxError[],
): { part: Part; error: SyntaxError }[] | undefined {
  const sorted = [...errors].sort(
    (a, b) =>
      a.problem.position.line - b.problem.position.line ||
      a.problem.position.column - b.problem.position.column,
  );
  const taken = new Map<string, { part: Part; error: SyntaxError }>();
  // The last line reached by an open bracket's damage, and the error that opened it.
  let spillsTo = -1;
  let spilling: SyntaxError | undefined;
  for (const error of sorted) {
    const parts = new Map<string, Part>();
    for (const line of error.lines) {
      const part = layout.partAround(line);
      if (part === undefined) return undefined;
      parts.set(JSON.stringify(part.path), part);
    }
    for (const [key, part] of [...parts].sort(([, a], [, b]) => a.first - b.first)) {
      if (error !== spilling && part.first <= spillsTo + 1) {
        spillsTo = Math.max(spillsTo, part.last);
        continue;
      }
      if (!taken.has(key)) taken.set(key, { part, error });
      if (error.spills) {
        spillsTo = Math.max(spillsTo, part.last);
        spilling = error;
      }
    }
  }
  // A whole section set aside takes its items and fields with it.
  const all = [...taken.values()];
  const whole = new Set(all.filter((t) => t.part.path.length === 1).map((t) => t.part.path[0]));
  return all.filter((t) => t.part.path.length === 1 || !whole.has(t.part.path[0]));
}

/** The first error of each line's part, or of the file when no part can be told. */
function firstPerPart(layout: FileLayout, errors: readonly SyntaxError[]): YamlProblem[] {
  const seen = new Set<string>();
  const out: YamlProblem[] = [];
  for (const error of errors) {
    const part = layout.partAround(error.problem.position.line);
    const key = part === undefined ? '' : JSON.stringify(part.path);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(error.problem);
  }
  return out;
}

/** Blanks the parts' lines and records them as set aside; returns the new text. */
function setPartsAside(
  lines: LineIndex,
  parts: readonly Part[],
  setAside: SetAside,
  words: Set<string>,
): string {
  const blank = new Set<number>();
  for (const part of parts) {
    for (let l = part.first; l <= part.last; l++) {
      blank.add(l);
      for (const word of lines.lineText(l).match(/[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*/g) ?? []) {
        addWord(word, words);
      }
    }
  }
  const items = new Map<string, { list: PathSegment[]; indices: number[] }>();
  for (const part of parts) {
    const last = part.path[part.path.length - 1];
    if (typeof last !== 'number') {
      setAside.markField(part.path);
      continue;
    }
    const list = part.path.slice(0, -1);
    const group = items.get(JSON.stringify(list)) ?? { list, indices: [] };
    group.indices.push(last);
    items.set(JSON.stringify(list), group);
  }
  for (const { list, indices } of items.values()) setAside.removeItems(list, indices);
  const out: string[] = [];
  for (let l = 1; l <= lines.lineCount; l++) out.push(blank.has(l) ? '' : lines.lineText(l));
  return out.join('\n');
}
