/** Every rejection reason: the action is refused and the state is returned untouched. */
import { describe, expect, it } from 'vitest';
import {
  createGame,
  hashState,
  step,
  type Action,
  type GameState,
  type RejectReason,
} from '../../src/engine';
import { loadFixture } from './fixture';
import { act, playTurn, teamsGame, withValues } from './helpers';

const two = loadFixture('two-roles');
const choose = (role: string, option: string): Action => ({ type: 'chooseOption', role, option });

function ended(): GameState {
  let s = teamsGame(two);
  while (s.phase !== 'ended') s = playTurn(two, s, {});
  return s;
}

function inRespond(...north: string[]): GameState {
  let s = teamsGame(two);
  for (const o of north) s = act(two, s, choose('north', o));
  return act(two, s, { type: 'endMoves', role: 'north' }, { type: 'endMoves', role: 'south' });
}

type Row = {
  code: RejectReason['code'];
  setup: () => GameState;
  action: Action;
  reason: RejectReason;
};

const rows: Row[] = [
  {
    code: 'game-over',
    setup: ended,
    action: { type: 'endMoves', role: 'north' },
    reason: { code: 'game-over' },
  },
  {
    code: 'wrong-phase',
    setup: () => teamsGame(two),
    action: { type: 'respond', role: 'north', move: 0, answer: 'welcome' },
    reason: { code: 'wrong-phase', phase: 'decide' },
  },
  {
    code: 'wrong-phase',
    setup: () => inRespond('joint-patrols'),
    action: choose('north', 'surveillance'),
    reason: { code: 'wrong-phase', phase: 'respond' },
  },
  {
    code: 'not-human',
    setup: () => createGame(two, { humanRoles: ['north'], mode: 'solo', seed: 1 }),
    action: choose('south', 'extradite'),
    reason: { code: 'not-human', role: 'south' },
  },
  {
    code: 'unknown-role',
    setup: () => teamsGame(two),
    action: { type: 'endMoves', role: 'east' },
    reason: { code: 'unknown-role', role: 'east' },
  },
  {
    code: 'unknown-option',
    setup: () => teamsGame(two),
    action: choose('north', 'no-such-option'),
    reason: { code: 'unknown-option', option: 'no-such-option' },
  },
  {
    code: 'wrong-role',
    setup: () => teamsGame(two),
    action: choose('north', 'extradite'),
    reason: { code: 'wrong-role', option: 'extradite', role: 'north' },
  },
  {
    code: 'already-done',
    setup: () => act(two, teamsGame(two), { type: 'endMoves', role: 'north' }),
    action: choose('north', 'joint-patrols'),
    reason: { code: 'already-done', role: 'north' },
  },
  {
    code: 'already-done',
    setup: () => act(two, teamsGame(two), { type: 'endMoves', role: 'north' }),
    action: { type: 'endMoves', role: 'north' },
    reason: { code: 'already-done', role: 'north' },
  },
  {
    code: 'already-chosen',
    setup: () => act(two, teamsGame(two), choose('north', 'joint-patrols')),
    action: choose('north', 'joint-patrols'),
    reason: { code: 'already-chosen', option: 'joint-patrols' },
  },
  {
    code: 'no-moves-left',
    setup: () =>
      act(two, teamsGame(two), choose('north', 'joint-patrols'), choose('north', 'surveillance')),
    action: choose('north', 'sign-treaty'),
    reason: { code: 'no-moves-left', role: 'north', limit: 2 },
  },
  {
    code: 'requirement-unmet',
    setup: () => teamsGame(two),
    action: choose('north', 'strike'),
    reason: { code: 'requirement-unmet', option: 'strike' },
  },
  {
    code: 'cannot-afford',
    setup: () => withValues(two, teamsGame(two), { resources: { north: { capital: 0 } } }),
    action: choose('north', 'joint-patrols'),
    reason: {
      code: 'cannot-afford',
      option: 'joint-patrols',
      resource: 'capital',
      cost: 1,
      available: 0,
    },
  },
  {
    code: 'max-uses',
    setup: () => playTurn(two, teamsGame(two), { north: ['joint-patrols', 'sign-treaty'] }),
    action: choose('north', 'sign-treaty'),
    reason: { code: 'max-uses', option: 'sign-treaty', limit: 1, used: 1 },
  },
  {
    code: 'unknown-move',
    setup: () => inRespond('joint-patrols'),
    action: { type: 'respond', role: 'south', move: 7, answer: 'accept' },
    reason: { code: 'unknown-move', move: 7 },
  },
  {
    code: 'unknown-move',
    setup: () => inRespond('joint-patrols'),
    action: { type: 'respond', role: 'north', move: 0, answer: 'accept' },
    reason: { code: 'unknown-move', move: 0 },
  },
  {
    code: 'unknown-answer',
    setup: () => inRespond('joint-patrols'),
    action: { type: 'respond', role: 'south', move: 0, answer: 'welcome' },
    reason: { code: 'unknown-answer', answer: 'welcome' },
  },
  {
    code: 'answer-unavailable',
    setup: () => inRespond('joint-patrols'),
    action: { type: 'respond', role: 'south', move: 0, answer: 'accept-with-conditions' },
    reason: { code: 'answer-unavailable', answer: 'accept-with-conditions' },
  },
  {
    code: 'already-answered',
    setup: () =>
      act(two, inRespond('joint-patrols', 'surveillance'), {
        type: 'respond',
        role: 'south',
        move: 0,
        answer: 'accept',
      }),
    action: { type: 'respond', role: 'south', move: 0, answer: 'accept' },
    reason: { code: 'already-answered', move: 0 },
  },
];

describe('rejected actions', () => {
  it.each(rows)('$code: $action.type', ({ setup, action, reason }) => {
    const state = setup();
    const before = hashState(state);
    const result = step(two, state, action);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toEqual(reason);
    expect(result.state).toBe(state);
    expect(hashState(state)).toBe(before);
  });

  it('covers every reason code', () => {
    const codes: RejectReason['code'][] = [
      'game-over',
      'wrong-phase',
      'not-human',
      'unknown-role',
      'unknown-option',
      'wrong-role',
      'already-done',
      'already-chosen',
      'no-moves-left',
      'requirement-unmet',
      'cannot-afford',
      'max-uses',
      'unknown-move',
      'unknown-answer',
      'answer-unavailable',
      'already-answered',
    ];
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(codes));
  });
});
