/**
 * Types of the engine's state, actions and events. The state is plain JSON (so it can
 * be hashed, saved and compared); the scenario is passed beside it, never copied in.
 */
import type { Citation } from '../data/schema';

export type Mode = 'solo' | 'teams';
export type Controller = 'human' | 'computer';

/** Phases of a turn, in order. Briefing events are applied when a turn opens. */
export type Phase = 'decide' | 'respond' | 'ended';

export type GameConfig = {
  /** Roles played by people; every other role is played by the computer. */
  humanRoles: string[];
  mode: Mode;
  seed: number;
  /**
   * Whether changes are explained (trace entries with their rule texts). Default true,
   * as in the game. False is for bulk simulation: no trace entries are written, and
   * everything else (meters, flags, resources, rolls, every draw of the generator,
   * moves, answers, events, outcome) is exactly as with explanations. Only `false` is
   * kept in a game's config, so an explained game's state and save are unchanged.
   */
  explain?: boolean;
};

export type Move = {
  role: string;
  option: string;
};

/** A move awaiting (or having received) the other side's answer. */
export type PendingResponse = {
  /** Index of the move in the turn's move list. */
  move: number;
  /** The role that answers. */
  responder: string;
  /** The response rule that matched. */
  rule: string;
  /** The answer chosen, once chosen. */
  answer?: string;
};

export type DelayedEffect = {
  /** Turn (1-based) at whose resolution the effects apply. */
  dueTurn: number;
  label: string;
  cause: Cause;
  /** Index path into the cause's effect list, so the effects are looked up, not copied. */
  effectPath: number[];
};

export type Cause =
  | { kind: 'option'; role: string; option: string }
  | { kind: 'answer'; role: string; rule: string; answer: string; toOption: string }
  | { kind: 'event'; event: string }
  | { kind: 'regen'; role: string };

/** One explained change: the trace the report and the debrief are built from. */
export type TraceEntry = {
  turn: number;
  target: { kind: 'meter' | 'resource' | 'flag'; id: string; role?: string };
  before: number | boolean;
  after: number | boolean;
  /** The change after scaling and clamping (0 for flags). */
  delta: number;
  cause: Cause;
  /** How the number came about: the rule text plus any scaling, chance or delay. */
  rule: string;
  /** The `why` text of the effect, when the author wrote one. */
  why?: string;
  /** Set when the change came from an earlier turn's delayed effect. */
  delayedFrom?: number;
  cites: Citation[];
};

export type TurnRecord = {
  turn: number;
  events: string[];
  moves: Move[];
  responses: PendingResponse[];
  /** Chance rolls made this turn: label and result, for the report. */
  rolls: { label: string; cause: Cause; chance: number; success: boolean }[];
  trace: TraceEntry[];
  /** Meters at the end of the turn (after resolution), by scenario meter order. */
  meters: number[];
};

export type GameState = {
  saveVersion: 1;
  scenarioId: string;
  scenarioVersion: string;
  config: GameConfig;
  /** 32-bit state of the seeded generator, as a signed integer (see rng.ts). */
  rng: number;
  /** 1-based turn number. */
  turn: number;
  phase: Phase;
  /** Meter values by scenario meter order (ScenarioIndex.meterIds). */
  meters: number[];
  /** Flag values by scenario flag order (ScenarioIndex.flagIds). */
  flags: boolean[];
  /** role index → resource index → amount (scenario role order, each role's resource order) */
  resources: number[][];
  /** Moves chosen this turn, in order. */
  moves: Move[];
  /** Roles that have finished choosing this turn. */
  movesDone: string[];
  /** Responses owed this turn (phase respond). */
  responses: PendingResponse[];
  delayed: DelayedEffect[];
  /** Events fired so far (ids), for `once` events. */
  firedEvents: string[];
  /** The turn being played, its briefing events and trace so far. */
  current: TurnRecord;
  history: TurnRecord[];
};

export type Action =
  | { type: 'chooseOption'; role: string; option: string }
  | { type: 'endMoves'; role: string }
  | { type: 'respond'; role: string; move: number; answer: string };

export type RejectReason =
  | { code: 'game-over' }
  | { code: 'wrong-phase'; phase: Phase }
  | { code: 'not-human'; role: string }
  | { code: 'unknown-role'; role: string }
  | { code: 'unknown-option'; option: string }
  | { code: 'wrong-role'; option: string; role: string }
  | { code: 'already-done'; role: string }
  | { code: 'already-chosen'; option: string }
  | { code: 'no-moves-left'; role: string }
  | { code: 'requirement-unmet'; option: string }
  | { code: 'cannot-afford'; option: string; resource: string }
  | { code: 'max-uses'; option: string }
  | { code: 'unknown-move'; move: number }
  | { code: 'unknown-answer'; answer: string }
  | { code: 'answer-unavailable'; answer: string }
  | { code: 'already-answered'; move: number };

/** Past-tense events returned by `step`, for views and logs. */
export type GameEvent =
  | { type: 'optionChosen'; role: string; option: string; turn: number }
  | { type: 'movesEnded'; role: string; turn: number }
  | { type: 'responseGiven'; role: string; move: number; answer: string; turn: number }
  | { type: 'turnResolved'; record: TurnRecord }
  | { type: 'turnBegan'; turn: number; events: string[] }
  | { type: 'gameEnded'; outcome: string };

export type StepResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; state: GameState; reason: RejectReason };

/** A save: everything needed to rebuild a game by replay. */
export type SaveFile = {
  saveVersion: 1;
  scenarioId: string;
  scenarioVersion: string;
  config: GameConfig;
  log: Action[];
};

export type RoleScore = {
  role: string;
  /** 0–100: how well the final meters meet the role's objectives. */
  score: number;
};

export type GameResult = {
  outcome: string;
  scores: RoleScore[];
  meters: Record<string, number>;
};
