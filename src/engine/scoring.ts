/**
 * Scores and outcomes: how well the meters serve a role's objectives, and which named
 * region of the plane the two primary meters fall in.
 */
import type { Outcome, Scenario } from '../data/schema';
import type { GameResult, GameState } from './types';
import type { CompiledScenario } from './compile';
import { meterValue, metersById, type MeterValues } from './values';

/**
 * A role's score, 0–100: Σ |w| · n(meter) / Σ |w| × 100, where n is the meter's position
 * in its range (0 at min, 1 at max) for a positive weight and 1 − that for a negative one.
 * A role without weights scores 50. Meters missing from `meters` count at their start.
 */
export function scoreRole(scenario: CompiledScenario, meters: MeterValues, roleId: string): number {
  const role = scenario.roles[scenario.roleIndex.get(roleId) ?? -1];
  if (!role || role.weightSum === 0) return 50;
  let total = 0;
  for (const m of scenario.meters) {
    const w = role.weights[m.index]!;
    if (w === 0) continue;
    const n = Math.min(
      1,
      Math.max(0, (meterValue(scenario, meters, m.id) - m.min) / (m.max - m.min)),
    );
    total += Math.abs(w) * (w > 0 ? n : 1 - n);
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
 * The result as things stand (valid at any time, final once the phase is `ended`): the
 * outcome region, every role's score in scenario order, and a copy of the meters.
 */
export function gameResult(scenario: CompiledScenario, state: GameState): GameResult {
  return {
    outcome: outcomeAt(scenario.source, state.meters).id,
    scores: scenario.roles.map((r) => ({
      role: r.id,
      score: scoreRole(scenario, state.meters, r.id),
    })),
    meters: metersById(scenario, state.meters),
  };
}
