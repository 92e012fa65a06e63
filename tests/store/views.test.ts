import { describe, expect, it } from 'vitest';
import { createGame, legalActions, optionStatus, scoreRole, step } from '../../src/engine';
import { nextFloat } from '../../src/engine/rng';
import { loadFixture } from '../engine/fixture';
import type { Action, GameState } from '../../src/engine/types';
import { debriefView } from '../../src/store/debriefView';
import { createAppStore } from '../../src/store/appStore';
import { memoryStorage } from '../../src/store/persistence';
import { activeRole, scoreView, selectStageView } from '../../src/store/selectors';
import {
  audienceOf,
  decideView,
  monthLines,
  reportView,
  respondView,
} from '../../src/store/turnViews';
import { bundledFixture, FIXTURE_FILE, fixtureCompiled, nextAction } from './fixture';

const compiled = fixtureCompiled();
const scenario = compiled.source;

function play(state: GameState, actions: Action[]): GameState {
  let current = state;
  for (const action of actions) {
    const result = step(compiled, current, action);
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    current = result.state;
  }
  return current;
}

function playToEnd(state: GameState): GameState {
  let current = state;
  for (let i = 0; i < 200 && current.phase !== 'ended'; i++) {
    current = play(current, [nextAction(compiled, current, 2)!]);
  }
  return current;
}

describe('decide view', () => {
  const start = createGame(compiled, { humanRoles: ['up'], mode: 'solo', seed: 3 });

  it('shows availability as the engine gives it, with its reasons', () => {
    const view = decideView(compiled, start, 'up', []);
    const engine = optionStatus(compiled, start, 'up');
    expect(view.options.map((o) => [o.id, o.available, o.blocks])).toEqual(
      engine.map((s) => [s.option.id, s.blocks.length === 0, s.blocks]),
    );
    expect(view.options.find((o) => o.id === 'sanctions')?.requirement).toEqual({
      text: 'Only while cooperation is at most 60.',
    });
  });

  it('applies ticked picks through the engine: moves and capital run out', () => {
    const view = decideView(compiled, start, 'up', ['build-dam', 'joint-survey']);
    expect(view.picks).toEqual(['build-dam', 'joint-survey']);
    const sanctions = view.options.find((o) => o.id === 'sanctions')!;
    expect(sanctions.available).toBe(false);
    expect(sanctions.blocks.map((b) => b.code)).toContain('no-moves-left');
    expect(view.options.filter((o) => o.selected).every((o) => o.available)).toBe(true);
    expect(view.resources[0]).toMatchObject({ id: 'capital', value: 1 });
  });

  it('drops a pick the engine refuses', () => {
    expect(decideView(compiled, start, 'up', ['open-talks']).picks).toEqual([]);
  });

  it('shows the month’s events and what they changed, without hidden meters', () => {
    const view = decideView(compiled, start, 'up', []);
    expect(view.events.map((e) => e.id)).toEqual(['drought']);
    expect(view.events[0]!.changes.map((c) => c.target.id)).toEqual(['water']);
    expect(view.meters.map((m) => m.id)).not.toContain('tension');
    expect(view.hiddenMeters).toBe(1);
  });
});

describe('respond view', () => {
  it('keeps another human team’s answers private until the report', () => {
    let state = createGame(compiled, { humanRoles: ['up', 'down'], mode: 'teams', seed: 3 });
    state = play(state, [
      { type: 'chooseOption', role: 'up', option: 'build-dam' },
      { type: 'endMoves', role: 'up' },
      { type: 'chooseOption', role: 'down', option: 'reject-works' },
      { type: 'endMoves', role: 'down' },
      // Upland answers Lowland's move first.
      { type: 'respond', role: 'up', move: 1, answer: 'engage' },
    ]);
    const down = respondView(compiled, state, 'down');
    const dam = down.theirMoves.find((m) => m.option.id === 'build-dam')!;
    expect(dam.choices?.map((c) => [c.id, c.available])).toEqual([
      ['protest-dam', true],
      ['accept-dam', false],
    ]);
    const own = down.ownMoves.find((m) => m.option.id === 'reject-works')!;
    expect(own.responses[0]?.answer).toBeUndefined();
    const up = respondView(compiled, state, 'up');
    expect(up.theirMoves[0]!.responses[0]?.answer?.id).toBe('engage');
  });
});

