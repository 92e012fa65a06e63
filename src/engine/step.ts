/**
 * `step`: the one way a game moves on. It checks the action, applies it to a draft copy,
 * runs the automatic parts (computer moves and answers, resolution) and returns the new
 * state with past-tense events. A rejected action returns the very same state object.
 */
import type { Scenario } from '../data/schema';
import type { Action, GameEvent, GameState, RejectReason, StepResult } from './types';
import { indexScenario, roleAt, type ScenarioIndex } from './scenarioIndex';
import { planBlock, recordChoice } from './options';
import { answerOf, planOf } from './plan';
import { answerOpen } from './responses';
import { advance } from './turn';
import { answered, choiceDraftOf, flowDraftOf, shallowState } from './draft';
import { assertNever } from './ruleText';

/**
 * Applies `action` to `state`. Never mutates `state`; on success returns a new state (which
 * shares unchanged parts with the old one), on rejection `{ ok: false, state, reason }`
 * with the same object. Deterministic: the same scenario, state and action give the same
 * result.
 */
export function step(scenario: Scenario, state: GameState, action: Action): StepResult {
  const ix = indexScenario(scenario);
  if (action.type === 'chooseOption') {
    // Looked up once, for both the check and the choice.
    const op = planOf(ix).options.get(action.option);
    if (op === undefined) {
      const reason = actorRejection(ix, state, action) ?? {
        code: 'unknown-option',
        option: action.option,
      };
      return { ok: false, state, reason };
    }
    const reason = actorRejection(ix, state, action) ?? planBlock(ix, state, action.role, op);
    if (reason) return { ok: false, state, reason };
    const d = choiceDraftOf(state, op.ownerIndex, op.costAmounts.length > 0);
    recordChoice(d, action.role, op);
    const event: GameEvent = {
      type: 'optionChosen',
      role: action.role,
      option: action.option,
      turn: d.turn,
    };
    return { ok: true, state: d, events: [event] };
  }
  const reason = rejection(ix, state, action);
  if (reason) return { ok: false, state, reason };
  const events: GameEvent[] = [];
  let d: GameState;
  switch (action.type) {
    case 'endMoves': {
      const humans = state.config.humanRoles;
      let last = true;
      for (const r of humans) if (r !== action.role && !state.movesDone.includes(r)) last = false;
      // Only the last role to finish sets the automatic parts going; the others need a
      // new movesDone list and nothing else.
      if (last) d = flowDraftOf(state, false);
      else {
        d = shallowState(state);
        d.movesDone = state.movesDone.slice();
      }
      d.movesDone.push(action.role);
      events.push({ type: 'movesEnded', role: action.role, turn: d.turn });
      if (last) advance(scenario, ix, d, events);
      break;
    }
    case 'respond': {
      const responses = state.responses;
      let i = -1;
      for (let k = 0; k < responses.length && i < 0; k++) {
        const r = responses[k]!;
        if (r.move === action.move && r.responder === action.role) i = k;
      }
      let last = true;
      for (let k = 0; k < responses.length; k++) {
        if (k !== i && responses[k]!.answer === undefined) last = false;
      }
      if (last) d = flowDraftOf(state, true);
      else {
        d = shallowState(state);
        d.responses = state.responses.slice();
      }
      d.responses[i] = answered(d.responses[i]!, action.answer);
      events.push({
        type: 'responseGiven',
        role: action.role,
        move: action.move,
        answer: action.answer,
        turn: d.turn,
      });
      if (last) advance(scenario, ix, d, events);
      break;
    }
    default:
      return assertNever(action);
  }
  return { ok: true, state: d, events };
}

/**
 * Why `action` cannot be taken in `state` whatever it asks: the game is over, it is the
 * wrong phase for it, or its role is unknown or played by the computer. Null otherwise.
 */
function actorRejection(ix: ScenarioIndex, state: GameState, action: Action): RejectReason | null {
  if (state.phase === 'ended') return { code: 'game-over' };
  const wanted = action.type === 'respond' ? 'respond' : 'decide';
  if (state.phase !== wanted) return { code: 'wrong-phase', phase: state.phase };
  if (roleAt(ix, action.role) < 0) return { code: 'unknown-role', role: action.role };
  if (!state.config.humanRoles.includes(action.role))
    return { code: 'not-human', role: action.role };
  return null;
}

/** Why `action` cannot be taken in `state`, or null when it can. */
export function rejection(
  ix: ScenarioIndex,
  state: GameState,
  action: Action,
): RejectReason | null {
  const reason = actorRejection(ix, state, action);
  if (reason) return reason;
  switch (action.type) {
    case 'chooseOption': {
      const op = planOf(ix).options.get(action.option);
      if (!op) return { code: 'unknown-option', option: action.option };
      return planBlock(ix, state, action.role, op);
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
      const answer = answerOf(planOf(ix).rules.get(pending.rule), action.answer)?.answer;
      if (!answer) return { code: 'unknown-answer', answer: action.answer };
      if (!answerOpen(ix, state, answer))
        return { code: 'answer-unavailable', answer: action.answer };
      return null;
    }
    default:
      return assertNever(action);
  }
}

/** A rejection in plain words, for logs, replays and the UI. */
export function describeRejection(reason: RejectReason): string {
  switch (reason.code) {
    case 'game-over':
      return 'the game is over';
    case 'wrong-phase':
      return `not allowed in the ${reason.phase} phase`;
    case 'not-human':
      return `role "${reason.role}" is played by the computer`;
    case 'unknown-role':
      return `there is no role "${reason.role}"`;
    case 'unknown-option':
      return `there is no option "${reason.option}"`;
    case 'wrong-role':
      return `option "${reason.option}" does not belong to role "${reason.role}"`;
    case 'already-done':
      return `role "${reason.role}" has already ended its moves this turn`;
    case 'already-chosen':
      return `option "${reason.option}" was already chosen this turn`;
    case 'no-moves-left':
      return `role "${reason.role}" has no moves left this turn`;
    case 'requirement-unmet':
      return `the requirement of option "${reason.option}" is not met`;
    case 'cannot-afford':
      return `option "${reason.option}" costs more "${reason.resource}" than is available`;
    case 'max-uses':
      return `option "${reason.option}" has been used as often as allowed`;
    case 'unknown-move':
      return `no response is owed to move ${reason.move} by that role`;
    case 'unknown-answer':
      return `there is no answer "${reason.answer}" to that move`;
    case 'answer-unavailable':
      return `answer "${reason.answer}" is not available now`;
    case 'already-answered':
      return `move ${reason.move} has already been answered`;
    default:
      return assertNever(reason);
  }
}
