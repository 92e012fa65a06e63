/**
 * The results a teacher collects: a JSON file (everything about the game, with the save
 * to replay it) and a CSV table (one row per month). Both carry who played (the team or
 * student names given), the game's length and the date of the export. Pure functions of
 * the scenario, the game state and that stamp, so they are unit-tested without a browser.
 * Field names and ids are stable identifiers; the labels and the table's headings are in
 * the game's language. The JSON keeps every number exact and every id; the CSV rounds
 * numbers as the screens show them.
 */
import type { Scenario } from '../data/schema';
import {
  gameResult,
  meterValue,
  metersById,
  outcomeAt,
  scoreRole,
  type CompiledScenario,
  type MeterValues,
} from '../engine';
import type {
  Action,
  Cause,
  ChangeRule,
  EffectPath,
  GameState,
  SaveFile,
  Step,
  TurnRecord,
} from '../engine/types';
import { entryWhy } from '../engine/causes';
import { rollLabel } from '../words/trace';
import type { Translate } from '../words/messages';
import { translate } from './i18n';
import { planePath } from '../store/planePath';
import { toSave } from '../engine';

/** Who played and when the results were taken. */
export type ExportStamp = {
  /** The name of the team or student who played each role (by role id), where given. */
  names: Readonly<Record<string, string>>;
  date: Date;
};

export type ResultsFile = {
  format: 'bilateral-results';
  formatVersion: 3;
  scenario: { id: string; title: string; version: string };
  mode: string;
  seed: number;
  /** The game's length: the scenario's length id and label, and its months. */
  length: { id?: string; label: string; turns: number };
  /** The date of the export, YYYY-MM-DD (local time). */
  date: string;
  /** Each role played by people: its id, the government's name, and who played it. */
  players: { role: string; name: string; playedBy?: string }[];
  ended: boolean;
  turnsPlayed: number;
  outcome: { id: string; label: string };
  scores: { role: string; name: string; score: number; player: boolean }[];
  meters: Record<string, number>;
  path: { turn: number; label: string; x: number; y: number; region: string }[];
  turns: {
    turn: number;
    label: string;
    hypothetical: boolean;
    events: { id: string; title: string }[];
    moves: {
      role: string;
      option: string;
      label: string;
      answers: { role: string; answer: string; label: string; kind: string }[];
    }[];
    rolls: {
      label: string;
      cause: Cause;
      path?: EffectPath;
      chance: number;
      success: boolean;
    }[];
    changes: {
      kind: string;
      id: string;
      role?: string;
      label: string;
      before: number | boolean;
      after: number | boolean;
      delta: number;
      cause: Cause;
      /** The rule that made the change and how its number came about (see engine/types.ts). */
      rule: ChangeRule;
      steps: readonly Step[];
      delayedFrom?: number;
      why?: string;
    }[];
    meters: Record<string, number>;
  }[];
  /** The save file: replaying it reproduces this game exactly. */
  save: SaveFile;
};

const roleName = (scenario: Scenario, id: string) =>
  scenario.roles.find((r) => r.id === id)?.name ?? id;
const optionLabel = (scenario: Scenario, id: string) =>
  scenario.options.find((o) => o.id === id)?.label ?? id;

function answerOf(scenario: Scenario, rule: string, id: string) {
  return scenario.responses.find((r) => r.id === rule)?.answers.find((a) => a.id === id);
}

function targetLabel(scenario: Scenario, kind: string, id: string): string {
  if (kind === 'meter') return scenario.meters.find((m) => m.id === id)?.label ?? id;
  if (kind === 'flag') return scenario.flags.find((f) => f.id === id)?.label ?? id;
  for (const role of scenario.roles) {
    const resource = role.resources.find((r) => r.id === id);
    if (resource) return resource.label;
  }
  return id;
}

