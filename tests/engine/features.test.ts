/**
 * The format's features for crises of any shape, one row each, on the three-government
 * fixture tests/fixtures/delta-accord.yaml: response rules limited by mover, secret moves
 * (discovery and reveal), moves per turn per role, targets among the objectives, named
 * endings, drift, and game lengths. (Meters hidden from some roles are the views' concern:
 * tests/store/views.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import {
  createGame,
  endingOf,
  gameResult,
  legalActions,
  scoreRole,
  step,
  type Action,
  type GameState,
} from '../../src/engine';
import { optionValue } from '../../src/engine/counterpart';
import { nextFloat } from '../../src/engine/rng';
import { loadFixture } from './fixture';
import { act, patch, withValues } from './helpers';

const delta = loadFixture('delta-accord');
const everyone = () =>
  createGame(delta, { humanRoles: ['highland', 'central', 'delta'], mode: 'teams', seed: 3 });

const choose = (role: string, option: string): Action => ({ type: 'chooseOption', role, option });
const end = (role: string): Action => ({ type: 'endMoves', role });

/** A generator state whose next draw lies in [lo, hi): fixes the outcome of the next roll. */
function rngFor(lo: number, hi: number): number {
  for (let r = 1; ; r++) {
    const x = nextFloat({ rng: r });
    if (x >= lo && x < hi) return r;
  }
}

/** Who owes an answer to which move now, as `move:responder`. */
const owed = (s: GameState) => s.responses.map((r) => `${r.move}:${r.responder}`);

/** Plays each role's moves (in role order) and ends them, the generator set to `draw` first. */
function decide(s: GameState, moves: Record<string, string[]>, draw?: [number, number]): GameState {
  let state = draw ? patch(s, { rng: rngFor(draw[0], draw[1]) }) : s;
  for (const role of ['highland', 'central', 'delta']) {
    for (const option of moves[role] ?? []) state = act(delta, state, choose(role, option));
  }
  return act(delta, state, end('highland'), end('central'), end('delta'));
}

/**
 * Answers every owed response with its rule's first open answer. With `draw`, the
 * generator is set before the last answer, so that the next turn's opening rolls (its
 * discovery of earlier secrets, here the first draw) come out as asked.
 */
function answerAll(s: GameState, draw?: [number, number]): GameState {
  let state = s;
  while (state.phase === 'respond') {
    const legal = legalActions(delta, state);
    const last = state.responses.filter((r) => r.answer === undefined).length === 1;
    if (last && draw) state = patch(state, { rng: rngFor(draw[0], draw[1]) });
    state = act(delta, state, legal[0]!);
  }
  return state;
}

