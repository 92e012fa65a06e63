/**
 * View models of a turn's screens — decide, respond, report — derived from the engine's
 * state with the engine's own functions (option availability, answer choices, trace).
 * The UI renders them; it decides nothing.
 */
import type { Answer, Condition, Option, Scenario } from '../data/schema';
import {
  answerChoices,
  meterValue,
  optionStatus,
  outcomeAt,
  resourceAmount,
  step,
  type CompiledScenario,
  type MeterValues,
} from '../engine';
import type {
  Cause,
  GameState,
  Move,
  OptionBlock,
  Roll,
  TraceEntry,
  TurnRecord,
} from '../engine/types';
import { causeCites, entryWhy } from '../engine/causes';
import {
  disputesAbout,
  evidenceById,
  eventsById,
  receiptsOf,
  statementView,
  type DisputeView,
  type EventView,
  type EvidenceView,
  type Receipt,
  type StatementView,
} from './receipts';

export type TurnInfo = {
  number: number;
  total: number;
  label: string;
  date?: string;
  hypothetical: boolean;
};

export type MeterView = {
  id: string;
  label: string;
  description: string;
  value: number;
  min: number;
  max: number;
  hidden: boolean;
  /** On an axis of the cooperation × sovereignty plane (or whatever the scenario names). */
  primary: boolean;
};

export type ResourceView = { id: string; label: string; value: number; max: number };

/**
 * One change, as the report and the debrief show it: the engine's trace entry (which
 * the UI words through src/words) with the labels and receipts it points to.
 */
export type ChangeView = {
  entry: TraceEntry;
  target: { kind: 'meter' | 'resource' | 'flag'; id: string; label: string; roleName?: string };
  before: number | boolean;
  after: number | boolean;
  delta: number;
  cause: Cause;
  why?: string;
  /** The turn whose delayed effect this is. */
  delayedFrom?: { turn: number; label: string };
  receipts: Receipt[];
};

export type OptionBrief = {
  id: string;
  label: string;
  summary: string;
  tags: string[];
  hypothetical: boolean;
  status?: string;
  receipts: Receipt[];
};

export type AnswerView = {
  id: string;
  kind: string;
  label: string;
  statement: StatementView;
  assumption: boolean;
  receipts: Receipt[];
};

export type ResponseView = { responder: string; responderName: string; answer?: AnswerView };

export type MoveView = {
  index: number;
  role: string;
  roleName: string;
  /** For an earlier secret move come to light: the month it was made in. */
  madeIn?: string;
  option: OptionBrief;
  responses: ResponseView[];
};

export type ArgumentView = {
  advisor: { id: string; name: string; title: string; composite: boolean };
  stance: 'for' | 'against';
  text: string;
  evidence: EvidenceView[];
};

/** What an option requires, as its author wrote it or as a condition to word. */
export type Requirement = { text: string } | { condition: Condition };

export type OptionView = OptionBrief & {
  requirement?: Requirement;
  cost: { resource: string; label: string; amount: number }[];
  maxUses?: number;
  selected: boolean;
  /** Can be ticked now, given the picks already made. Always true for a picked option. */
  available: boolean;
  /** Why not: the engine's reasons, which the UI words. */
  blocks: readonly OptionBlock[];
  arguments: ArgumentView[];
  disputes: DisputeView[];
};

export type DecideView = {
  role: string;
  roleName: string;
  turn: TurnInfo;
  events: (EventView & { changes: ChangeView[] })[];
  /** Changes at the opening of the month not caused by an event (regained resources). */
  openingChanges: ChangeView[];
  meters: MeterView[];
  hiddenMeters: number;
  /** The outcome region the primary meters stand in now. */
  region: string;
  resources: ResourceView[];
  movesPerTurn: number;
  picks: string[];
  options: OptionView[];
};