function turnEntry(
  t: Translate,
  scenario: Scenario,
  record: TurnRecord,
): ResultsFile['turns'][number] {
  const def = scenario.calendar.turns[record.turn - 1];
  return {
    turn: record.turn,
    label: def?.label ?? String(record.turn),
    hypothetical: def?.hypothetical ?? false,
    events: record.events.map((id) => ({
      id,
      title: scenario.events.find((e) => e.id === id)?.title ?? id,
    })),
    moves: record.moves.map((move, index) => ({
      role: move.role,
      option: move.option,
      label: optionLabel(scenario, move.option),
      answers: record.responses
        .filter((r) => r.move === index && r.answer !== undefined)
        .map((r) => {
          const answer = answerOf(scenario, r.rule, r.answer!);
          return {
            role: r.responder,
            answer: r.answer!,
            label: answer?.label ?? r.answer!,
            kind: answer?.kind ?? '',
          };
        }),
    })),
    rolls: record.rolls.map((r) => ({
      label: rollLabel(t, scenario, r),
      cause: r.cause,
      ...(r.path !== undefined ? { path: r.path } : {}),
      chance: r.chance,
      success: r.success,
    })),
    changes: record.trace.map((e) => {
      const why = entryWhy(scenario, e);
      return {
        kind: e.target.kind,
        id: e.target.id,
        ...(e.target.kind === 'resource' ? { role: e.target.role } : {}),
        label: targetLabel(scenario, e.target.kind, e.target.id),
        before: e.before,
        after: e.after,
        delta: e.delta,
        cause: e.cause,
        rule: e.rule,
        steps: e.steps,
        ...(e.delayedFrom !== undefined ? { delayedFrom: e.delayedFrom } : {}),
        ...(why !== undefined ? { why } : {}),
      };
    }),
    meters: metersById(scenario, record.meters),
  };
}

/** A date as YYYY-MM-DD in local time (the day the teacher sees on the calendar). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The game's length: the chosen one of the scenario's lengths, or its whole calendar. */
export function gameLength(compiled: CompiledScenario, state: GameState): ResultsFile['length'] {
  const id = state.config.length;
  const declared =
    id !== undefined ? compiled.source.calendar.lengths.find((l) => l.id === id) : undefined;
  const turns =
    id !== undefined ? (compiled.lengths.get(id) ?? compiled.lastTurn) : compiled.lastTurn;
  return {
    ...(id !== undefined ? { id } : {}),
    label: declared?.label ?? `${turns}`,
    turns,
  };
}

/** A number as the screens show it: at most one decimal place (half away from zero). */
export function shown(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
}

/** No names, and the date of no particular day: for tests and previews. */
export const NO_STAMP: ExportStamp = { names: {}, date: new Date(0) };

/**
 * The results file of a game (finished or not) with its action log. Its labels are in
 * the language `t` speaks (the game's, by default); its ids and field names never change.
 */