describe('report and debrief', () => {
  const end = playToEnd(createGame(compiled, { humanRoles: ['up'], mode: 'solo', seed: 11 }));

  it('report every trace entry, hidden meters counted apart until the debrief', () => {
    for (const record of end.history) {
      const view = reportView(scenario, record);
      expect(view.changes.length + view.hiddenChanges).toBe(record.trace.length);
      expect(view.changes.every((c) => c.target.id !== 'tension')).toBe(true);
      expect(reportView(scenario, record, true).changes).toHaveLength(record.trace.length);
    }
  });

  it('debrief the outcome, the path and the assessments of the options chosen', () => {
    const view = debriefView(compiled, end);
    expect(view.ended).toBe(true);
    expect(view.path).toHaveLength(end.history.length + 1);
    expect(view.meters.map((m) => m.id)).toContain('tension');
    const chosen = new Set(
      end.history.flatMap((r) => r.moves.filter((m) => m.role === 'up').map((m) => m.option)),
    );
    for (const a of view.assessments) {
      const card = scenario.debrief.assessments.find((x) => x.evidence === a.evidence.id)!;
      expect(card.options.some((o) => chosen.has(o))).toBe(true);
    }
    expect(view.scores.find((s) => s.role === 'up')?.player).toBe(true);
  });
});

describe('stage view', () => {
  it('shows no meters outside a game, visible meters in one, all in the debrief', async () => {
    const store = await createAppStore({ storage: memoryStorage(), bundled: [bundledFixture()] });
    expect(selectStageView(store.getState())).toMatchObject({ screen: 'title', meters: [] });
    store.getState().chooseScenario(FIXTURE_FILE);
    // The chosen scenario's governments come from its list entry, before it is loaded.
    expect(selectStageView(store.getState()).countries.map((c) => c.id)).toEqual(['up', 'down']);
    await store.getState().startGame({ humanRoles: ['down'], mode: 'solo', seed: 2 });
    const briefing = selectStageView(store.getState());
    expect(briefing.screen).toBe('briefing');
    expect(briefing.focusRole).toBe('down');
    expect(briefing.meters.map((m) => m.id)).toEqual(['cooperation', 'sovereignty', 'water']);
    expect(briefing.meters.filter((m) => m.primary).map((m) => m.id)).toEqual([
      'cooperation',
      'sovereignty',
    ]);
    expect(briefing.plane?.path).toEqual([{ x: 50, y: 60, turn: 0 }]);
    expect(briefing.plane?.regions).toHaveLength(4);
    store.getState().ackBriefing();
    const decide = selectStageView(store.getState());
    expect(decide.phaseKey).not.toBe(briefing.phaseKey);
  });

  it('shows on a report the month-end numbers the report gives, not the next month’s opening', async () => {
    const store = await createAppStore({ storage: memoryStorage(), bundled: [bundledFixture()] });
    store.getState().chooseScenario(FIXTURE_FILE);
    await store.getState().startGame({ humanRoles: ['down'], mode: 'solo', seed: 2 });
    store.getState().ackBriefing();
    const game = store.getState().game!;
    for (let i = 0; i < 50 && game.getState().state.history.length === 0; i++) {
      const { compiled: c, state } = game.getState();
      expect(game.getState().dispatch(nextAction(c, state)!)).toBe(true);
    }
    const { state } = game.getState();
    const record = state.history[0]!;
    // The next month's opening has moved some meter already, so the two differ.
    expect(state.meters).not.toEqual(record.meters);
    const stage = selectStageView(store.getState());
    expect(stage.screen).toBe('report');
    for (const meter of stage.meters) {
      const index = scenario.meters.findIndex((m) => m.id === meter.id);
      expect(meter.value).toBe(record.meters[index]);
    }
    expect(stage.plane?.path.at(-1)?.turn).toBe(record.turn);
  });
});