export type RespondView = {
  role: string;
  roleName: string;
  turn: TurnInfo;
  /** The other sides' moves, with the answers this role owes (choices) where it owes one. */
  theirMoves: (MoveView & { choices?: (AnswerView & { available: boolean })[] })[];
  /** This role's own moves, with answers already given by the computer. */
  ownMoves: MoveView[];
  meters: MeterView[];
  hiddenMeters: number;
  /** The outcome region the primary meters stand in now. */
  region: string;
};

/** Changes of a turn that share a cause (a move, an answer, an event, or a delayed effect). */
export type ChangeGroup = {
  cause: Cause;
  delayedFrom?: { turn: number; label: string };
  changes: ChangeView[];
  /** The group's citations, each once. */
  receipts: Receipt[];
};

/** A meter's movement over the month, start to end. */
export type NetChange = { id: string; label: string; before: number; after: number; delta: number };

export type ReportView = {
  turn: TurnInfo;
  events: EventView[];
  moves: MoveView[];
  changes: ChangeView[];
  /** The same changes grouped by cause, in the order the causes first acted. */
  groups: ChangeGroup[];
  /** Each visible meter's value before and after the month. */
  net: NetChange[];
  /** Changes to hidden meters, left out until the debrief. */
  hiddenChanges: number;
  rolls: Roll[];
  meters: MeterView[];
  hiddenMeters: number;
  last: boolean;
};

// ---------------------------------------------------------------------------
// Shared pieces

export function roleName(scenario: Scenario, id: string): string {
  return scenario.roles.find((r) => r.id === id)?.name ?? id;
}

/**
 * How many months a game of `config` runs: its chosen length's, or the whole calendar's
 * (the engine's `finalTurn`, read from the scenario as written).
 */
export function gameTurns(scenario: Scenario, config: GameState['config']): number {
  const length = scenario.calendar.lengths.find((l) => l.id === config.length);
  return length?.turns ?? scenario.calendar.turns.length;
}

/** Month `turn` of the calendar, as month `number` of `total` (the game's length). */
export function turnInfo(
  scenario: Scenario,
  turn: number,
  total = scenario.calendar.turns.length,
): TurnInfo {
  const def = scenario.calendar.turns[turn - 1];
  return {
    number: turn,
    total,
    label: def?.label ?? String(turn),
    ...(def?.date !== undefined ? { date: def.date } : {}),
    hypothetical: def?.hypothetical ?? false,
  };
}

/** Whether `meter` is hidden during play from one of `viewers` (or from everyone). */
function hiddenFrom(meter: Scenario['meters'][number], viewers: readonly string[]): boolean {
  return meter.hidden || meter.hiddenFrom.some((role) => viewers.includes(role));
}

/**
 * Meters with values; unless `reveal` (the debrief), without those hidden from one of
 * `viewers` (the roles looking at the screen) or from everyone.
 */
export function meterViews(
  scenario: Scenario,
  values: MeterValues,
  reveal: boolean,
  viewers: readonly string[] = [],
): MeterView[] {
  return scenario.meters
    .filter((m) => reveal || !hiddenFrom(m, viewers))
    .map((m) => ({
      id: m.id,
      label: m.label,
      description: m.description,
      value: meterValue(scenario, values, m.id),
      min: m.min,
      max: m.max,
      hidden: m.hidden,
      primary: m.id === scenario.plane.x || m.id === scenario.plane.y,
    }));
}

export function hiddenMeterCount(scenario: Scenario, viewers: readonly string[] = []): number {
  return scenario.meters.filter((m) => hiddenFrom(m, viewers)).length;
}

function answerOf(scenario: Scenario, rule: string, answer: string): Answer | undefined {
  return scenario.responses.find((r) => r.id === rule)?.answers.find((a) => a.id === answer);
}

function targetLabel(scenario: Scenario, target: TraceEntry['target']): string {
  if (target.kind === 'meter')
    return scenario.meters.find((m) => m.id === target.id)?.label ?? target.id;
  if (target.kind === 'flag')
    return scenario.flags.find((f) => f.id === target.id)?.label ?? target.id;
  for (const role of scenario.roles) {
    const resource = role.resources.find((r) => r.id === target.id);
    if (resource) return resource.label;
  }
  return target.id;
}

