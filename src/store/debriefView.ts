/**
 * The debrief's view model: outcome and scores (from the engine's `gameResult`), the
 * path on the plane, the timeline with hidden meters revealed, the record, the expert
 * assessments for the options chosen, the questions and the model notes that apply.
 */
import type { Scenario } from '../data/schema';
import { gameResult, scoreRole, type CompiledScenario } from '../engine';
import { scoreRange, type ScoreSpread } from '../engine/bots';
import { entryWhy } from '../engine/causes';
import type { Cause, GameState } from '../engine/types';
import { evidenceById, optionLabel, receiptsOf, type EvidenceView, type Receipt } from './receipts';
import { planePath, type PathPoint } from './planePath';

export { planePath, type PathPoint };
import {
  meterViews,
  reportView,
  roleName,
  turnInfo,
  type MeterView,
  type ReportView,
} from './turnViews';

/** The move (or answer, or event) that moved the plane most in one month. */
export type TurningPoint = {
  turn: number;
  /** The month's label. */
  label: string;
  cause: Cause;
  /** Its net change this month on the plane's axes. */
  dx: number;
  dy: number;
  /** How far that moved the game's point on the plane. */
  distance: number;
  /** The scenario's reasons for those changes, as written, each once. */
  whys: string[];
};

/** A government's score, against its start and against what the bots reach. */
export type ScoreView = {
  role: string;
  name: string;
  objectives: string;
  score: number;
  /** The score of the meters at the start. */
  start: number;
  player: boolean;
  /** The name of the team that played it, in a two-team game that named them. */
  team?: string;
  /** Scores the bots reach with this government in games of the same length. */
  range: { random: ScoreSpread; best: ScoreSpread };
};

export type DebriefView = {
  scenarioTitle: string;
  ended: boolean;
  mode: GameState['config']['mode'];
  outcome: { id: string; label: string; text: string; receipts: Receipt[] };
  scores: ScoreView[];
  turningPoint: TurningPoint | undefined;
  meters: MeterView[];
  plane: { xLabel: string; yLabel: string };
  path: PathPoint[];
  timeline: ReportView[];
  record: { date?: string; text: string; receipts: Receipt[] }[];
  assessments: { evidence: EvidenceView; options: string[] }[];
  questions: string[];
  modelNotes: { id: string; title: string; text: string; about: string[] }[];
};

function meterLabel(scenario: Scenario, id: string): string {
  return scenario.meters.find((m) => m.id === id)?.label ?? id;
}

/**
 * The turning point: of every option, answer and event in every month, the one whose
 * changes to the plane's two meters moved the game's point the farthest (the length of
 * its net change on both axes); the earliest on a tie. Drift and renewals are not moves.
 * Undefined when nothing moved the plane.
 */
export function turningPoint(scenario: Scenario, state: GameState): TurningPoint | undefined {
  const { x, y } = scenario.plane;
  let best: TurningPoint | undefined;
  for (const record of state.history) {
    const byCause = new Map<string, { cause: Cause; dx: number; dy: number; whys: string[] }>();
    for (const entry of record.trace) {
      const { target, cause } = entry;
      if (target.kind !== 'meter' || (target.id !== x && target.id !== y)) continue;
      if (cause.kind === 'drift' || cause.kind === 'renewal') continue;
      const key = JSON.stringify(cause);
      let group = byCause.get(key);
      if (!group) {
        group = { cause, dx: 0, dy: 0, whys: [] };
        byCause.set(key, group);
      }
      if (target.id === x) group.dx += entry.delta;
      if (target.id === y) group.dy += entry.delta;
      const why = entryWhy(scenario, entry);
      if (why !== undefined && !group.whys.includes(why)) group.whys.push(why);
    }
    for (const group of byCause.values()) {
      const distance = Math.hypot(group.dx, group.dy);
      if (distance > 0 && (!best || distance > best.distance)) {
        best = {
          turn: record.turn,
          label: turnInfo(scenario, record.turn).label,
          ...group,
          distance,
        };
      }
    }
  }
  return best;
}

/** The bots' ranges, by compiled scenario, role and length: each is computed once. */
const ranges = new WeakMap<CompiledScenario, Map<string, ScoreView['range']>>();

