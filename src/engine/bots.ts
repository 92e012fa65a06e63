/**
 * Player bots, for simulations and for the debrief's benchmark of each government's score
 * (`scoreRange`): they pick an action from the legal ones for the roles a game lets people
 * play. Each bot has its own seeded generator, so it never draws from
 * the game's: the same game seed and bot seed always give the same game.
 *
 * - random: uniform over the legal actions, except that a role that has chosen nothing
 *   yet this turn ends its moves only one time in ten (so it does pick moves);
 * - greedy: the counterpart's one-step heuristic for its own role (see
 *   src/engine/counterpart.ts), with a little noise; answers by the best immediate value;
 * - lookahead: for the greedy ranking's best few moves and for ending the turn's moves,
 *   a few rollouts to the end of the game with the engine itself (greedy play for
 *   itself, the counterpart for the others; the same dice for every candidate, different
 *   dice per rollout), keeping the move with the best mean final score. Answers greedily.
 */
import type { Action, GameConfig, GameState } from './types';
import { answerOf, type CompiledScenario } from './compile';
import { createGame, legalActions } from './game';
import { scoreRole } from './scoring';
import { step } from './step';
import { answerValue, rankOptions } from './counterpart';
import { createRng, seedState } from './rng';

export const STRATEGIES = ['random', 'greedy', 'lookahead'] as const;
export type StrategyName = (typeof STRATEGIES)[number];

/** Chooses one of `actions` (the non-empty legal actions of `state`). */
export type Bot = (scenario: CompiledScenario, state: GameState, actions: Action[]) => Action;

/** A bot of the named strategy with its own generator seeded by `seed`. */
export function makeBot(name: StrategyName, seed: number): Bot {
  const rng = createRng(seed ^ 0x5bd1e995);
  switch (name) {
    case 'random':
      return (_s, state, actions) => randomPick(state, actions, rng);
    case 'greedy':
      return (s, state, actions) => greedyPick(s, state, actions, () => (rng() - 0.5) * 0.5);
    case 'lookahead':
      return (s, state, actions) => lookaheadPick(s, state, actions, rng);
  }
}

function randomPick(state: GameState, actions: Action[], rng: () => number): Action {
  const first = actions[0]!;
  if (state.phase === 'decide') {
    // The first role's actions and, among them, its options (counted, not copied: this
    // bot is the benchmark's, so it should cost little beside the engine).
    const role = first.role;
    let mine = 0;
    let choices = 0;
    for (const a of actions) {
      if (a.role !== role) continue;
      mine++;
      if (a.type === 'chooseOption') choices++;
    }
    let chosen = false;
    for (const m of state.moves) {
      if (m.role === role) {
        chosen = true;
        break;
      }
    }
    if (!chosen && choices > 0 && rng() >= 0.1) {
      return nth(
        actions,
        Math.floor(rng() * choices),
        (a) => a.role === role && a.type === 'chooseOption',
      );
    }
    return nth(actions, Math.floor(rng() * mine), (a) => a.role === role);
  }
  return actions[Math.floor(rng() * actions.length)]!;
}

/** The `k`-th (0-based) action matching `keep`; `k` must be below the number matching. */
function nth(actions: Action[], k: number, keep: (a: Action) => boolean): Action {
  let seen = 0;
  for (const a of actions) {
    if (!keep(a)) continue;
    if (seen === k) return a;
    seen++;
  }
  throw new RangeError(`no action number ${k}`);
}

/** The greedy choice: best-valued option (the first of a turn whatever its sign), else end. */
export function greedyPick(
  scenario: CompiledScenario,
  state: GameState,
  actions: Action[],
  noise: () => number,
): Action {
  const first = actions[0]!;
  const role = first.role;
  if (state.phase === 'decide') {
    const legal = new Set<string>();
    for (const a of actions) if (a.type === 'chooseOption' && a.role === role) legal.add(a.option);
    const end = actions.find((a) => a.role === role && a.type === 'endMoves') ?? first;
    const chosen = state.moves.some((m) => m.role === role);
    for (const { option, value } of rankOptions(scenario, state, role, noise)) {
      if (!legal.has(option.id)) continue;
      if (!chosen || value > 0) return { type: 'chooseOption', role, option: option.id };
      break;
    }
    return end;
  }
  // Respond: answer the first pending response, with the best immediate value.
  if (first.type !== 'respond') return first;
  const pending = state.responses.find((r) => r.move === first.move && r.responder === role);
  let best = first;
  let bestValue = -Infinity;
  for (const a of actions) {
    if (a.type !== 'respond' || a.role !== role || a.move !== first.move) continue;
    const answer = pending && answerOf(scenario, pending.rule, a.answer);
    if (!answer) continue;
    const v = answerValue(scenario, state, role, answer) + noise();
    if (v > bestValue) {
      best = a;
      bestValue = v;
    }
  }
  return best;
}