export function isHiddenTarget(
  scenario: Scenario,
  target: TraceEntry['target'],
  viewers: readonly string[] = [],
): boolean {
  return (
    target.kind === 'meter' &&
    scenario.meters.some((m) => m.id === target.id && hiddenFrom(m, viewers))
  );
}

export function changeView(scenario: Scenario, entry: TraceEntry): ChangeView {
  const why = entryWhy(scenario, entry);
  return {
    entry,
    target: {
      kind: entry.target.kind,
      id: entry.target.id,
      label: targetLabel(scenario, entry.target),
      ...(entry.target.kind === 'resource'
        ? { roleName: roleName(scenario, entry.target.role) }
        : {}),
    },
    before: entry.before,
    after: entry.after,
    delta: entry.delta,
    cause: entry.cause,
    ...(why !== undefined ? { why } : {}),
    ...(entry.delayedFrom !== undefined
      ? {
          delayedFrom: {
            turn: entry.delayedFrom,
            label: turnInfo(scenario, entry.delayedFrom).label,
          },
        }
      : {}),
    receipts: receiptsOf(scenario, [...causeCites(scenario, entry.cause)]),
  };
}

/**
 * Trace entries as changes; unless `reveal`, those to hidden meters and those caused by
 * secret moves (`secret`) are left out and counted.
 */
export function changeViews(
  scenario: Scenario,
  trace: readonly TraceEntry[],
  reveal: boolean,
  secret: (cause: Cause) => boolean = () => false,
  viewers: readonly string[] = [],
): { changes: ChangeView[]; hidden: number } {
  const changes: ChangeView[] = [];
  let hidden = 0;
  for (const entry of trace) {
    const unseen = isHiddenTarget(scenario, entry.target, viewers) || secret(entry.cause);
    if (!reveal && unseen) hidden += 1;
    else changes.push(changeView(scenario, entry));
  }
  return { changes, hidden };
}

/**
 * Who looks at a shared report: the roles people play (in a two-team game, both teams
 * see it, so what is hidden from either stays hidden), and what is still secret from them.
 */
export function audienceOf(state: GameState): {
  viewers: readonly string[];
  secret: ReturnType<typeof secretMoves>;
} {
  const viewers = state.config.humanRoles;
  return { viewers, secret: secretMoves(state, viewers) };
}

/**
 * Whether a move of `turn` is, as things stand in `state`, still secret from one of
 * `viewers` (the people looking at a shared screen), and so whether the causes it set
 * going must stay out of sight.
 */
export function secretMoves(
  state: GameState,
  viewers: readonly string[],
): {
  move: (turn: number, index: number) => boolean;
  cause: (turn: number, cause: Cause) => boolean;
} {
  const hiddenSecrets = state.secrets.filter(
    (s) => s.revealed === null && s.from.some((r) => viewers.includes(r)),
  );
  return {
    move: (turn, index) => hiddenSecrets.some((s) => s.turn === turn && s.move === index),
    cause: (turn, cause) =>
      hiddenSecrets.some(
        (s) =>
          s.turn === turn &&
          ((cause.kind === 'option' && cause.option === s.option && cause.role === s.role) ||
            (cause.kind === 'answer' && cause.toOption === s.option)),
      ),
  };
}

export function optionBrief(option: Option, scenario: Scenario): OptionBrief {
  return {
    id: option.id,
    label: option.label,
    summary: option.summary,
    tags: [...option.tags],
    hypothetical: option.hypothetical,
    ...(option.status !== undefined ? { status: option.status } : {}),
    receipts: receiptsOf(scenario, option.cites),
  };
}

export function answerView(scenario: Scenario, answer: Answer): AnswerView {
  return {
    id: answer.id,
    kind: answer.kind,
    label: answer.label,
    statement: statementView(scenario, answer.statement),
    assumption: answer.assumption,
    receipts: receiptsOf(scenario, answer.cites),
  };
}

