/**
 * Reading the state's values by id. The state keeps meters, flags and resources as lists
 * in the scenario's order (meters and flags in file order, resources by role in file
 * order, then by the role's resource order): list indexing is what makes the engine fast.
 * Views, exports and tests read them by id through these functions.
 */
import type { Scenario } from '../data/schema';
import type { GameState } from './types';
import { indexScenario } from './scenarioIndex';

/**
 * Meter values in either form: as the state holds them (a list in the scenario's meter
 * order, see ScenarioIndex.meterIds) or by meter id (as in GameResult and in tests).
 */
export type MeterValues = readonly number[] | Readonly<Record<string, number>>;

/** The value of meter number `index` (id `id`) in `meters`, or undefined when absent. */
export function valueAt(meters: MeterValues, index: number, id: string): number | undefined {
  return isList(meters) ? meters[index] : meters[id];
}

function isList(meters: MeterValues): meters is readonly number[] {
  return Array.isArray(meters);
}

/** The value of meter `id` in `meters`, or its start when absent (0 for an unknown id). */
export function meterValue(scenario: Scenario, meters: MeterValues, id: string): number {
  const ix = indexScenario(scenario);
  const index = ix.meterIndex.get(id);
  if (index === undefined) return 0;
  return valueAt(meters, index, id) ?? scenario.meters[index]!.start;
}

/** The meters by id, for views, exports and results. */
export function metersById(scenario: Scenario, meters: MeterValues): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of scenario.meters) out[m.id] = meterValue(scenario, meters, m.id);
  return out;
}

/** Whether flag `id` is set in `state` (false for an unknown id). */
export function flagValue(scenario: Scenario, state: GameState, id: string): boolean {
  const index = indexScenario(scenario).flagIndex.get(id);
  return index === undefined ? false : (state.flags[index] ?? false);
}

/** How much of resource `resource` role `role` holds in `state` (0 when it has none). */
export function resourceAmount(
  scenario: Scenario,
  state: GameState,
  role: string,
  resource: string,
): number {
  const ix = indexScenario(scenario);
  const r = ix.roleIndex.get(role);
  if (r === undefined) return 0;
  const k = ix.resourceIndex[r]?.get(resource);
  return k === undefined ? 0 : (state.resources[r]?.[k] ?? 0);
}
