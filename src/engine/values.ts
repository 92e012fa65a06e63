/**
 * Reading the state's values by id. The state keeps meters, flags and resources as lists
 * in the scenario's order (meters and flags in file order, resources by role in file
 * order, then by the role's resource order). Views, exports and tests read them by id
 * through these functions.
 */
import type { GameState } from './types';
import type { CompiledScenario } from './compile';

/**
 * Meter values in either form: as the state holds them (a list in the scenario's meter
 * order) or by meter id (as in GameResult and in tests).
 */
export type MeterValues = readonly number[] | Readonly<Record<string, number>>;

/** What reading meters needs of a scenario, compiled or as written: its meters in order. */
export type MeterList = { meters: readonly { id: string; start: number }[] };

/** The value of meter `id` in `meters`, or its start when absent (0 for an unknown id). */
export function meterValue(scenario: MeterList, meters: MeterValues, id: string): number {
  const index = scenario.meters.findIndex((m) => m.id === id);
  if (index < 0) return 0;
  const value = Array.isArray(meters) ? meters[index] : (meters as Record<string, number>)[id];
  return value ?? scenario.meters[index]!.start;
}

/** The meters by id, for views, exports and results. */
export function metersById(scenario: MeterList, meters: MeterValues): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of scenario.meters) out[m.id] = meterValue(scenario, meters, m.id);
  return out;
}

/** Whether flag `id` is set in `state` (false for an unknown id). */
export function flagValue(scenario: CompiledScenario, state: GameState, id: string): boolean {
  const index = scenario.flagIndex.get(id);
  return index === undefined ? false : (state.flags[index] ?? false);
}

/** How much of resource `resource` role `role` holds in `state` (0 when it has none). */
export function resourceAmount(
  scenario: CompiledScenario,
  state: GameState,
  role: string,
  resource: string,
): number {
  const def = scenario.roles[scenario.roleIndex.get(role) ?? -1];
  const slot = def?.resources.find((r) => r.id === resource)?.index;
  return def === undefined || slot === undefined ? 0 : (state.resources[def.index]?.[slot] ?? 0);
}