/** What the bots reach as `role` in games of `length` (cached; about a tenth of a second). */
export function botRange(
  compiled: CompiledScenario,
  role: string,
  length: GameState['config']['length'],
): ScoreView['range'] {
  let byKey = ranges.get(compiled);
  if (!byKey) {
    byKey = new Map();
    ranges.set(compiled, byKey);
  }
  const key = `${role}|${length ?? ''}`;
  let range = byKey.get(key);
  if (!range) {
    range = scoreRange(compiled, role, length);
    byKey.set(key, range);
  }
  return range;
}

/**
 * The team's name for the debrief, when the team chose one: a team that kept its
 * government's name (the default at setup) is simply "a team".
 */
function namedTeam(
  scenario: Scenario,
  teamNames: Record<string, string>,
  role: string,
): { team: string } | undefined {
  const name = teamNames[role];
  return name && name !== roleName(scenario, role) ? { team: name } : undefined;
}

/** Ids of everything that happened in the game: options chosen, answers given, events fired. */
function firedIds(state: GameState): Set<string> {
  const ids = new Set<string>();
  for (const record of state.history) {
    for (const e of record.events) ids.add(e);
    for (const m of record.moves) ids.add(m.option);
    for (const r of record.responses) if (r.answer !== undefined) ids.add(r.answer);
  }
  return ids;
}

export function debriefView(
  compiled: CompiledScenario,
  state: GameState,
  teamNames: Record<string, string> = {},
): DebriefView {
  const scenario = compiled.source;
  const startMeters = Object.fromEntries(scenario.meters.map((m) => [m.id, m.start]));
  const result = gameResult(compiled, state);
  // A named ending, or else the plane's region.
  const outcome =
    scenario.endings.find((e) => e.id === result.outcome) ??
    scenario.outcomes.find((o) => o.id === result.outcome) ??
    scenario.outcomes[0]!;
  const humans = state.config.humanRoles;
  const chosenByPlayers = new Set(
    state.history.flatMap((r) =>
      r.moves.filter((m) => humans.includes(m.role)).map((m) => m.option),
    ),
  );
  const fired = firedIds(state);
  return {
    scenarioTitle: scenario.meta.title,
    ended: state.phase === 'ended',
    mode: state.config.mode,
    outcome: {
      id: outcome.id,
      label: outcome.label,
      text: outcome.text,
      receipts: receiptsOf(scenario, outcome.cites),
    },
    scores: result.scores.map((s) => ({
      role: s.role,
      name: roleName(scenario, s.role),
      objectives: scenario.roles.find((r) => r.id === s.role)?.objectives.text ?? '',
      score: s.score,
      start: scoreRole(compiled, startMeters, s.role),
      player: humans.includes(s.role),
      ...(namedTeam(scenario, teamNames, s.role) ?? {}),
      range: botRange(compiled, s.role, state.config.length),
    })),
    turningPoint: turningPoint(scenario, state),
    meters: meterViews(scenario, state.meters, true),
    plane: {
      xLabel: meterLabel(scenario, scenario.plane.x),
      yLabel: meterLabel(scenario, scenario.plane.y),
    },
    path: planePath(scenario, state),
    timeline: state.history.map((record, i) =>
      reportView(scenario, record, true, state.history[i - 1]?.meters),
    ),
    record: scenario.debrief.record.map((r) => ({
      ...(r.date !== undefined ? { date: r.date } : {}),
      text: r.text,
      receipts: receiptsOf(scenario, r.cites),
    })),
    assessments: scenario.debrief.assessments.flatMap((a) => {
      const chosen = a.options.filter((o) => chosenByPlayers.has(o));
      const evidence = evidenceById(scenario, a.evidence);
      if (chosen.length === 0 || !evidence) return [];
      return [{ evidence, options: chosen.map((o) => optionLabel(scenario, o)) }];
    }),
    questions: [...scenario.debrief.questions],
    modelNotes: scenario.modelNotes
      .filter((n) => n.about.some((id) => fired.has(id)))
      .map((n) => ({
        id: n.id,
        title: n.title,
        text: n.text,
        about: n.about.filter((id) => fired.has(id)).map((id) => labelOf(scenario, id)),
      })),
  };
}

/** The label of an option, answer or event id (model notes may name any of them). */
function labelOf(scenario: Scenario, id: string): string {
  const option = scenario.options.find((o) => o.id === id);
  if (option) return option.label;
  for (const rule of scenario.responses) {
    const answer = rule.answers.find((a) => a.id === id);
    if (answer) return answer.label;
  }
  return scenario.events.find((e) => e.id === id)?.title ?? id;
}