type MovesSource = Pick<TurnRecord, 'moves' | 'exposed' | 'responses'>;

/**
 * The moves of a turn with their answers. `showAnswer` decides, per responder, whether
 * its answer may be shown (a human team's answer stays private until the report).
 */
export function moveViews(
  scenario: Scenario,
  source: MovesSource,
  showAnswer: (responder: string) => boolean,
  hidden: (index: number) => boolean = () => false,
): MoveView[] {
  // The turn's own moves, then the earlier secret moves that came to light and are
  // answered in it (the numbering answers use).
  const all: (Move & { cameToLight?: number })[] = [
    ...source.moves,
    ...source.exposed.map((m) => ({ role: m.role, option: m.option, cameToLight: m.turn })),
  ];
  return all.flatMap((move, index) => {
    if (hidden(index)) return [];
    const option = scenario.options.find((o) => o.id === move.option);
    const view: MoveView = {
      index,
      role: move.role,
      roleName: roleName(scenario, move.role),
      ...(move.cameToLight !== undefined
        ? { madeIn: turnInfo(scenario, move.cameToLight).label }
        : {}),
      option: option
        ? optionBrief(option, scenario)
        : {
            id: move.option,
            label: move.option,
            summary: '',
            tags: [],
            hypothetical: false,
            receipts: [],
          },
      responses: source.responses
        .filter((r) => r.move === index)
        .map((r) => {
          const answer =
            r.answer !== undefined && showAnswer(r.responder)
              ? answerOf(scenario, r.rule, r.answer)
              : undefined;
          return {
            responder: r.responder,
            responderName: roleName(scenario, r.responder),
            ...(answer ? { answer: answerView(scenario, answer) } : {}),
          };
        }),
    };
    return [view];
  });
}

// ---------------------------------------------------------------------------
// Decide

/**
 * Applies tentative picks to a scratch copy of the state with the engine's own `step`,
 * so availability after them (moves left, capital left) is the engine's answer. Picks
 * the engine refuses are dropped.
 */
export function applyPicks(
  compiled: CompiledScenario,
  state: GameState,
  role: string,
  picks: readonly string[],
): { state: GameState; picks: string[] } {
  let scratch = state;
  const accepted: string[] = [];
  for (const option of picks) {
    const result = step(compiled, scratch, { type: 'chooseOption', role, option });
    if (!result.ok) continue;
    scratch = result.state;
    accepted.push(option);
  }
  return { state: scratch, picks: accepted };
}

function argumentsFor(scenario: Scenario, role: string, option: string): ArgumentView[] {
  const list: ArgumentView[] = [];
  for (const advisor of scenario.advisors) {
    if (advisor.role !== role) continue;
    for (const argument of advisor.arguments) {
      if (argument.option !== option) continue;
      list.push({
        advisor: {
          id: advisor.id,
          name: advisor.name,
          title: advisor.title,
          composite: advisor.composite,
        },
        stance: argument.stance,
        text: argument.text,
        evidence: argument.evidence.flatMap((id) => {
          const card = evidenceById(scenario, id);
          return card ? [card] : [];
        }),
      });
    }
  }
  return list;
}

function resourceLabel(scenario: Scenario, role: string, id: string): string {
  return scenario.roles.find((r) => r.id === role)?.resources.find((r) => r.id === id)?.label ?? id;
}

export function resourceViews(
  compiled: CompiledScenario,
  state: GameState,
  role: string,
): ResourceView[] {
  const def = compiled.source.roles.find((r) => r.id === role);
  return (def?.resources ?? []).map((r) => ({
    id: r.id,
    label: r.label,
    value: resourceAmount(compiled, state, role, r.id),
    max: r.max,
  }));
}

