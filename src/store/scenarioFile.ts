/**
 * Runs the real loader over a scenario file and gives what the game needs of it: its list
 * entry and the scenario as text (see `scenarioJson.ts`), or every problem found. The
 * build compiles each shipped scenario with it; the worker that checks an author's file
 * runs the same function, so both report exactly what `npm run validate` prints.
 * It brings in the YAML parser, the schema and the world's outlines: never import it from
 * the first screen.
 */
import { ID_PATTERN, loadScenario, type LoadOptions, type Problem } from '../data';
import { ROOT_PATH } from '../data/problems';
import { readableCitations } from './citations';
import { scenarioMap } from '../data/scenarioMap';
import type { ScenarioJson } from './scenarioJson';
import { listingOf, type ScenarioListing } from './scenarios';

export type CompiledFile =
  ({ ok: true; listing: ScenarioListing } & ScenarioJson) | { ok: false; problems: Problem[] };

/** Every distinct string in `value` shaped like an id, in the order first met. */
function idsIn(value: unknown): string[] {
  const ids = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (ID_PATTERN.test(current)) ids.add(current);
    } else if (typeof current === 'object' && current !== null) {
      // One push per value: spreading a long list into push() can exceed the call stack.
      for (const inner of Object.values(current)) stack.push(inner);
    }
  }
  return [...ids];
}

/**
 * Never throws: a failure of the loader itself is reported as a problem of the file.
 * `options` are the loader's (the build checks quotations against the sources).
 */
export function checkScenarioFile(
  text: string | Uint8Array,
  fileName: string,
  options: LoadOptions = {},
): CompiledFile {
  let loaded: ReturnType<typeof loadScenario>;
  try {
    loaded = loadScenario(text, fileName, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ file: fileName, line: 1, column: 1, path: ROOT_PATH, message }],
    };
  }
  if (!loaded.ok) return loaded;
  const scenario = readableCitations(loaded.scenario);
  // The map's outlines are projected here, once, so the page never carries the world's.
  const map = scenarioMap(scenario);
  return {
    ok: true,
    listing: { ...listingOf(scenario), ...(map ? { map } : {}) },
    json: JSON.stringify(scenario),
    ids: idsIn(scenario),
  };
}
