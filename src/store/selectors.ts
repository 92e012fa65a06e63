/**
 * Selectors over the app store: which screen of a turn is up, whose turn it is, and the
 * stage's view. Everything the screens show is derived here or in the view modules,
 * from the engine's functions; nothing is stored twice.
 */
import { fit, legalActions, meterValue, scoreRole, type CompiledScenario } from '../engine';
import type { GameState } from '../engine/types';
import type { AppState, ScreenName } from './appStore';
import type { MarkerIcon } from '../data';
import type { MapData } from '../data/mapTypes';
import { planePath } from './planePath';
import { isPlayable, type ScenarioListing } from './scenarios';
import { secretMoves } from './turnViews';

/** The screens a game moves through, derived from the engine's phase and the progress. */
export type PlayScreen = 'pass' | 'decide' | 'respond' | 'report' | 'debrief';

/** Every screen the UI can show, with a game's derived ones in place of `play`. */
export type ScreenId = Exclude<ScreenName, 'play'> | PlayScreen;

/**
 * The role that acts next, among those with a legal action (the engine decides who may
 * act): `holder` while it still has something to do, so that a team keeps the device
 * for its answers and its next moves; otherwise the next such role after `holder` in
 * scenario order, going round (the first one without a holder). Undefined once the game
 * has ended.
 */
export function activeRole(
  compiled: CompiledScenario,
  state: GameState,
  holder?: string,
): string | undefined {
  const roles = new Set(legalActions(compiled, state).map((a) => a.role));
  const order = compiled.roles.map((r) => r.id);
  const from = holder === undefined ? 0 : Math.max(0, order.indexOf(holder));
  for (let k = 0; k < order.length; k++) {
    const id = order[(from + k) % order.length]!;
    if (roles.has(id)) return id;
  }
  return undefined;
}

/**
 * The screen of a game: the next unread report first, then the debrief once the game has
 * ended; otherwise the active role's decision or answers — behind the pass-the-device
 * screen in a two-team game until that team has taken the device. A team keeps the
 * device while it has answers or moves to make, so each team's visit answers the others'
 * latest moves and then makes its own: two teams hand over twice a month.
 */
export function selectPlayScreen(app: AppState): {
  screen: PlayScreen;
  role?: string;
  report?: number;
} {
  const game = app.game?.getState();
  if (!game) return { screen: 'debrief' };
  const { compiled, state } = game;
  if (app.progress.reportsSeen < state.history.length) {
    return { screen: 'report', report: app.progress.reportsSeen };
  }
  if (state.phase === 'ended') return { screen: 'debrief' };
  const holder = state.config.mode === 'teams' ? app.unlockedRole : undefined;
  const role = activeRole(compiled, state, holder);
  if (role === undefined) return { screen: 'debrief' };
  if (state.config.mode === 'teams' && app.unlockedRole !== role) return { screen: 'pass', role };
  return { screen: state.phase === 'decide' ? 'decide' : 'respond', role };
}

export function selectScreenId(app: AppState): ScreenId {
  return app.screen === 'play' ? selectPlayScreen(app).screen : app.screen;
}

/** The role the player advises in a solo game; undefined in a two-team game. */
export function soloRole(state: GameState): string | undefined {
  return state.config.mode === 'solo' ? state.config.humanRoles[0] : undefined;
}

export type StageView = {
  screen: string;
  /** The scenario's roles. */
  countries: { id: string; name: string }[];
  focusRole?: string;
  /** The scenario's map (its roles' countries and the others it names); absent: no map. */
  map?: MapData;
  /** The month's moves and events that name a place, as markers on the map's countries. */
  markers?: StageMarker[];
  meters: {
    id: string;
    label: string;
    value: number;
    min: number;
    max: number;
    primary: boolean;
  }[];
  plane?: {
    xLabel: string;
    yLabel: string;
    xMin: number;
    xMax: number;
    yMin: number;
    yMax: number;
    path: { x: number; y: number; turn: number }[];
    regions: {
      id: string;
      label: string;
      x: { min: number; max: number };
      y: { min: number; max: number };
    }[];
  };
  reducedMotion: boolean;
  /** Changes at each phase, to trigger a transition. */
  phaseKey: string;
};

