/**
 * Options: whether a role may choose an option now, why not (in words for the player,
 * as a typed reason for `step`), and choosing it (the cost is paid at once and traced).
 */
import type { Option, Scenario } from '../data/schema';
import type { GameState, RejectReason } from './types';
import { indexScenario, roleAt, type ScenarioIndex } from './scenarioIndex';
import { evaluate, describeCondition } from './conditions';
import { countOptionUses, optionUses, optionUsesSoFar } from './usage';
import { planOf, type OptionPlan } from './plan';
import { fmt } from './ruleText';

export type OptionStatus = { option: Option; available: boolean; reasons: string[] };

/**
 * The first reason `role` may not choose option `op` now, or null when it may. Checks, in
 * order: phase, owner, the role being done, already chosen this turn, moves left,
 * maxUses, requirement, cost. Role control (human or computer) is checked by `step`.
 */
export function planBlock(
  ix: ScenarioIndex,
  state: GameState,
  role: string,
  op: OptionPlan,
): RejectReason | null {
  const id = op.id;
  if (state.phase === 'ended') return { code: 'game-over' };
  if (state.phase !== 'decide') return { code: 'wrong-phase', phase: state.phase };
  if (op.role !== role) return { code: 'wrong-role', option: id, role };
  if (state.movesDone.includes(role)) return { code: 'already-done', role };
  let mine = 0;
  for (const m of state.moves) {
    if (m.role !== role) continue;
    if (m.option === id) return { code: 'already-chosen', option: id };
    mine++;
  }
  if (mine >= ix.movesPerTurn) return { code: 'no-moves-left', role };
  // Not chosen this turn (checked above), so the finished turns hold every use.
  if (op.maxUses > 0 && optionUsesSoFar(ix, state, op.num) >= op.maxUses) {
    return { code: 'max-uses', option: id };
  }
  if (op.requires !== null && !op.requires(state)) return { code: 'requirement-unmet', option: id };
  // The owner's pool (the role is the owner, checked above).
  const pool = state.resources[op.ownerIndex]!;
  for (let k = 0; k < op.costAmounts.length; k++) {
    const slot = op.costSlots[k]!;
    if ((slot < 0 ? 0 : pool[slot]!) < op.costAmounts[k]!) {
      return { code: 'cannot-afford', option: id, resource: op.costResources[k]! };
    }
  }
  return null;
}

/**
 * The options `role` may choose now, in file order: exactly those whose `planBlock` is
 * null, with the checks common to all of a role's options made once (the hot path of
 * `legalActions` and the counterpart).
 */
export function availableOptions(ix: ScenarioIndex, state: GameState, role: string): OptionPlan[] {
  const out: OptionPlan[] = [];
  if (state.phase !== 'decide' || state.movesDone.includes(role)) return out;
  let mine = 0;
  for (const m of state.moves) if (m.role === role) mine++;
  if (mine >= ix.movesPerTurn) return out;
  const uses = optionUses(ix, state);
  const list = planOf(ix).optionsByRoleIndex[roleAt(ix, role)] ?? [];
  for (let i = 0; i < list.length; i++) {
    const op = list[i]!;
    if (mine > 0 && chosenThisTurn(state, role, op.id)) continue;
    if (op.maxUses > 0 && uses[op.num]! >= op.maxUses) continue;
    if (op.requires !== null && !op.requires(state)) continue;
    let affordable = true;
    // Every option in the list belongs to `role`, so the owner's pool is the role's.
    const pool = state.resources[op.ownerIndex]!;
    for (let k = 0; k < op.costAmounts.length; k++) {
      const slot = op.costSlots[k]!;
      if ((slot < 0 ? 0 : pool[slot]!) < op.costAmounts[k]!) {
        affordable = false;
        break;
      }
    }
    if (affordable) out.push(op);
  }
  return out;
}

function chosenThisTurn(state: GameState, role: string, option: string): boolean {
  for (const m of state.moves) if (m.role === role && m.option === option) return true;
  return false;
}

/**
 * Every option of `role`, in file order, with whether it can be chosen now and, when it
 * cannot, every reason in plain words (the requirement is given by `requiresText` when
 * the author wrote one, else by `describeCondition`). Valid in any phase.
 */
export function optionStatus(scenario: Scenario, state: GameState, role: string): OptionStatus[] {
  const ix = indexScenario(scenario);
  return (ix.optionsByRole.get(role) ?? []).map((option) => {
    const reasons = optionReasons(scenario, ix, state, role, option);
    return { option, available: reasons.length === 0, reasons };
  });
}

function optionReasons(
  scenario: Scenario,
  ix: ScenarioIndex,
  state: GameState,
  role: string,
  option: Option,
): string[] {
  const reasons: string[] = [];
  if (state.phase === 'ended') return ['The game is over.'];
  if (state.phase !== 'decide') reasons.push('Moves are chosen in the decision phase.');
  if (state.movesDone.includes(role)) reasons.push('Moves for this turn are finished.');
  let mine = 0;
  for (const m of state.moves) {
    if (m.role !== role) continue;
    if (m.option === option.id) reasons.push('Already chosen this turn.');
    mine++;
  }
  if (mine >= ix.movesPerTurn) {
    reasons.push(`No moves left this turn (${ix.movesPerTurn} per turn).`);
  }
  if (option.maxUses !== undefined) {
    const used = countOptionUses(ix, state, option.id, role);
    if (used >= option.maxUses) {
      reasons.push(`Can be used ${times(option.maxUses)} per game (used ${times(used)}).`);
    }
  }
  if (option.requires !== undefined && !evaluate(ix, state, option.requires)) {
    reasons.push(
      option.requiresText ?? `Requires: ${describeCondition(scenario, option.requires)}.`,
    );
  }
  const r = ix.roleIndex.get(role);
  const pool = r === undefined ? undefined : state.resources[r];
  for (const [resource, amount] of Object.entries(option.cost)) {
    const k = r === undefined ? undefined : ix.resourceIndex[r]!.get(resource);
    const have = k === undefined ? 0 : (pool?.[k] ?? 0);
    if (have < amount) {
      const label = ix.resourceLabels.get(resource) ?? resource;
      reasons.push(`Costs ${fmt(amount)} ${label}; ${fmt(have)} available.`);
    }
  }
  return reasons;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/**
 * Records `role` choosing option `op` in a draft state: appends the move and pays the
 * cost, tracing each payment (unless the game is played without explanations). The
 * caller has checked `planBlock`.
 */
export function recordChoice(state: GameState, role: string, op: OptionPlan): void {
  const id = op.id;
  state.moves.push({ role, option: id });
  // planBlock has checked that `role` owns the option.
  const pool = state.resources[op.ownerIndex];
  if (!pool) return;
  const explain = state.config.explain !== false;
  // The owner's payments share the option's prepared target and cause objects.
  const own = role === op.role;
  for (let k = 0; k < op.costAmounts.length; k++) {
    const resource = op.costResources[k]!;
    const amount = op.costAmounts[k]!;
    const slot = op.costSlots[k]!;
    const before = pool[slot]!;
    const after = before - amount;
    pool[slot] = after;
    if (!explain) continue;
    state.current.trace.push({
      turn: state.turn,
      target: own ? op.costTargets[k]! : { kind: 'resource', id: resource, role },
      before,
      after,
      delta: -amount,
      cause: own ? op.cause : { kind: 'option', role, option: id },
      rule: op.costTexts[k]!,
      cites: [],
    });
  }
}