/** The decision screen of `role`, with `picks` ticked (in the order ticked). */
export function decideView(
  compiled: CompiledScenario,
  state: GameState,
  role: string,
  picks: readonly string[],
): DecideView {
  const scenario = compiled.source;
  const applied = applyPicks(compiled, state, role, picks);
  const statuses = optionStatus(compiled, applied.state, role);
  const openingTrace = state.current.trace.filter(
    (e) => !isHiddenTarget(scenario, e.target, [role]),
  );
  return {
    role,
    roleName: roleName(scenario, role),
    turn: turnInfo(scenario, state.turn, gameTurns(scenario, state.config)),
    events: eventsById(scenario, state.current.events).map((event) => ({
      ...event,
      changes: openingTrace
        .filter((e) => e.cause.kind === 'event' && e.cause.event === event.id)
        .map((e) => changeView(scenario, e)),
    })),
    openingChanges: openingTrace
      .filter((e) => e.cause.kind === 'renewal' && e.cause.role === role)
      .map((e) => changeView(scenario, e)),
    meters: meterViews(scenario, state.meters, false, [role]),
    hiddenMeters: hiddenMeterCount(scenario, [role]),
    region: outcomeAt(scenario, state.meters).label,
    resources: resourceViews(compiled, applied.state, role),
    movesPerTurn:
      compiled.roles[compiled.roleIndex.get(role) ?? -1]?.movesPerTurn ??
      scenario.calendar.movesPerTurn,
    picks: applied.picks,
    options: statuses.map(({ option: def, blocks }) => {
      const option = def.source;
      const selected = applied.picks.includes(option.id);
      const requirement: Requirement | undefined =
        option.requiresText !== undefined
          ? { text: option.requiresText }
          : option.requires !== undefined
            ? { condition: option.requires }
            : undefined;
      return {
        ...optionBrief(option, scenario),
        ...(requirement !== undefined ? { requirement } : {}),
        cost: Object.entries(option.cost)
          .filter(([, amount]) => amount > 0)
          .map(([resource, amount]) => ({
            resource,
            label: resourceLabel(scenario, role, resource),
            amount,
          })),
        ...(option.maxUses !== undefined ? { maxUses: option.maxUses } : {}),
        selected,
        available: selected || blocks.length === 0,
        blocks: selected ? [] : blocks,
        arguments: argumentsFor(scenario, role, option.id),
        disputes: disputesAbout(scenario, [option.id]),
      };
    }),
  };
}

// ---------------------------------------------------------------------------
// Respond

/** The answer screen of `role`: the other side's moves and the answers it owes. */
export function respondView(
  compiled: CompiledScenario,
  state: GameState,
  role: string,
): RespondView {
  const scenario = compiled.source;
  const humans = state.config.humanRoles;
  // Another human team's answers stay private until the report; the computer's are public.
  const showAnswer = (responder: string) => responder === role || !humans.includes(responder);
  // A move still secret from this role is not shown to it.
  const secret = secretMoves(state, [role]);
  const moves = moveViews(scenario, { ...state, exposed: state.exposed }, showAnswer, (i) =>
    secret.move(state.turn, i),
  );
  return {
    role,
    roleName: roleName(scenario, role),
    turn: turnInfo(scenario, state.turn, gameTurns(scenario, state.config)),
    theirMoves: moves
      .filter((m) => m.role !== role)
      .map((m) => {
        const owed = state.responses.find(
          (r) => r.move === m.index && r.responder === role && r.answer === undefined,
        );
        if (!owed) return m;
        return {
          ...m,
          choices: answerChoices(compiled, state, m.index, role).map(({ answer, available }) => ({
            ...answerView(scenario, answerOf(scenario, answer.rule, answer.id)!),
            available,
          })),
        };
      }),
    ownMoves: moves.filter((m) => m.role === role),
    meters: meterViews(scenario, state.meters, false, [role]),
    hiddenMeters: hiddenMeterCount(scenario, [role]),
    region: outcomeAt(scenario, state.meters).label,
  };
}

// ---------------------------------------------------------------------------
// Report