describe('secrets and meters hidden from some roles, in the views', () => {
  const delta = loadFixture('delta-accord');
  const everyone = () =>
    createGame(delta, { humanRoles: ['highland', 'central', 'delta'], mode: 'teams', seed: 3 });

  /** Every role decides (the highland diverts in secret); the discovery roll is set to fail. */
  function secretTurn(): GameState {
    let s = everyone();
    s = step(delta, s, { type: 'chooseOption', role: 'highland', option: 'divert-water' }).state;
    s = { ...s, rng: failingDraw() };
    for (const role of ['highland', 'central', 'delta']) {
      s = step(delta, s, { type: 'endMoves', role }).state;
    }
    return s;
  }

  /** A generator state whose next draw is at least 0.5 (the discovery's chance fails). */
  function failingDraw(): number {
    for (let r = 1; ; r++) if (nextFloat({ rng: r }) >= 0.5) return r;
  }

  it('keeps a secret move off the answer screen of the roles it is hidden from', () => {
    const s = secretTurn();
    expect(respondView(delta, s, 'delta').theirMoves).toEqual([]);
    expect(respondView(delta, s, 'central').theirMoves.map((m) => m.option.id)).toEqual([
      'divert-water',
    ]);
  });

  it('keeps it, and what it changed, out of the shared report until the debrief', () => {
    let s = secretTurn();
    // The next turn opens with another roll for the secret: set to fail too.
    while (s.phase === 'respond') {
      s = step(delta, { ...s, rng: failingDraw() }, legalActions(delta, s)[0]!).state;
    }
    expect(s.secrets[0]?.revealed).toBeNull();
    const record = s.history[0]!;
    const shared = reportView(delta.source, record, false, undefined, audienceOf(s));
    expect(shared.moves).toEqual([]);
    expect(shared.changes.some((c) => c.cause.kind === 'option')).toBe(false);
    expect(shared.rolls).toEqual([]);
    expect(shared.hiddenChanges).toBeGreaterThan(0);
    const debrief = reportView(delta.source, record, true);
    expect(debrief.moves.map((m) => m.option.id)).toEqual(['divert-water']);
  });

  it('shows a meter only to the roles it is not hidden from', () => {
    const s = everyone();
    const ids = (role: string) => decideView(delta, s, role, []).meters.map((m) => m.id);
    expect(ids('highland')).not.toContain('silt');
    expect(ids('delta')).toContain('silt');
    expect(ids('delta')).not.toContain('stability');
  });
});

describe('the month in three lines and the score bar', () => {
  const end = playToEnd(createGame(compiled, { humanRoles: ['up'], mode: 'solo', seed: 11 }));

  it('picks at most three causes, the largest visible meter changes first, from the trace', () => {
    for (const record of end.history) {
      const view = reportView(scenario, record);
      const lines = monthLines(scenario, view);
      expect(lines.length).toBeLessThanOrEqual(3);
      const weights = lines.map((l) => l.weight);
      expect([...weights].sort((a, b) => b - a)).toEqual(weights);
      for (const line of lines) {
        expect(line.changes.length).toBeGreaterThan(0);
        // Every change in a line is in the report's own (visible) changes, never a hidden meter.
        for (const c of line.changes) {
          expect(view.changes).toContain(c);
          expect(c.target.kind).toBe('meter');
          expect(c.target.id).not.toBe('tension');
        }
      }
      // No cause left out weighs more than the last line chosen.
      const chosen = new Set(lines.map((l) => JSON.stringify(l.cause)));
      const rest = monthLines(scenario, view, 99).filter(
        (l) => !chosen.has(JSON.stringify(l.cause)),
      );
      for (const other of rest) expect(other.weight).toBeLessThanOrEqual(weights.at(-1) ?? 0);
    }
  });

  it('scores with the engine, now and at the start, and orders the goals by weight', () => {
    const view = scoreView(compiled, end, 'up');
    expect(view.now).toBeCloseTo(scoreRole(compiled, end.meters, 'up'));
    expect(view.start).toBeCloseTo(scoreRole(compiled, {}, 'up'));
    const role = compiled.roles.find((r) => r.id === 'up')!;
    const weights = view.goals.map((g) => {
      const meter = compiled.meters.find((m) => m.id === g.meter)!;
      return Math.abs(role.objectives[meter.index]!.weight);
    });
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    // A meter hidden from the role gives no trend away.
    for (const goal of view.goals) {
      const def = scenario.meters.find((m) => m.id === goal.meter)!;
      if (def.hidden || def.hiddenFrom.includes('up')) expect(goal.trend).toBe('unknown');
    }
  });
});

describe('whose turn it is among three teams', () => {
  const delta = loadFixture('delta-accord');

  it('keeps the device with the team that still has something to do, then passes it round', () => {
    let s = createGame(delta, {
      humanRoles: ['highland', 'central', 'delta'],
      mode: 'teams',
      seed: 4,
    });
    expect(activeRole(delta, s)).toBe('highland');
    s = step(delta, s, { type: 'endMoves', role: 'highland' }).state;
    // The holder has nothing left: the next team in order after it, not the first.
    expect(activeRole(delta, s, 'highland')).toBe('central');
    s = step(delta, s, { type: 'endMoves', role: 'central' }).state;
    expect(activeRole(delta, s, 'central')).toBe('delta');
    expect(activeRole(delta, s, 'delta')).toBe('delta');
    s = step(delta, s, { type: 'endMoves', role: 'delta' }).state;
    // Answers now: the last team keeps the device if it owes one; if not, it goes round
    // the end of the list to the first team in order that does.
    const owing = new Set(legalActions(delta, s).map((a) => a.role));
    const holder = 'delta';
    const expected = owing.has(holder)
      ? holder
      : ['highland', 'central', 'delta'].find((r) => owing.has(r));
    expect(activeRole(delta, s, holder)).toBe(expected);
  });
});
