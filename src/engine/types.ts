/**
 * Types of the engine's state, its trace and its answers. The state is plain JSON (so it
 * can be hashed and compared); the compiled scenario is passed beside it, never copied in.
 *
 * Everything here is data: ids, numbers, codes and index paths into the scenario. The
 * engine never writes a sentence; `src/words` turns this data into words for people.
 */
import type { Action, GameConfig, Mode, SaveFile } from '../data/save';

export type { Action, GameConfig, Mode, SaveFile };

/** Phases of a turn, in order. Briefing events are applied when a turn opens. */
export type Phase = 'decide' | 'respond' | 'ended';

export type Move = { role: string; option: string };

/** An earlier secret move answered this turn by the roles it was hidden from (`from`). */
export type ExposedMove = Move & { turn: number; from: string[] };

/**
 * A covert move (an option with `secret`): made in `turn` as move number `move` of that
 * turn, hidden from the roles in `from` until it comes to light (`revealed`: the turn it
 * did). Once to light, the roles it was hidden from answer it — in its own turn if it was
 * discovered at once, else in the next turn's answers (`offered` says whether they have
 * been asked).
 */
export type Secret = {
  turn: number;
  move: number;
  role: string;
  option: string;
  from: string[];
  revealed: number | null;
  offered: boolean;
};

/** A move awaiting (or having received) another role's answer. */
export type PendingResponse = {
  /**
   * Index of the move among those answered this turn: the turn's own moves, then the
   * earlier secret moves that came to light (`GameState.exposed`).
   */
  move: number;
  /** The role that answers. */
  responder: string;
  /** The response rule that matched. */
  rule: string;
  /** The answer chosen, once chosen. */
  answer?: string;
};

/** Who or what set a change going. */
export type Cause =
  | { kind: 'option'; role: string; option: string }
  | { kind: 'answer'; role: string; rule: string; answer: string; toOption: string }
  | { kind: 'event'; event: string }
  | { kind: 'renewal'; role: string }
  | { kind: 'drift'; meter: string };

/**
 * An index path to an effect within the effect list of its cause (the option, answer or
 * event): an index into the list, then for `chance` and `if` a branch (0 then, 1 else)
 * and an index, for `after` an index into its effects. See `effectAt`.
 */
export type EffectPath = readonly number[];

export type DelayedEffect = {
  /** Turn (1-based) at whose resolution the effects apply. */
  dueTurn: number;
  cause: Cause;
  /** Path of the `after` effect, so that its effects are looked up, not copied. */
  effectPath: EffectPath;
};

export type Target =
  | { kind: 'meter'; id: string }
  | { kind: 'flag'; id: string }
  | { kind: 'resource'; id: string; role: string };

/** What kind of rule made a change, with its starting number. */
export type ChangeRule =
  /** An effect of the cause; `base` is its delta as written (0 for a flag). */
  | { kind: 'effect'; path: EffectPath; base: number }
  /** The cost of the option chosen. */
  | { kind: 'cost'; amount: number }
  /** A resource's renewal at the start of a turn. */
  | { kind: 'renewal'; perTurn: number }
  /** A meter's drift toward a value at the start of a turn. */
  | { kind: 'drift'; toward: number; by: number };

/**
 * How a change came about beyond its rule, in the order applied: the chance rolls and
 * conditions that led to the effect (outermost first), then what changed its number.
 */
export type Step =
  /** A chance effect above this one was rolled: with this probability, and the result. */
  | { kind: 'chance'; path: EffectPath; probability: number; success: boolean }
  /** An `if` effect above this one was tested. */
  | { kind: 'condition'; path: EffectPath; held: boolean }
  /** Diminishing returns: this is use number `use` (2 = the second), times `factor`. */
  | { kind: 'diminishing'; use: number; factor: number }
  /** Scaled by a meter: its value at the time and the factor that gave. */
  | { kind: 'scaled'; meter: string; value: number; factor: number }
  /** A factor above left a fraction: rounded half away from zero to this change. */
  | { kind: 'rounded'; exact: number; delta: number }
  /** The value hit the end of its range. */
  | { kind: 'capped'; bound: 'min' | 'max'; at: number };

/** One explained change: the trace the report and the debrief are built from. */
export type TraceEntry = {
  turn: number;
  target: Target;
  before: number | boolean;
  after: number | boolean;
  /** The change actually made, after every step (0 for flags). */
  delta: number;
  cause: Cause;
  rule: ChangeRule;
  steps: readonly Step[];
  /** Set when the change came from a delayed effect scheduled in that turn. */
  delayedFrom: number | undefined;
};

/**
 * A chance roll: an effect's (`path` set), an event's own chance of firing, or a secret
 * move's chance of discovery (an option's cause without a path).
 */
export type Roll = {
  cause: Cause;
  path: EffectPath | undefined;
  chance: number;
  success: boolean;
};

export type TurnRecord = {
  turn: number;
  /** Events fired when the turn opened, in order. */
  events: string[];
  moves: Move[];
  /** Earlier secret moves that came to light and were answered this turn. */
  exposed: ExposedMove[];
  responses: PendingResponse[];
  rolls: Roll[];
  trace: TraceEntry[];
  /** Meters at the end of the turn (after resolution), by scenario meter order. */
  meters: number[];
};

/**
 * How often things happened in the finished turns (see counts.ts), by their position in
 * the compiled scenario. Kept up to date at each resolution, so counting is a lookup.
 */
export type UseCounts = {
  options: number[];
  /** Answers by their number across all response rules. */
  answers: number[];
  events: number[];
  /** tag number → role index → moves by that role carrying the tag */
  tags: number[][];
};

export type GameState = {
  scenarioId: string;
  scenarioVersion: string;
  config: GameConfig;
  /** 32-bit state of the seeded generator, as a signed integer (see rng.ts). */
  rng: number;
  /** 1-based turn number. */
  turn: number;
  phase: Phase;
  /** Meter values in scenario meter order. */
  meters: number[];
  /** Flag values in scenario flag order. */
  flags: boolean[];
  /** role index → resource index → amount (scenario role order, each role's resource order) */
  resources: number[][];
  /** Moves chosen this turn, in order. */
  moves: Move[];
  /** Earlier secret moves that came to light and are answered this turn. */
  exposed: ExposedMove[];
  /** Every covert move so far, hidden or come to light. */
  secrets: Secret[];
  /** Roles that have finished choosing this turn. */
  movesDone: string[];
  /** Responses owed this turn (phase respond). */
  responses: PendingResponse[];
  delayed: DelayedEffect[];
  /** Counts over `history`. */
  uses: UseCounts;
  /** The turn being played: its briefing events and trace so far. */
  current: TurnRecord;
  history: TurnRecord[];
};

/** Why a role may not choose an option now (all that apply are listed). */
export type OptionBlock =
  | { code: 'game-over' }
  | { code: 'wrong-phase'; phase: Phase }
  | { code: 'wrong-role'; option: string; role: string }
  | { code: 'already-done'; role: string }
  | { code: 'already-chosen'; option: string }
  | { code: 'no-moves-left'; role: string; limit: number }
  | { code: 'max-uses'; option: string; limit: number; used: number }
  | { code: 'requirement-unmet'; option: string }
  | {
      code: 'cannot-afford';
      option: string;
      resource: string;
      cost: number;
      available: number;
    };

/** Why `step` refused an action: the first reason found. */
export type RejectReason =
  | OptionBlock
  | { code: 'not-human'; role: string }
  | { code: 'unknown-role'; role: string }
  | { code: 'unknown-option'; option: string }
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