export type StageMarker = {
  /** The option's or event's id, with the kind: unique among a month's markers. */
  id: string;
  kind: 'move' | 'event';
  icon: MarkerIcon;
  /** The ISO alpha-3 code of the country it stands on. */
  country: string;
  label: string;
};

/**
 * The listing of the scenario on screen: the game's (matched by id and version), else the
 * chosen one, else the first playable (the title shows its map).
 */
function listingOnScreen(app: AppState): ScenarioListing | undefined {
  const listings = app.scenarios.flatMap((e) => (isPlayable(e) ? [e.result.listing] : []));
  const meta = app.game?.getState().scenario.meta;
  if (meta) return listings.find((l) => l.id === meta.id && l.version === meta.version);
  const chosen = app.scenarios.find((e) => e.key === app.chosenKey);
  if (isPlayable(chosen)) return chosen.result.listing;
  return app.chosenKey === undefined ? listings[0] : undefined;
}

/**
 * Markers for the month on screen: a report shows its month's events and the moves
 * made in it (a move still secret from the players is left out); a turn in play shows
 * the events that opened it. Only options and events with a `place` have one.
 */
function markersOf(app: AppState, report: number | undefined): StageMarker[] {
  const game = app.game?.getState();
  if (!game) return [];
  const { scenario, state } = game;
  const record = report !== undefined ? state.history[report] : undefined;
  const events = record ? record.events : state.phase === 'ended' ? [] : state.current.events;
  const markers: StageMarker[] = [];
  for (const id of events) {
    const event = scenario.events.find((e) => e.id === id);
    if (event?.place) {
      const { country, icon, label } = event.place;
      markers.push({
        id: `event:${id}`,
        kind: 'event',
        icon,
        country,
        label: label ?? event.title,
      });
    }
  }
  if (record) {
    const secret = secretMoves(state, state.config.humanRoles);
    record.moves.forEach((move, i) => {
      const option = scenario.options.find((o) => o.id === move.option);
      if (!option?.place || secret.move(record.turn, i)) return;
      const { country, icon, label } = option.place;
      markers.push({
        id: `move:${move.role}:${move.option}`,
        kind: 'move',
        icon,
        country,
        label: label ?? option.label,
      });
    });
  }
  return markers;
}

/** The governments of the game, or of the scenario chosen for one (from its list entry). */
function countriesOf(app: AppState): StageView['countries'] {
  const chosen = app.scenarios.find((e) => e.key === app.chosenKey);
  const roles =
    app.game?.getState().scenario.roles ?? (isPlayable(chosen) ? chosen.result.listing.roles : []);
  return roles.map((r) => ({ id: r.id, name: r.name }));
}

/**
 * What the stage draws. Meters and the plane appear only while a game is on screen
 * (its briefing, turns and debrief, or an aux screen opened from them); hidden meters are
 * left out until the debrief.
 */