export function buildResults(
  compiled: CompiledScenario,
  state: GameState,
  log: readonly Action[],
  stamp: ExportStamp = NO_STAMP,
  t: Translate = translate(),
): ResultsFile {
  const scenario = compiled.source;
  const result = gameResult(compiled, state);
  const outcome =
    scenario.endings.find((e) => e.id === result.outcome) ??
    scenario.outcomes.find((o) => o.id === result.outcome);
  const humans = state.config.humanRoles;
  return {
    format: 'bilateral-results',
    formatVersion: 3,
    scenario: { id: scenario.meta.id, title: scenario.meta.title, version: scenario.meta.version },
    mode: state.config.mode,
    seed: state.config.seed,
    length: gameLength(compiled, state),
    date: isoDay(stamp.date),
    players: humans.map((role) => ({
      role,
      name: roleName(scenario, role),
      ...(stamp.names[role] ? { playedBy: stamp.names[role] } : {}),
    })),
    ended: state.phase === 'ended',
    turnsPlayed: state.history.length,
    outcome: { id: result.outcome, label: outcome?.label ?? result.outcome },
    scores: result.scores.map((s) => ({
      role: s.role,
      name: roleName(scenario, s.role),
      score: s.score,
      player: humans.includes(s.role),
    })),
    meters: { ...result.meters },
    path: planePath(scenario, state).map((p) => ({
      turn: p.turn,
      label: p.label,
      x: p.x,
      y: p.y,
      region: p.regionLabel,
    })),
    turns: state.history.map((record) => turnEntry(t, scenario, record)),
    save: toSave(state, [...log]),
  };
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break (quotes doubled), and
 * prefixed with an apostrophe when text starts like a spreadsheet formula.
 */
export function csvField(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly (string | number | boolean)[]): string {
  return values.map(csvField).join(',');
}

/**
 * The game as a table: a header row, a row for the start, then one row per month played,
 * with each role's moves and the answers they received, every meter (hidden ones too:
 * the table is for after the game), the region and each role's score at that point.
 * Lines end with CRLF, as RFC 4180 asks. The headings are in the language `t` speaks (the
 * game's, by default), meters keep their ids.
 */
export function buildCsv(
  compiled: CompiledScenario,
  state: GameState,
  stamp: ExportStamp = NO_STAMP,
  t: Translate = translate(),
): string {
  const scenario = compiled.source;
  const roles = scenario.roles.map((r) => r.id);
  const meters = scenario.meters.map((m) => m.id);
  const length = gameLength(compiled, state);
  const header = [
    t('export.col.scenario'),
    t('export.col.date'),
    t('export.col.length'),
    t('export.col.months'),
    t('export.col.seed'),
    t('export.col.mode'),
    t('export.col.players'),
    t('export.col.playedBy'),
    t('export.col.turn'),
    t('export.col.month'),
    ...roles.flatMap((role) => [
      t('export.col.moves', { role }),
      t('export.col.answers', { role }),
    ]),
    ...meters,
    t('export.col.region'),
    ...roles.map((role) => t('export.col.score', { role })),
  ];
  const humans = state.config.humanRoles;
  const common = [
    scenario.meta.id,
    isoDay(stamp.date),
    length.id ?? '',
    length.turns,
    state.config.seed,
    state.config.mode,
    humans.join(' '),
    humans
      .filter((role) => stamp.names[role])
      .map((role) => `${roleName(scenario, role)}: ${stamp.names[role]}`)
      .join(' | '),
  ];
  const row = (turn: number, month: string, record: TurnRecord | undefined, values: MeterValues) =>
    csvRow([
      ...common,
      turn,
      month,
      ...roles.flatMap((role) => {
        if (!record) return ['', ''];
        const own = record.moves.map((m, i) => ({ m, i })).filter(({ m }) => m.role === role);
        const moves = own.map(({ m }) => optionLabel(scenario, m.option)).join(' | ');
        const answers = own
          .flatMap(({ m, i }) =>
            record.responses
              .filter((r) => r.move === i && r.answer !== undefined)
              .map(
                (r) =>
                  `${optionLabel(scenario, m.option)}: ${answerOf(scenario, r.rule, r.answer!)?.label ?? r.answer!} (${roleName(scenario, r.responder)})`,
              ),
          )
          .join(' | ');
        return [moves, answers];
      }),
      ...meters.map((id) => shown(meterValue(scenario, values, id))),
      outcomeAt(scenario, values).label,
      ...roles.map((role) => shown(scoreRole(compiled, values, role))),
    ]);
  // Before the first month, every meter at its start.
  const start: MeterValues = {};
  const lines = [
    csvRow(header),
    row(0, t('export.start'), undefined, start),
    ...state.history.map((record) =>
      row(
        record.turn,
        scenario.calendar.turns[record.turn - 1]?.label ?? String(record.turn),
        record,
        record.meters,
      ),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A name as a file-name part: letters and digits of any script, runs of others as "-". */
function slug(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .toLowerCase();
}

/**
 * File names for the downloads: scenario, who played (or the mode), the length, the date
 * and the seed, so a teacher can tell a class's files apart.
 */
export function exportFileName(
  scenario: Scenario,
  state: GameState,
  extension: 'json' | 'csv',
  stamp: ExportStamp = NO_STAMP,
): string {
  const who = state.config.humanRoles
    .map((role) => slug(stamp.names[role] ?? ''))
    .filter((name) => name !== '')
    .join('-');
  const parts = [
    'bilateral',
    scenario.meta.id,
    who || state.config.mode,
    state.config.length ?? '',
    stamp === NO_STAMP ? '' : isoDay(stamp.date),
    String(state.config.seed),
  ].filter((p) => p !== '');
  return `${parts.join('-')}.${extension}`;
}
