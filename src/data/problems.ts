/**
 * Problems found in a scenario file, and how they are written for people.
 */

/** One problem in a scenario file. `line` and `column` are 1-based. */
export type Problem = {
  file: string;
  line: number;
  column: number;
  /** Where in the file, e.g. `options[4].requires[0].meter`; `(root)` for the whole file. */
  path: string;
  message: string;
};

/** A step into a YAML document: a mapping key or a list index. */
export type PathSegment = string | number;

/** The path shown for the document itself. */
export const ROOT_PATH = '(root)';

const PLAIN_KEY = /^[A-Za-z0-9_$-]+$/;

/**
 * Writes a path as an author reads it: dots before keys, `[i]` for list indices
 * (`options[4].requires[0].meter`). Keys that are not plain words are quoted so that
 * the path stays unambiguous. An empty path is `(root)`.
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === '' ? ROOT_PATH : out;
}

/** `file:line:col path: message`, the form editors and terminals link to. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column} ${p.path}: ${p.message}`;
}

/** Orders problems as they appear in the file, keeping the found order among equals. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column || a.i - b.i)
    .map(({ p }) => p);
}

/** Drops exact repeats (same place, path and message). */
export function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Problems found in one file, sorted and without repeats: at most `max` of them, and
 * then one last line saying how many more there are from there on.
 */
export function listProblems(
  found: readonly Problem[],
  max: number,
): { problems: Problem[]; count: number } {
  const problems = sortProblems(dedupeProblems(found));
  if (problems.length <= max) return { problems, count: problems.length };
  const listed = problems.slice(0, max);
  const next = problems[max] as Problem;
  const more = problems.length - max;
  listed.push({
    file: next.file,
    line: next.line,
    column: next.column,
    path: ROOT_PATH,
    message: `… and ${more.toLocaleString('en')} more problem${more === 1 ? '' : 's'} from here on (only the first ${max} are listed)`,
  });
  return { problems: listed, count: problems.length };
}
