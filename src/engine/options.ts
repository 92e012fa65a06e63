/**
 * Options: whether a role may choose one now and, when it may not, why — one function,
 * `optionBlocks`, that `step`, `legalActions`, the computer counterpart and the views all
 * ask — and choosing one (the cost is paid at once and traced).
 */
import type { GameState, OptionBlock } from './types';
import type { CompiledScenario, OptionDef } from './compile';
import { holds } from './conditions';
import { counts } from './counts';
import { keepSecret } from './secrets';

const NONE: readonly OptionBlock[] = Object.freeze([]);

/**
 * The reasons that bar every option of `role` alike, in this order: the game is over
 * (then the only reason given), the phase, the role being done, no moves left.
 */
function roleBlocks(scenario: CompiledScenario, state: GameState, role: string): OptionBlock[] {
  if (state.phase === 'ended') return [{ code: 'game-over' }];
  const blocks: OptionBlock[] = [];
  if (state.phase !== 'decide') blocks.push({ code: 'wrong-phase', phase: state.phase });
  if (state.movesDone.includes(role)) blocks.push({ code: 'already-done', role });
  let mine = 0;
  for (const m of state.moves) if (m.role === role) mine++;
  const limit = scenario.roles[scenario.roleIndex.get(role) ?? -1]?.movesPerTurn ?? 0;
  if (mine >= limit) blocks.push({ code: 'no-moves-left', role, limit });
  return blocks;
}

/**
 * The reasons that concern `option` itself, in this order: its owner, already chosen
 * this turn, uses left, requirement, costs. Null when there are none (most options are
 * open, so no list is made for them).
 */
function ownBlocks(
  scenario: CompiledScenario,
  state: GameState,
  role: string,
  option: OptionDef,
): OptionBlock[] | null {
  let blocks: OptionBlock[] | null = null;
  if (option.role !== role) (blocks ??= []).push({ code: 'wrong-role', option: option.id, role });
  for (const m of state.moves) {
    if (m.role === role && m.option === option.id) {
      (blocks ??= []).push({ code: 'already-chosen', option: option.id });
    }
  }
  if (option.maxUses !== null) {
    const used = counts.ofOption(state, option);
    if (used >= option.maxUses) {
      (blocks ??= []).push({ code: 'max-uses', option: option.id, limit: option.maxUses, used });
    }
  }
  if (option.requires !== null && !holds(scenario, state, option.requires)) {
    (blocks ??= []).push({ code: 'requirement-unmet', option: option.id });
  }
  const pool = state.resources[option.roleIndex]!;
  for (const cost of option.costs) {
    const available = cost.slot < 0 ? 0 : pool[cost.slot]!;
    if (available < cost.amount) {
      (blocks ??= []).push({
        code: 'cannot-afford',
        option: option.id,
        resource: cost.resource,
        cost: cost.amount,
        available,
      });
    }
  }
  return blocks;
}

/**
 * Every reason `role` may not choose `option` in `state`: first those that bar all of the
 * role's options (the game is over — then the only reason —, the phase, the role being
 * done, no moves left), then the option's own (owner, already chosen, uses left,
 * requirement, costs). Empty when the option may be chosen. Whether a person or the
 * computer plays the role is `step`'s concern.
 */
export function optionBlocks(
  scenario: CompiledScenario,
  state: GameState,
  role: string,
  option: OptionDef,
): readonly OptionBlock[] {
  const shared = roleBlocks(scenario, state, role);
  if (shared[0]?.code === 'game-over') return shared;
  const own = ownBlocks(scenario, state, role, option);
  if (own === null) return shared.length === 0 ? NONE : shared;
  return [...shared, ...own];
}

/**
 * The options `role` may choose now, in file order: those `optionBlocks` finds nothing
 * against (the reasons shared by all of them are looked at once).
 */
export function availableOptions(
  scenario: CompiledScenario,
  state: GameState,
  role: string,
): OptionDef[] {
  const own = scenario.roles[scenario.roleIndex.get(role) ?? -1]?.options ?? [];
  if (roleBlocks(scenario, state, role).length > 0) return [];
  return own.filter((option) => ownBlocks(scenario, state, role, option) === null);
}

export type OptionStatus = { option: OptionDef; blocks: readonly OptionBlock[] };

/** Every option of `role`, in file order, with the reasons it may not be chosen now (if any). */
export function optionStatus(
  scenario: CompiledScenario,
  state: GameState,
  role: string,
): OptionStatus[] {
  const own = scenario.roles[scenario.roleIndex.get(role) ?? -1]?.options ?? [];
  return own.map((option) => ({ option, blocks: optionBlocks(scenario, state, role, option) }));
}

/**
 * Records `option`'s owner choosing it in a draft state: appends the move and pays the
 * cost, tracing each payment. The caller has checked `optionBlocks`.
 */
export function chooseOption(state: GameState, option: OptionDef): void {
  state.moves.push({ role: option.role, option: option.id });
  keepSecret(state, option);
  const pool = state.resources[option.roleIndex]!;
  for (const cost of option.costs) {
    const before = pool[cost.slot]!;
    const after = before - cost.amount;
    pool[cost.slot] = after;
    state.current.trace.push({
      turn: state.turn,
      target: { kind: 'resource', id: cost.resource, role: option.role },
      before,
      after,
      delta: -cost.amount,
      cause: { kind: 'option', role: option.role, option: option.id },
      rule: { kind: 'cost', amount: cost.amount },
      steps: [],
      delayedFrom: undefined,
    });
  }
}
