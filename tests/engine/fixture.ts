/**
 * Loads scenarios for the engine tests through the data layer, as the game does: parsed,
 * validated, cross-checked and deep-frozen (so any mutation by the engine throws). A
 * fixture with any problem fails the test that loads it, with every problem listed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadScenario, type Scenario } from '../../src/data';
import { compileScenario, type CompiledScenario } from '../../src/engine';

const cache = new Map<string, Scenario>();

/** The path of `tests/fixtures/<name>.yaml`. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}.yaml`, import.meta.url));
}

/** Loads a scenario file, throwing with every problem listed when it does not load. */
export function loadFile(path: string): Scenario {
  const hit = cache.get(path);
  if (hit) return hit;
  const result = loadScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  cache.set(path, result.scenario);
  return result.scenario;
}

/** The fixture `tests/fixtures/<name>.yaml` (cached), as the data layer loads it. */
export function loadFixtureSource(name: string): Scenario {
  return loadFile(fixturePath(name));
}

const compiled = new Map<string, CompiledScenario>();

/** The fixture `tests/fixtures/<name>.yaml`, compiled for the engine (cached). */
export function loadFixture(name: string): CompiledScenario {
  let c = compiled.get(name);
  if (!c) {
    c = compileScenario(loadFixtureSource(name));
    compiled.set(name, c);
  }
  return c;
}
