/**
 * Secret moves: an option with `secret` is hidden from the roles it names until it comes
 * to light — by its chance of discovery, rolled in the turn it is made (before anyone
 * answers) and again at the opening of every later turn, or by a `reveal` effect. Until
 * then those roles neither see it nor answer it; once it is out, they answer it: at once
 * if it was discovered in its own turn, else among the next turn's answers.
 */
import type { ExposedMove, GameState, Secret } from './types';
import type { CompiledScenario, OptionDef } from './compile';
import { chanceOf } from './effects';
import { nextFloat } from './rng';

/** Records a secret for the move just appended to `state.moves` (a draft). */
export function keepSecret(state: GameState, option: OptionDef): void {
  if (option.secret === null) return;
  state.secrets.push({
    turn: state.turn,
    move: state.moves.length - 1,
    role: option.role,
    option: option.id,
    from: option.secret.from,
    revealed: null,
    offered: false,
  });
}

/** `secret` come to light in `turn`; `offered` when it is to be answered at once. */
function cameToLight(secret: Secret, turn: number, offered: boolean): Secret {
  return {
    turn: secret.turn,
    move: secret.move,
    role: secret.role,
    option: secret.option,
    from: secret.from,
    revealed: turn,
    offered,
  };
}

/**
 * Rolls discovery for the secrets still hidden: those made this turn (`thisTurn`, before
 * the answers) or those of earlier turns (at a turn's opening), in the order they were
 * made. Each roll is recorded and consumes one draw; a secret without a chance of
 * discovery is not rolled (only a `reveal` effect brings it out).
 */
export function rollDiscovery(
  scenario: CompiledScenario,
  state: GameState,
  thisTurn: boolean,
): void {
  state.secrets.forEach((secret, i) => {
    if (secret.revealed !== null || (secret.turn === state.turn) !== thisTurn) return;
    const discovery = scenario.optionById.get(secret.option)!.secret!.discovery;
    if (discovery === null) return;
    const chance = chanceOf(discovery, state.meters);
    const success = nextFloat(state) < chance;
    const cause = { kind: 'option', role: secret.role, option: secret.option } as const;
    state.current.rolls.push({ cause, path: undefined, chance, success });
    if (success) state.secrets[i] = cameToLight(secret, state.turn, thisTurn);
  });
}

/** A `reveal` effect: every hidden move of `option` comes to light now. */
export function reveal(state: GameState, option: string): void {
  state.secrets.forEach((secret, i) => {
    if (secret.option === option && secret.revealed === null) {
      state.secrets[i] = cameToLight(secret, state.turn, false);
    }
  });
}

/**
 * The earlier secrets come to light and not yet answered: they become this turn's
 * exposed moves (marked as offered), answered after the turn's own moves.
 */
export function exposeSecrets(state: GameState): ExposedMove[] {
  const exposed: ExposedMove[] = [];
  state.secrets.forEach((secret, i) => {
    if (secret.revealed === null || secret.offered) return;
    exposed.push({
      role: secret.role,
      option: secret.option,
      turn: secret.turn,
      from: secret.from,
    });
    state.secrets[i] = cameToLight(secret, secret.revealed, true);
  });
  return exposed;
}

/** The roles still unaware of move number `move` of `turn` (none for an open move). */
export function unaware(state: GameState, turn: number, move: number): readonly string[] {
  for (const secret of state.secrets) {
    if (secret.turn === turn && secret.move === move) {
      return secret.revealed === null ? secret.from : [];
    }
  }
  return [];
}
