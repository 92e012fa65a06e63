/** The turn's flow: phases, the counterpart, events returned by step, immutability. */
import { describe, expect, it } from 'vitest';
import {
  createGame,
  legalActions,
  meterValue,
  step,
  type GameConfig,
  type GameEvent,
  type GameState,
} from '../../src/engine';
import { optionValue } from '../../src/engine/counterpart';
import { loadFixture } from './fixture';
import { act, must, playTurn, teamsGame, valuesOf } from './helpers';

const two = loadFixture('two-roles');
const three = loadFixture('three-roles');

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

describe('turn flow', () => {
  it('opens turn 1 in the decision phase with the briefing applied', () => {
    const s = createGame(two, { humanRoles: ['north'], mode: 'solo', seed: 3 });
    expect(s).toMatchObject({ turn: 1, phase: 'decide', moves: [], movesDone: [], history: [] });
    expect(s.scenarioId).toBe('two-roles');
    expect(valuesOf(two, s).resources).toEqual({ north: { capital: 3 }, south: { goodwill: 2 } });
  });

  it('plays the computer’s moves once the people are done, then asks for answers', () => {
    let s = createGame(two, { humanRoles: ['north'], mode: 'solo', seed: 3 });
    s = act(two, s, { type: 'chooseOption', role: 'north', option: 'surveillance' });
    const r = step(two, s, { type: 'endMoves', role: 'north' });
    const state = must(r);
    const types = r.ok ? r.events.map((e) => e.type) : [];
    expect(types[0]).toBe('movesEnded');
    expect(types).toContain('optionChosen');
    expect(state.movesDone).toEqual(['north', 'south']);
    const southMoves = state.moves.filter((m) => m.role === 'south');
    expect(southMoves.length).toBeGreaterThanOrEqual(1);
    expect(southMoves.length).toBeLessThanOrEqual(2);
    // The computer chose without seeing this turn's surveillance flights.
    expect(southMoves.map((m) => m.option)).not.toContain('protest-note');
  });

  it('returns turnResolved, turnBegan and finally gameEnded', () => {
    let s: GameState = teamsGame(two);
    const seen: GameEvent['type'][] = [];
    for (let t = 1; t <= 4; t++) {
      s = act(two, s, { type: 'endMoves', role: 'north' });
      const r = step(two, s, { type: 'endMoves', role: 'south' });
      s = must(r);
      if (r.ok) seen.push(...r.events.map((e) => e.type));
    }
    expect(s.phase).toBe('ended');
    expect(seen.filter((t) => t === 'turnResolved')).toHaveLength(4);
    expect(seen.filter((t) => t === 'turnBegan')).toHaveLength(3);
    expect(seen.at(-1)).toBe('gameEnded');
    expect(legalActions(two, s)).toEqual([]);
    expect(s.history.map((h) => h.turn)).toEqual([1, 2, 3, 4]);
  });

  it('with no human role, plays the whole game at once', () => {
    const s = createGame(two, { humanRoles: [], mode: 'solo', seed: 9 });
    expect(s.phase).toBe('ended');
    expect(s.history).toHaveLength(4);
    expect(s.history.every((h) => h.moves.length >= 2)).toBe(true);
  });

  it('plays a third government with no code change', () => {
    const s = createGame(three, { humanRoles: [], mode: 'solo', seed: 2 });
    expect(s.phase).toBe('ended');
    expect(new Set(s.history.flatMap((h) => h.moves.map((m) => m.role)))).toEqual(
      new Set(['upstream', 'midstream', 'downstream']),
    );
    expect(meterValue(three, s.meters, 'water')).toBeGreaterThanOrEqual(-50);
  });

  it('lists moves only for roles still choosing, and always lets them end', () => {
    let s = teamsGame(two);
    s = act(two, s, { type: 'endMoves', role: 'north' });
    const actions = legalActions(two, s);
    expect(actions.every((a) => a.role === 'south')).toBe(true);
    expect(actions.at(-1)).toEqual({ type: 'endMoves', role: 'south' });
  });

  it('never mutates the state it is given', () => {
    let s = deepFreeze(teamsGame(two));
    for (let t = 0; t < 4; t++) {
      s = deepFreeze(playTurn(two, s, { north: ['joint-patrols'], south: ['extradite'] }));
    }
    expect(s.phase).toBe('ended');
  });
});

describe('the counterpart', () => {
  it('values options by its objectives, answers included', () => {
    const s = teamsGame(two);
    const option = (id: string) => two.options.find((o) => o.id === id)!;
    // Southland weighs sovereignty 2, cooperation 1, pressure 0.5: closing the border
    // (+6 sovereignty, −8 cooperation, then tariffs −6 cooperation) is worth less than
    // opening talks (+7 cooperation, +1.5 expected, then +2 expected from the welcome).
    expect(optionValue(two, s, 'south', option('open-talks'))).toBeGreaterThan(
      optionValue(two, s, 'south', option('close-border')),
    );
    expect(optionValue(two, s, 'south', option('open-talks'))).toBeCloseTo(
      ((7 + 0.5 * 3 + (2 * 2 + 0.5 * -2) / 2.5) / 100 / 3.5) * 100,
      6,
    );
  });

  it('is deterministic for a seed', () => {
    const a = createGame(two, { humanRoles: [], mode: 'solo', seed: 5 });
    const b = createGame(two, { humanRoles: [], mode: 'solo', seed: 5 });
    expect(a).toEqual(b);
  });
});

describe('game lengths', () => {
  const config: GameConfig = { humanRoles: ['north', 'south'], mode: 'teams', seed: 5 };

  it('ends the game after the chosen length’s turns, and scores it there', () => {
    let s = createGame(two, { ...config, length: 'short' });
    expect(s.config.length).toBe('short');
    while (s.phase !== 'ended') s = playTurn(two, s, {});
    expect(s.history.map((r) => r.turn)).toEqual([1, 2]);
    let full = createGame(two, { ...config, length: 'full' });
    while (full.phase !== 'ended') full = playTurn(two, full, {});
    expect(full.history).toHaveLength(4);
    let plain = createGame(two, config);
    while (plain.phase !== 'ended') plain = playTurn(two, plain, {});
    expect(plain.history).toHaveLength(two.lastTurn);
  });

  it('values delayed effects that would fall after the chosen end at nothing', () => {
    const game = (length: string) =>
      createGame(two, { humanRoles: ['north'], mode: 'solo', seed: 5, length });
    const surveillance = two.optionById.get('surveillance')!;
    const value = (length: string, turn: number) =>
      optionValue(two, { ...game(length), turn }, 'north', surveillance);
    // Its delayed effect (one turn later) falls inside both games from turn 1, and only
    // inside the full one from turn 2, the short game's last.
    expect(value('short', 1)).toBe(value('full', 1));
    expect(value('short', 2)).not.toBe(value('full', 2));
  });

  it('refuses a length the scenario does not offer', () => {
    expect(() => createGame(two, { ...config, length: 'endless' })).toThrow(RangeError);
  });
});
