/** The debrief's first screen: the turning point, the scores against the start and the bots. */
import { describe, expect, it } from 'vitest';
import { createGame, scoreRole, step } from '../../src/engine';
import { scoreRange } from '../../src/engine/bots';
import type { Cause, GameState, TraceEntry, TurnRecord } from '../../src/engine/types';
import { botRange, debriefView, turningPoint } from '../../src/store/debriefView';
import { fixtureCompiled, nextAction } from './fixture';

const compiled = fixtureCompiled();
const scenario = compiled.source;

const dam: Cause = { kind: 'option', role: 'up', option: 'build-dam' };
const survey: Cause = { kind: 'option', role: 'up', option: 'joint-survey' };

function entry(turn: number, meter: string, delta: number, cause: Cause, path = [0]): TraceEntry {
  return {
    turn,
    target: { kind: 'meter', id: meter },
    before: 50,
    after: 50 + delta,
    delta,
    cause,
    rule: { kind: 'effect', path, base: delta },
    steps: [],
    delayedFrom: undefined,
  };
}

/** A game state with only the history the turning point reads. */
function withTraces(...traces: TraceEntry[][]): GameState {
  const history = traces.map((trace, i) => ({ turn: i + 1, trace }) as unknown as TurnRecord);
  return { history } as unknown as GameState;
}

describe('turning point', () => {
  it('is the cause whose net change moved the plane farthest, with its reasons', () => {
    const state = withTraces(
      [entry(1, 'cooperation', 6, survey)],
      [
        entry(2, 'sovereignty', -10, dam, [1]),
        entry(2, 'water', 40, dam, [0]), // not on the plane
        entry(2, 'cooperation', 3, survey),
      ],
    );
    const point = turningPoint(scenario, state)!;
    expect(point.turn).toBe(2);
    expect(point.label).toBe(scenario.calendar.turns[1]!.label);
    expect(point.cause).toEqual(dam);
    expect([point.dx, point.dy, point.distance]).toEqual([0, -10, 10]);
    expect(point.whys).toEqual(["Works without consent ignore Lowland's say."]);
  });

  it('adds up one cause’s changes in a month, on both axes', () => {
    const state = withTraces([
      entry(1, 'cooperation', 6, survey),
      entry(1, 'sovereignty', 6, survey),
      entry(1, 'cooperation', -8, dam, [1]),
    ]);
    const point = turningPoint(scenario, state)!;
    expect(point.cause).toEqual(survey);
    expect(point.distance).toBeCloseTo(Math.hypot(6, 6));
    // Reasons are listed once.
    expect(point.whys).toEqual(['Shared work builds trust.']);
  });

  it('takes the earliest on a tie, and ignores drift and changes that cancel out', () => {
    const drift: Cause = { kind: 'drift', meter: 'cooperation' };
    const state = withTraces(
      [entry(1, 'cooperation', 50, drift), entry(1, 'cooperation', 5, survey)],
      [
        entry(2, 'cooperation', -5, dam),
        entry(2, 'cooperation', 9, survey),
        entry(2, 'cooperation', -9, survey),
      ],
    );
    const point = turningPoint(scenario, state)!;
    expect([point.turn, point.cause]).toEqual([1, survey]);
  });

  it('is undefined when nothing moved the plane', () => {
    expect(turningPoint(scenario, withTraces([entry(1, 'water', 5, dam)]))).toBeUndefined();
    expect(turningPoint(scenario, withTraces())).toBeUndefined();
  });

  it('matches the trace of a whole game', () => {
    let state = createGame(compiled, { humanRoles: ['up'], mode: 'solo', seed: 5 });
    for (let i = 0; i < 200 && state.phase !== 'ended'; i++) {
      const r = step(compiled, state, nextAction(compiled, state, 1)!);
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      state = r.state;
    }
    const point = turningPoint(scenario, state)!;
    const record = state.history[point.turn - 1]!;
    const same = record.trace.filter(
      (e) => JSON.stringify(e.cause) === JSON.stringify(point.cause) && e.target.kind === 'meter',
    );
    const sum = (id: string) =>
      same.filter((e) => e.target.id === id).reduce((a, e) => a + e.delta, 0);
    expect([point.dx, point.dy]).toEqual([sum('cooperation'), sum('sovereignty')]);
    // No other cause in any month moved the plane farther.
    for (const r of state.history) {
      const causes = new Set(r.trace.map((e) => JSON.stringify(e.cause)));
      for (const key of causes) {
        const of = r.trace.filter((e) => JSON.stringify(e.cause) === key);
        const d = (id: string) =>
          of.filter((e) => e.target.id === id).reduce((a, e) => a + e.delta, 0);
        if (key.includes('"drift"') || key.includes('"renewal"')) continue;
        expect(Math.hypot(d('cooperation'), d('sovereignty'))).toBeLessThanOrEqual(point.distance);
      }
    }
  });
});

describe('debrief scores', () => {
  let end = createGame(compiled, { humanRoles: ['up', 'down'], mode: 'teams', seed: 8 });
  for (let i = 0; i < 300 && end.phase !== 'ended'; i++) {
    const r = step(compiled, end, nextAction(compiled, end, 2)!);
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    end = r.state;
  }

  it('reads each score against the start and the bots’ ranges, and names the teams', () => {
    const view = debriefView(compiled, end, { up: 'Team Heron' });
    const start = Object.fromEntries(scenario.meters.map((m) => [m.id, m.start]));
    for (const s of view.scores) {
      expect(s.score).toBe(scoreRole(compiled, end.meters, s.role));
      expect(s.start).toBe(scoreRole(compiled, start, s.role));
      expect(s.range).toEqual(scoreRange(compiled, s.role, end.config.length));
      expect(s.range.random.low).toBeLessThanOrEqual(s.range.random.high);
    }
    expect(view.scores.find((s) => s.role === 'up')?.team).toBe('Team Heron');
    expect(view.scores.find((s) => s.role === 'down')?.team).toBeUndefined();
    expect(view.mode).toBe('teams');
    expect(view.turningPoint).toEqual(turningPoint(scenario, end));
  });

  it('works out each range once (so it can be worked out ahead, while the page is idle)', () => {
    const first = botRange(compiled, 'down', end.config.length);
    expect(botRange(compiled, 'down', end.config.length)).toBe(first);
  });

  it('calls a team that kept its government’s name (the default) simply a team', () => {
    const down = scenario.roles.find((r) => r.id === 'down')!;
    const view = debriefView(compiled, end, { up: 'Team Heron', down: down.name });
    expect(view.scores.find((s) => s.role === 'up')?.team).toBe('Team Heron');
    expect(view.scores.find((s) => s.role === 'down')?.team).toBeUndefined();
  });
});
