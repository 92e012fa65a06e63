/**
 * Reads a scenario file: bytes or text → YAML → schema → cross-references. Returns the
 * scenario, deeply frozen, or every problem found, each with its line, column and path.
 */
import { checkCrossRefs } from './crossRefs';
import type { CrossRefOptions } from './crossRefs';
import { fileText } from './fileText';
import { deepFreeze } from './freeze';
import { internIds } from './internIds';
import { MAX_LISTED_PROBLEMS } from './limits';
import { formatPath, listProblems, ROOT_PATH } from './problems';
import type { PathSegment, Problem } from './problems';
import { readYaml } from './recover';
import { salvage } from './salvage';
import { SCHEMA_VERSION, ScenarioSchema } from './schema';
import type { Scenario } from './schema';
import { collect, isPlainObject } from './schemaIssues';
import { SetAside } from './setAside';
import { withSuggestionBudget } from './suggest';
import type { Anchor, Locator } from './yamlDocument';

export type LoadResult =
  | { ok: true; scenario: Scenario }
  /** `count` is every problem found; `problems` lists at most MAX_LISTED_PROBLEMS of them. */
  | { ok: false; problems: Problem[]; count: number };

export type LoadOptions = CrossRefOptions;

/**
 * Candidates looked at for "did you mean" suggestions while one file is checked: some
 * hundreds of problems' worth, against lists of some hundreds of ids each.
 */
const SUGGESTION_BUDGET = 50_000;

/**
 * Parses and validates a scenario file, given as its bytes (decoded by byte-order mark)
 * or its text.
 *
 * Contract: never throws, whatever `input` holds. On success the scenario is deeply
 * frozen (the engine relies on it never changing). On failure the problems are sorted
 * by position; each has a 1-based line and column, a non-empty path (`(root)` for the
 * whole file) and a message. Syntax, field and reference problems are found in one run:
 * a part of the file too broken to check is set aside and the rest is checked (see
 * recover.ts and salvage.ts). Past MAX_LISTED_PROBLEMS, one last line says how many
 * more there are. A file that declares a newer `schemaVersion` than this build reads
 * yields that single problem, since the rest of it may use fields this build does not
 * know.
 */
export function loadScenario(
  input: string | Uint8Array | ArrayBuffer,
  fileName: string,
  options: LoadOptions = {},
): LoadResult {
  const file = typeof fileName === 'string' && fileName !== '' ? fileName : '<scenario>';
  try {
    return withSuggestionBudget(SUGGESTION_BUDGET, () => load(input, file, options));
  } catch (e) {
    // A bug: still an answer, not a crash.
    const reason = e instanceof Error ? e.message : String(e);
    return fail([
      {
        file,
        line: 1,
        column: 1,
        path: ROOT_PATH,
        message: `could not check this file: ${reason}`,
      },
    ]);
  }
}

function load(input: unknown, file: string, options: LoadOptions): LoadResult {
  if (
    typeof input !== 'string' &&
    !(input instanceof Uint8Array) &&
    !(input instanceof ArrayBuffer)
  ) {
    return fail([
      { file, line: 1, column: 1, path: ROOT_PATH, message: 'expected the text of a YAML file' },
    ]);
  }
  const decoded = fileText(input);
  if (!decoded.ok) return fail([{ file, path: ROOT_PATH, ...decoded.problem }]);

  const read = readYaml(decoded.text);
  const yamlProblems = read.problems.map((p) => ({
    file,
    line: p.position.line,
    column: p.position.column,
    path: formatPath(p.path),
    message: p.message,
  }));
  if (read.kind === 'refused') return fail(yamlProblems);

  const { data, locate, setAside } = read;
  const problems: Problem[] = [...yamlProblems];
  const report = reporter(file, locate, problems, setAside);
  if (data === null || data === undefined) {
    if (setAside.isEmpty) {
      report([], 'the file is empty: a scenario starts with schemaVersion, meta, calendar, …');
    }
    return fail(problems);
  }
  if (isPlainObject(data)) {
    const version = data.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      const message = `this file needs a newer version of Bilateral (schema ${version}; this build reads ${SCHEMA_VERSION})`;
      const only: Problem[] = [];
      reporter(file, locate, only, setAside)(['schemaVersion'], message);
      return fail(only);
    }
  }

  const schemaProblems = collect(ScenarioSchema, data);
  for (const p of schemaProblems) report(p.path, p.message, p.at);
  let scenario: Scenario | undefined;
  let salvaged = new SetAside();
  let words: ReadonlySet<string> = read.words;
  if (schemaProblems.length === 0) scenario = ScenarioSchema.parse(data);
  else {
    const kept = salvage(
      data,
      schemaProblems.map((p) => p.path),
    );
    if (kept !== undefined) {
      scenario = kept.scenario;
      salvaged = kept.setAside;
      words = new Set([...read.words, ...kept.words]);
    }
  }
  if (scenario !== undefined) {
    // Paths the checks see lead through the salvaged scenario, then what was read.
    const toRead = (path: PathSegment[]) => salvaged.toFile(path);
    const checkReport = (path: PathSegment[], message: string, at?: Anchor) => {
      const inRead = toRead(path);
      if (!salvaged.touches(inRead)) report(inRead, message, at);
    };
    checkCrossRefs(scenario, checkReport, options, {
      words,
      pathName: (path) => formatPath(setAside.toFile(toRead(path))),
    });
  }
  if (problems.length > 0 || !setAside.isEmpty) return fail(problems);
  return { ok: true, scenario: deepFreeze(internIds(scenario as Scenario)) };
}

/**
 * Records problems found in what was read: located there, shown with their path in the
 * file, and left out when they touch a part set aside (they may only be its echo).
 */
function reporter(file: string, locate: Locator, into: Problem[], setAside: SetAside) {
  return (path: PathSegment[], message: string, at?: Anchor): void => {
    const inFile = setAside.toFile(path);
    if (setAside.touches(inFile)) return;
    const { line, column } = locate(path, at);
    into.push({ file, line, column, path: formatPath(inFile), message });
  };
}

/** Sorted problems, at most MAX_LISTED_PROBLEMS of them, and a last line for the rest. */
function fail(found: Problem[]): LoadResult {
  return { ok: false, ...listProblems(found, MAX_LISTED_PROBLEMS) };
}