export function selectStageView(app: AppState): StageView {
  const inGame = [app.screen, ...app.returnTo].some((s) => s === 'briefing' || s === 'play');
  const play = app.screen === 'play' ? selectPlayScreen(app) : undefined;
  const screen = play ? play.screen : app.screen;
  const map = listingOnScreen(app)?.map;
  const base = {
    screen,
    countries: countriesOf(app),
    ...(map ? { map } : {}),
    reducedMotion: app.settings.reducedMotion,
  };
  const game = app.game?.getState();
  if (!inGame || !game) return { ...base, meters: [], phaseKey: screen };
  const { state } = game;
  const sc = game.scenario;
  const reveal = screen === 'debrief';
  const focusRole = soloRole(state) ?? play?.role;
  // Meters hidden from the government (or team) looking stay off the stage too; on a
  // screen the teams share, those hidden from any of them.
  const privateRole =
    play?.screen === 'decide' || play?.screen === 'respond' ? play.role : undefined;
  const looking = soloRole(state) ?? privateRole;
  const viewers = looking !== undefined ? [looking] : state.config.humanRoles;
  // A report shows the month's end, before the next month's events (which the game
  // state already holds): the stage shows the same numbers as the report beside it.
  const record = play?.screen === 'report' ? state.history[play.report ?? -1] : undefined;
  const values = record?.meters ?? state.meters;
  const axis = (id: string) => sc.meters.find((m) => m.id === id);
  const x = axis(sc.plane.x);
  const y = axis(sc.plane.y);
  return {
    ...base,
    countries: sc.roles.map((r) => ({ id: r.id, name: r.name })),
    ...(focusRole !== undefined ? { focusRole } : {}),
    markers: markersOf(app, play?.report),
    meters: sc.meters
      .filter((m) => reveal || !(m.hidden || m.hiddenFrom.some((r) => viewers.includes(r))))
      .map((m) => ({
        id: m.id,
        label: m.label,
        value: meterValue(sc, values, m.id),
        min: m.min,
        max: m.max,
        primary: m.id === sc.plane.x || m.id === sc.plane.y,
      })),
    ...(x && y
      ? {
          plane: {
            xLabel: x.label,
            yLabel: y.label,
            xMin: x.min,
            xMax: x.max,
            yMin: y.min,
            yMax: y.max,
            path: planePath(sc, state)
              .filter((p) => record === undefined || p.turn <= record.turn)
              .map((p) => ({ x: p.x, y: p.y, turn: p.turn })),
            regions: sc.outcomes.map((o) => ({
              id: o.id,
              label: o.label,
              x: { min: o.x.min, max: o.x.max },
              y: { min: o.y.min, max: o.y.max },
            })),
          },
        }
      : {}),
    phaseKey: [screen, state.turn, state.phase, app.progress.reportsSeen, play?.role ?? ''].join(
      ':',
    ),
  };
}

/** One objective of a role, for the bar that stays on screen: which way, how much, and how it goes. */
export type GoalView = {
  meter: string;
  label: string;
  direction: 'high' | 'low' | 'near';
  target?: number;
  /** Among the objectives that count most (three quarters of the largest weight or more). */
  strong: boolean;
  /** How the objective stands now against the start (by the engine's `fit`); unknown for a meter hidden from the role. */
  trend: 'better' | 'worse' | 'same' | 'unknown';
};

export type ScoreView = {
  role: string;
  /** The role's score now and at the start of the game, 0–100 (the engine's `scoreRole`). */
  now: number;
  start: number;
  goals: GoalView[];
};

/**
 * A role's objectives and its score now (or at `meters`: a month's end) against the start,
 * all from the engine's scoring functions; the objectives in order of weight, the largest
 * first.
 */
export function scoreView(
  compiled: CompiledScenario,
  state: GameState,
  roleId: string,
  meters: GameState['meters'] = state.meters,
): ScoreView {
  const role = compiled.roles[compiled.roleIndex.get(roleId) ?? -1];
  const source = compiled.source;
  const goals: (GoalView & { weight: number })[] = [];
  const largest = Math.max(1, ...(role?.objectives ?? []).map((o) => Math.abs(o.weight)));
  for (const meter of compiled.meters) {
    const objective = role?.objectives[meter.index];
    if (!objective || objective.weight === 0) continue;
    const def = source.meters.find((m) => m.id === meter.id);
    const hidden = !!def && (def.hidden || def.hiddenFrom.includes(roleId));
    const now = fit(objective, meter, meterValue(compiled, meters, meter.id));
    const start = fit(objective, meter, meter.start);
    goals.push({
      meter: meter.id,
      label: def?.label ?? meter.id,
      direction: objective.target !== null ? 'near' : objective.weight > 0 ? 'high' : 'low',
      ...(objective.target !== null ? { target: objective.target } : {}),
      strong: Math.abs(objective.weight) >= largest * 0.75,
      trend: hidden
        ? 'unknown'
        : Math.abs(now - start) < 1e-9
          ? 'same'
          : now > start
            ? 'better'
            : 'worse',
      weight: Math.abs(objective.weight),
    });
  }
  return {
    role: roleId,
    now: scoreRole(compiled, meters, roleId),
    start: scoreRole(compiled, {}, roleId),
    goals: goals.sort((a, b) => b.weight - a.weight).map(({ weight: _weight, ...goal }) => goal),
  };
}
