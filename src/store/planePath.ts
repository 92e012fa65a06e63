/**
 * The game's path on the plane: where its two meters stood at the start and at the end of
 * each month. The stage draws it all game long and the debrief retraces it, so it lives
 * apart from the debrief's views (which load only with the debrief).
 */
import type { Scenario } from '../data/schema';
import { meterValue, outcomeAt, type MeterValues } from '../engine';
import type { GameState } from '../engine/types';
import { turnInfo } from './turnViews';

export type PathPoint = {
  /** 0 for the start, then the turn whose end the point marks. */
  turn: number;
  label: string;
  x: number;
  y: number;
  regionLabel: string;
};

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
