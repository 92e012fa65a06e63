/** Shared by the store and UI tests: the interface's fixture scenario and a simple player. */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/data';
import type { Scenario } from '../../src/data/schema';
import { compileScenario, legalActions, type CompiledScenario } from '../../src/engine';
import type { Action, GameState } from '../../src/engine/types';
import { checkScenarioFile } from '../../src/store/scenarioFile';
import { scenarioFromJson } from '../../src/store/scenarioJson';
import type { BundledScenario } from '../../src/store/scenarios';

export const FIXTURE_FILE = 'tests/fixtures/ui-dev.yaml';
export const fixtureText = { fileName: FIXTURE_FILE, text: readFileSync(FIXTURE_FILE, 'utf8') };

/**
 * A file as the build ships it (`scripts/vite-scenarios.ts`): compiled by the loader,
 * listed, and loaded through the same JSON. `loads` counts the loads, so tests can see
 * that a scenario is fetched only when needed.
 */
export function bundledFixture(
  source = fixtureText,
): BundledScenario & { loads: number; fail?: Error } {
  const file = checkScenarioFile(source.text, source.fileName);
  if (!file.ok) return { fileName: source.fileName, problems: file.problems, loads: 0 };
  const bundled = {
    fileName: source.fileName,
    listing: file.listing,
    loads: 0,
    fail: undefined as Error | undefined,
    async load() {
      bundled.loads += 1;
      if (bundled.fail) throw bundled.fail;
      return scenarioFromJson(file);
    },
  };
  return bundled;
}

export function fixtureScenario(): Scenario {
  const result = loadScenario(fixtureText.text, fixtureText.fileName);
  if (!result.ok) throw new Error(`fixture does not load: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

/** The fixture compiled for the engine. */
export function fixtureCompiled(): CompiledScenario {
  return compileScenario(fixtureScenario());
}

/**
 * The next action of a plain, deterministic player: in the decision phase, the first
 * option still open for the first role that may act (until it has `moves` moves), then
 * ending its moves; in the response phase, the first open answer.
 */
export function nextAction(
  scenario: CompiledScenario,
  state: GameState,
  moves = 1,
): Action | undefined {
  const legal = legalActions(scenario, state);
  const first = legal[0];
  if (!first) return undefined;
  if (first.type !== 'chooseOption') return first;
  const role = first.role;
  const mine = state.moves.filter((m) => m.role === role).length;
  if (mine >= moves) return legal.find((a) => a.type === 'endMoves' && a.role === role);
  return first;
}
