/**
 * Reads a scenario file: YAML → schema → cross-references. Returns the scenario,
 * deeply frozen, or every problem found, each with its line, column and path.
 */
import { checkCrossRefs } from './crossRefs';
import type { CrossRefOptions } from './crossRefs';
import { internIds } from './internIds';
import { deepFreeze } from './freeze';
import { dedupeProblems, formatPath, ROOT_PATH, sortProblems } from './problems';
import type { PathSegment, Problem } from './problems';
import { SCHEMA_VERSION, ScenarioSchema } from './schema';
import type { Scenario } from './schema';
import { collect, isPlainObject } from './schemaIssues';
import { parseYaml } from './yamlDocument';
import type { Anchor, Locator } from './yamlDocument';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

export type LoadOptions = CrossRefOptions;

/**
 * Parses and validates a scenario file.
 *
 * Contract: never throws, whatever `text` holds. On success the scenario is deeply
 * frozen (the engine relies on it never changing). On failure every problem is
 * returned at once, sorted by position; each has a 1-based line and column, a
 * non-empty path (`(root)` for the whole file) and a message. A file that declares a
 * newer `schemaVersion` than this build reads yields that single problem, since the
 * rest of it may use fields this build does not know.
 */
export function loadScenario(
  text: string,
  fileName: string,
  options: LoadOptions = {},
): LoadResult {
  const file = typeof fileName === 'string' && fileName !== '' ? fileName : '<scenario>';
  try {
    return load(text, file, options);
  } catch (e) {
    // A bug or an input deep enough to exhaust the stack: still an answer, not a crash.
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          column: 1,
          path: ROOT_PATH,
          message: `could not check this file: ${reason}`,
        },
      ],
    };
  }
}

function load(text: unknown, file: string, options: LoadOptions): LoadResult {
  if (typeof text !== 'string') {
    return fail([
      { file, line: 1, column: 1, path: ROOT_PATH, message: 'expected the text of a YAML file' },
    ]);
  }
  const parsed = parseYaml(text);
  const problems: Problem[] = parsed.problems.map((p) => ({
    file,
    line: p.position.line,
    column: p.position.column,
    path: formatPath(p.path),
    message: p.message,
  }));
  if (parsed.fatal) return fail(problems);

  const report = reporter(file, parsed.locate, problems);
  const data = parsed.data;
  if (data === null || data === undefined) {
    report([], 'the file is empty: a scenario starts with schemaVersion, meta, calendar, …');
    return fail(problems);
  }
  if (isPlainObject(data)) {
    const version = data.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      const message = `this file needs a newer version of Bilateral (schema ${version}; this build reads ${SCHEMA_VERSION})`;
      const only: Problem[] = [];
      reporter(file, parsed.locate, only)(['schemaVersion'], message);
      return fail(only);
    }
  }

  const schemaProblems = collect(ScenarioSchema, data);
  for (const p of schemaProblems) report(p.path, p.message, p.at);
  if (schemaProblems.length > 0) return fail(problems);

  const scenario = ScenarioSchema.parse(data);
  checkCrossRefs(scenario, report, options);
  if (problems.length > 0) return fail(problems);
  return { ok: true, scenario: deepFreeze(internIds(scenario)) };
}

function reporter(file: string, locate: Locator, into: Problem[]) {
  return (path: PathSegment[], message: string, at?: Anchor): void => {
    const { line, column } = locate(path, at);
    into.push({ file, line, column, path: formatPath(path), message });
  };
}

function fail(problems: Problem[]): LoadResult {
  return { ok: false, problems: sortProblems(dedupeProblems(problems)) };
}