/** Groups changes by cause (and delay), keeping first-seen order and each receipt once. */
export function groupChanges(changes: readonly ChangeView[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = JSON.stringify([change.cause, change.delayedFrom?.turn ?? 0]);
    let group = groups.get(key);
    if (!group) {
      group = {
        cause: change.cause,
        ...(change.delayedFrom ? { delayedFrom: change.delayedFrom } : {}),
        changes: [],
        receipts: [],
      };
      groups.set(key, group);
    }
    group.changes.push(change);
    for (const receipt of change.receipts) {
      const text = JSON.stringify(receipt);
      if (!group.receipts.some((r) => JSON.stringify(r) === text)) group.receipts.push(receipt);
    }
  }
  return [...groups.values()];
}

/**
 * The report of a resolved turn; `reveal` includes hidden meters (the debrief).
 * `before` holds the meters at the end of the previous turn (the starts for the first);
 * `total` is the game's number of months (the whole calendar without it).
 */
export function reportView(
  scenario: Scenario,
  record: TurnRecord,
  reveal = false,
  before?: MeterValues,
  audience?: { viewers: readonly string[]; secret: ReturnType<typeof secretMoves> },
  total = scenario.calendar.turns.length,
): ReportView {
  // Secret moves (and what they and the answers to them changed) and the meters hidden
  // from the people looking stay out of sight.
  const secret = audience?.secret;
  const viewers = audience?.viewers ?? [];
  const hiddenCause = (cause: Cause) => secret?.cause(record.turn, cause) ?? false;
  const { changes, hidden } = changeViews(scenario, record.trace, reveal, hiddenCause, viewers);
  // Before the first month, every meter at its start.
  const start: MeterValues = before ?? {};
  return {
    turn: turnInfo(scenario, record.turn, total),
    events: eventsById(scenario, record.events),
    moves: moveViews(
      scenario,
      record,
      () => true,
      (i) => (reveal ? false : (secret?.move(record.turn, i) ?? false)),
    ),
    changes,
    groups: groupChanges(changes),
    net: scenario.meters
      .filter((m) => reveal || !hiddenFrom(m, viewers))
      .map((m) => {
        const from = meterValue(scenario, start, m.id);
        const to = meterValue(scenario, record.meters, m.id);
        return { id: m.id, label: m.label, before: from, after: to, delta: to - from };
      }),
    hiddenChanges: hidden,
    rolls: reveal ? record.rolls : record.rolls.filter((r) => !hiddenCause(r.cause)),
    meters: meterViews(scenario, record.meters, reveal, viewers),
    hiddenMeters: reveal ? 0 : hiddenMeterCount(scenario, viewers),
    last: record.turn >= total,
  };
}

/** One of the month's lines: a cause and the visible meter changes it made, largest first. */
export type MonthLine = { cause: Cause; changes: ChangeView[]; weight: number };

/**
 * The month in (at most) `count` lines: the causes whose visible meter changes mattered
 * most, each with its changes largest first. A change weighs its size against its
 * meter's range; a cause weighs the sum of its changes. Causes that only moved
 * resources or flags are left to the full trace.
 */
export function monthLines(scenario: Scenario, view: ReportView, count = 3): MonthLine[] {
  const range = (id: string) => {
    const m = scenario.meters.find((x) => x.id === id);
    return m ? Math.max(1e-9, m.max - m.min) : 1;
  };
  const lines: MonthLine[] = [];
  for (const group of view.groups) {
    const changes = group.changes
      .filter((c) => c.target.kind === 'meter' && c.delta !== 0)
      .sort(
        (a, b) => Math.abs(b.delta) / range(b.target.id) - Math.abs(a.delta) / range(a.target.id),
      );
    if (changes.length === 0) continue;
    const weight = changes.reduce((sum, c) => sum + Math.abs(c.delta) / range(c.target.id), 0);
    lines.push({ cause: group.cause, changes, weight });
  }
  return lines.sort((a, b) => b.weight - a.weight).slice(0, count);
}
