/**
 * Scores and outcomes: how well the meters serve a role's objectives, and which named
 * region of the plane the two primary meters fall in.
 */
import type { Outcome, Scenario } from '../data/schema';
import type { GameResult, GameState } from './types';
import type { CompiledScenario, MeterDef, Objective } from './compile';
import { meterValue, metersById, type MeterValues } from './values';
import { holds } from './conditions';

/**
 * How well `value` meets `objective` on a meter from `min` to `max`, from 0 to 1: its
 * position in the range for a positive weight, 1 − that for a negative one, and for a
 * target, 1 at the target falling to 0 at the farther end of the range.
 */
export function fit(objective: Objective, meter: MeterDef, value: number): number {
  const n = Math.min(1, Math.max(0, (value - meter.min) / (meter.max - meter.min)));
  if (objective.target === null) return objective.weight > 0 ? n : 1 - n;
  const reach = Math.max(objective.target - meter.min, meter.max - objective.target);
  return reach <= 0 ? 1 : Math.max(0, 1 - Math.abs(value - objective.target) / reach);
}

/**
 * A role's score, 0–100: Σ |w| · fit(meter) / Σ |w| × 100 (see `fit`). A role without
 * weights scores 50. Meters missing from `meters` count at their start.
 */
export function scoreRole(scenario: CompiledScenario, meters: MeterValues, roleId: string): number {
  const role = scenario.roles[scenario.roleIndex.get(roleId) ?? -1];
  if (!role || role.weightSum === 0) return 50;
  let total = 0;
  for (const m of scenario.meters) {
    const objective = role.objectives[m.index]!;
    if (objective.weight === 0) continue;
    total += Math.abs(objective.weight) * fit(objective, m, meterValue(scenario, meters, m.id));
  }
  return (total / role.weightSum) * 100;
}

/**
 * The outcome region at the plane position of `meters`: the first region in file order
 * whose inclusive bounds contain (x, y); if none does, the region nearest to the point.
 */
export function outcomeAt(scenario: Scenario, meters: MeterValues): Outcome {
  const { plane, outcomes } = scenario;
  const x = meterValue(scenario, meters, plane.x);
  const y = meterValue(scenario, meters, plane.y);
  let best = outcomes[0]!;
  let bestDistance = Infinity;
  for (const o of outcomes) {
    const dx = Math.max(o.x.min - x, 0, x - o.x.max);
    const dy = Math.max(o.y.min - y, 0, y - o.y.max);
    const d = dx * dx + dy * dy;
    if (d === 0) return o;
    if (d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The ending the game reaches in `state`: the first named ending (in file order) whose
 * condition holds, else the plane's region at the meters (`outcomeAt`). An id of either.
 */
export function endingOf(scenario: CompiledScenario, state: GameState): string {
  for (const ending of scenario.endings) {
    if (holds(scenario, state, ending.when)) return ending.id;
  }
  return outcomeAt(scenario.source, state.meters).id;
}

/**
 * The result as things stand (valid at any time, final once the phase is `ended`): the
 * outcome region, every role's score in scenario order, and a copy of the meters.
 */
export function gameResult(scenario: CompiledScenario, state: GameState): GameResult {
  return {
    outcome: endingOf(scenario, state),
    scores: scenario.roles.map((r) => ({
      role: r.id,
      score: scoreRole(scenario, state.meters, r.id),
    })),
    meters: metersById(scenario, state.meters),
  };
}
