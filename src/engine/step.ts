/**
 * `step`: the one way a game moves on. It checks the action, applies it to a draft copy,
 * runs the automatic parts (computer moves and answers, resolution) and returns the new
 * state with past-tense events. A rejected action returns the very same state object.
 */
import type { Action, GameEvent, GameState, RejectReason, StepResult } from './types';
import { answerOf, type CompiledScenario } from './compile';
import { assertNever } from '../data/assertNever';
import { chooseOption, optionBlocks } from './options';
import { answerOpen } from './responses';
import { advance } from './turn';
import { answered, choiceDraftOf, draftOf } from './state';

/**
 * Applies `action` to `state`. Never changes `state`; on success returns a new state, on
 * rejection `{ ok: false, state, reason }` with the same object and the first reason.
 * Deterministic: the same scenario, state and action give the same result.
 */
export function step(scenario: CompiledScenario, state: GameState, action: Action): StepResult {
  const reason = rejection(scenario, state, action);
  if (reason) return { ok: false, state, reason };
  if (action.type === 'chooseOption') {
    const option = scenario.optionById.get(action.option)!;
    const d = choiceDraftOf(state, option.roleIndex, option.costs.length > 0);
    chooseOption(d, option);
    const event: GameEvent = {
      type: 'optionChosen',
      role: action.role,
      option: action.option,
      turn: d.turn,
    };
    return { ok: true, state: d, events: [event] };
  }
  const d = draftOf(state);
  const events: GameEvent[] = [];
  switch (action.type) {
    case 'endMoves':
      d.movesDone.push(action.role);
      events.push({ type: 'movesEnded', role: action.role, turn: d.turn });
      break;
    case 'respond': {
      const i = d.responses.findIndex((r) => r.move === action.move && r.responder === action.role);
      d.responses[i] = answered(d.responses[i]!, action.answer);
      events.push({
        type: 'responseGiven',
        role: action.role,
        move: action.move,
        answer: action.answer,
        turn: d.turn,
      });
      break;
    }
    default:
      return assertNever(action);
  }
  advance(scenario, d, events);
  return { ok: true, state: d, events };
}

/** Why `action` cannot be taken in `state`, or null when it can. */
export function rejection(
  scenario: CompiledScenario,
  state: GameState,
  action: Action,
): RejectReason | null {
  if (state.phase === 'ended') return { code: 'game-over' };
  const wanted = action.type === 'respond' ? 'respond' : 'decide';
  if (state.phase !== wanted) return { code: 'wrong-phase', phase: state.phase };
  if (!scenario.roleIndex.has(action.role)) return { code: 'unknown-role', role: action.role };
  if (!state.config.humanRoles.includes(action.role)) {
    return { code: 'not-human', role: action.role };
  }
  switch (action.type) {
    case 'chooseOption': {
      const option = scenario.optionById.get(action.option);
      if (!option) return { code: 'unknown-option', option: action.option };
      return optionBlocks(scenario, state, action.role, option)[0] ?? null;
    }
    case 'endMoves':
      return state.movesDone.includes(action.role)
        ? { code: 'already-done', role: action.role }
        : null;
    case 'respond': {
      const pending = state.responses.find(
        (r) => r.move === action.move && r.responder === action.role,
      );
      if (!pending) return { code: 'unknown-move', move: action.move };
      if (pending.answer !== undefined) return { code: 'already-answered', move: action.move };
      const answer = answerOf(scenario, pending.rule, action.answer);
      if (!answer) return { code: 'unknown-answer', answer: action.answer };
      if (!answerOpen(scenario, state, answer)) {
        return { code: 'answer-unavailable', answer: action.answer };
      }
      return null;
    }
    default:
      return assertNever(action);
  }
}