const rows: { feature: string; check: () => void }[] = [
  {
    feature: 'a response rule limited by mover answers only that mover’s moves',
    check: () => {
      // delta-on-highland-water answers water moves by the highland only: the delta's own
      // dredging (a water move) is not answered by the delta, and the central union's
      // rule on unilateral moves answers the highland and the delta but not itself.
      const s = decide(everyone(), {
        highland: ['release-water'],
        delta: ['dredge', 'protest-loudly'],
      });
      expect(owed(s)).toEqual(['0:delta', '2:central']);
    },
  },
  {
    feature: 'a secret move is hidden from the roles named until discovered',
    check: () => {
      const hidden = decide(everyone(), { highland: ['divert-water'] }, [0.6, 1]);
      expect(hidden.secrets).toMatchObject([
        { option: 'divert-water', from: ['delta'], revealed: null },
      ]);
      // The delta, unaware, owes nothing; the central union, which knows, answers.
      expect(owed(hidden)).toEqual(['0:central']);
      const found = decide(everyone(), { highland: ['divert-water'] }, [0, 0.4]);
      expect(found.secrets[0]).toMatchObject({ revealed: 1, offered: true });
      expect(owed(found)).toEqual(['0:central', '0:delta']);
      expect(found.current.rolls[0]).toMatchObject({ chance: 0.5, path: undefined });
    },
  },
  {
    feature: 'a secret revealed later is answered then, by the roles it was hidden from',
    check: () => {
      // Turn 1: not discovered; turn 2 opens without discovering it either.
      let s = answerAll(decide(everyone(), { highland: ['divert-water'] }, [0.6, 1]), [0.6, 1]);
      expect(s.secrets[0]).toMatchObject({ revealed: null });
      // Turn 2: the central union's inspectors reveal it at resolution, so it is among
      // turn 3's answers, for the delta alone.
      s = answerAll(decide(s, { central: ['inspect'] }));
      expect(s.secrets[0]).toMatchObject({ revealed: 2, offered: false });
      s = decide(s, {});
      expect(s.exposed).toEqual([
        { role: 'highland', option: 'divert-water', turn: 1, from: ['delta'] },
      ]);
      expect(owed(s)).toEqual(['0:delta']);
      s = answerAll(s);
      const record = s.history[2]!;
      expect(record.exposed).toHaveLength(1);
      expect(record.trace.find((e) => e.cause.kind === 'answer')?.cause).toMatchObject({
        answer: 'delta-object',
        toOption: 'divert-water',
      });
    },
  },
  {
    feature: 'moves per turn are set per role',
    check: () => {
      const s = act(
        delta,
        everyone(),
        choose('delta', 'dredge'),
        choose('delta', 'protest-loudly'),
      );
      expect(s.moves).toHaveLength(2);
      const once = act(delta, s, choose('highland', 'release-water'));
      expect(step(delta, once, choose('highland', 'divert-water'))).toMatchObject({
        ok: false,
        reason: { code: 'no-moves-left', role: 'highland', limit: 1 },
      });
    },
  },
  {
    feature: 'a target scores best near its value, and the counterpart aims for it',
    check: () => {
      const score = (flow: number) => scoreRole(delta, { trust: 50, flow }, 'central');
      expect(score(50)).toBeGreaterThan(score(60));
      expect(score(50)).toBeGreaterThan(score(40));
      expect(score(60)).toBeCloseTo(score(40), 9);
      // From a low flow the central union values more water; from a high one, less.
      const release = delta.optionById.get('release-water')!;
      const at = (flow: number) => withValues(delta, everyone(), { meters: { flow } });
      expect(optionValue(delta, at(30), 'highland', release)).not.toBe(0);
      const centralGain = (flow: number) =>
        scoreRole(delta, { trust: 53, flow: flow + 8 }, 'central') -
        scoreRole(delta, { trust: 50, flow }, 'central');
      expect(centralGain(30)).toBeGreaterThan(0);
      expect(centralGain(70)).toBeLessThan(centralGain(30));
    },
  },
  {
    feature: 'a named ending is checked before the plane’s regions',
    check: () => {
      const calm = withValues(delta, everyone(), { meters: { trust: 70, stability: 40 } });
      expect(endingOf(delta, calm)).toBe('shared-river');
      const unrest = withValues(delta, calm, { meters: { stability: 5 } });
      expect(endingOf(delta, unrest)).toBe('delta-unrest');
      expect(gameResult(delta, unrest).outcome).toBe('delta-unrest');
    },
  },
  {
    feature: 'a meter drifts toward its value each turn after the first, traced as drift',
    check: () => {
      let s = everyone();
      const silt = () => s.meters[delta.meterIndex.get('silt')!]!;
      expect(silt()).toBe(60);
      s = answerAll(decide(s, {}));
      expect(silt()).toBe(55);
      expect(s.current.trace.find((e) => e.cause.kind === 'drift')).toMatchObject({
        target: { kind: 'meter', id: 'silt' },
        before: 60,
        after: 55,
        rule: { kind: 'drift', toward: 50, by: 5 },
      });
      s = answerAll(decide(s, {}));
      s = answerAll(decide(s, {}));
      expect(silt()).toBe(50); // never past its value
    },
  },
  {
    feature: 'a game length ends the game early',
    check: () => {
      let s = createGame(delta, { humanRoles: ['delta'], mode: 'solo', seed: 2, length: 'short' });
      while (s.phase !== 'ended') s = act(delta, s, legalActions(delta, s).at(-1)!);
      expect(s.history).toHaveLength(2);
    },
  },
];

describe('features for crises of any shape', () => {
  it.each(rows)('$feature', ({ check }) => check());
});
