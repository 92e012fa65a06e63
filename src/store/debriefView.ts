/**
 * The debrief's view model: outcome and scores (from the engine's `gameResult`), the
 * path on the plane, the timeline with hidden meters revealed, the record, the expert
 * assessments for the options chosen, the questions and the model notes that apply.
 */
import type { Scenario } from '../data/schema';
import {
  gameResult,
  meterValue,
  outcomeAt,
  type CompiledScenario,
  type MeterValues,
} from '../engine';
import type { GameState } from '../engine/types';
import { evidenceById, optionLabel, receiptsOf, type EvidenceView, type Receipt } from './receipts';
import {
  meterViews,
  reportView,
  roleName,
  turnInfo,
  type MeterView,
  type ReportView,
} from './turnViews';

export type PathPoint = {
  /** 0 for the start, then the turn whose end the point marks. */
  turn: number;
  label: string;
  x: number;
  y: number;
  regionLabel: string;
};

export type DebriefView = {
  scenarioTitle: string;
  ended: boolean;
  outcome: { id: string; label: string; text: string; receipts: Receipt[] };
  scores: { role: string; name: string; objectives: string; score: number; player: boolean }[];
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

/** The start, then the meters at the end of each resolved turn, on the plane's axes. */
export function planePath(scenario: Scenario, state: GameState): PathPoint[] {
  const start = Object.fromEntries(scenario.meters.map((m) => [m.id, m.start]));
  const point = (turn: number, label: string, meters: MeterValues): PathPoint => ({
    turn,
    label,
    x: meterValue(scenario, meters, scenario.plane.x),
    y: meterValue(scenario, meters, scenario.plane.y),
    regionLabel: outcomeAt(scenario, meters).label,
  });
  return [
    point(0, 'start', start),
    ...state.history.map((r) => point(r.turn, turnInfo(scenario, r.turn).label, r.meters)),
  ];
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

export function debriefView(compiled: CompiledScenario, state: GameState): DebriefView {
  const scenario = compiled.source;
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
      player: humans.includes(s.role),
    })),
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