/** Rollouts per candidate move. */
const ROLLOUTS = 3;
/** Candidate moves searched: the greedy ranking's best few, plus ending the turn's moves. */
const CANDIDATES = 4;
/** Score points by which a candidate must beat greedy's choice in the rollouts. */
const MARGIN = 1;

function sameAction(a: Action, b: Action): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function lookaheadPick(
  scenario: CompiledScenario,
  state: GameState,
  actions: Action[],
  rng: () => number,
): Action {
  const first = actions[0]!;
  const role = first.role;
  if (state.phase !== 'decide') return greedyPick(scenario, state, actions, () => 0);
  const mine = actions.filter((a) => a.role === role);
  if (mine.length === 1) return first;
  const legal = new Set<string>();
  for (const a of mine) if (a.type === 'chooseOption') legal.add(a.option);
  const candidates: Action[] = rankOptions(scenario, state, role, () => 0)
    .filter((r) => legal.has(r.option.id))
    .slice(0, CANDIDATES)
    .map((r) => ({ type: 'chooseOption', role, option: r.option.id }));
  const end = mine.find((a) => a.type === 'endMoves');
  if (end) candidates.push(end);
  // The same dice for every candidate, so that they are compared on equal luck.
  const seeds = Array.from({ length: ROLLOUTS }, () => seedState(Math.floor(rng() * 2 ** 32)));
  // Greedy's own choice is the default; another candidate replaces it only when its
  // rollouts beat it by MARGIN points, since a few rollouts are noisy and the best of
  // several noisy means is biased upwards.
  const fallback = greedyPick(scenario, state, actions, () => 0);
  let best = fallback;
  let bestValue = -Infinity;
  let fallbackValue = -Infinity;
  for (const action of candidates) {
    const r = step(scenario, state, action);
    if (!r.ok) continue;
    let total = 0;
    for (const seed of seeds) total += rollout(scenario, { ...r.state, rng: seed }, role, Infinity);
    const value = total / seeds.length;
    if (sameAction(action, fallback)) fallbackValue = value;
    if (value > bestValue) {
      best = action;
      bestValue = value;
    }
  }
  return bestValue > fallbackValue + MARGIN ? best : fallback;
}

/** Plays greedily from `state` through turn `until` (or to the end); returns `role`'s score. */
function rollout(
  scenario: CompiledScenario,
  start: GameState,
  role: string,
  until: number,
): number {
  let state = start;
  while (state.phase !== 'ended' && state.turn <= until) {
    const actions = legalActions(scenario, state);
    const r = step(
      scenario,
      state,
      greedyPick(scenario, state, actions, () => 0),
    );
    if (!r.ok) break;
    state = r.state;
  }
  return scoreRole(scenario, state.meters, role);
}

/**
 * Plays one whole game: `bot` acts for every human role until the game ends. Returns the
 * final state and the action log (a save needs nothing else).
 */
export function playGame(
  scenario: CompiledScenario,
  start: GameState,
  bot: Bot,
): { state: GameState; log: Action[] } {
  let state = start;
  const log: Action[] = [];
  while (state.phase !== 'ended') {
    const actions = legalActions(scenario, state);
    const action = bot(scenario, state, actions);
    const r = step(scenario, state, action);
    if (!r.ok) throw new Error(`bot chose a rejected action: ${JSON.stringify(r.reason)}`);
    state = r.state;
    log.push(action);
  }
  return { state, log };
}

/** Scores a bot reached: their mean and the range most games fall in (10th to 90th percentile). */
export type ScoreSpread = { mean: number; low: number; high: number };

/**
 * The scores `role` reaches against the computer over `games` seeded games of the given
 * length, played at random and played greedily (the counterpart's own judgement, the
 * best simple play): the range a player's score can be read against. Deterministic.
 */
export function scoreRange(
  scenario: CompiledScenario,
  role: string,
  length: GameConfig['length'],
  games = 40,
): { random: ScoreSpread; best: ScoreSpread } {
  const spread = (name: StrategyName): ScoreSpread => {
    const scores: number[] = [];
    for (let i = 0; i < games; i++) {
      const config: GameConfig = {
        humanRoles: [role],
        mode: 'solo',
        seed: i + 1,
        ...(length !== undefined ? { length } : {}),
      };
      const { state } = playGame(scenario, createGame(scenario, config), makeBot(name, i + 1));
      scores.push(scoreRole(scenario, state.meters, role));
    }
    scores.sort((a, b) => a - b);
    const at = (p: number) => scores[Math.min(scores.length - 1, Math.floor(p * scores.length))]!;
    return { mean: scores.reduce((a, b) => a + b, 0) / scores.length, low: at(0.1), high: at(0.9) };
  };
  return { random: spread('random'), best: spread('greedy') };
}
