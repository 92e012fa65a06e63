/**
 * `npm run simulate -- --scenario <id|file> --role <roleId> --games N --seed S
 *   [--strategy random|greedy|lookahead] [--json] [--transcript]`
 *
 * Plays N seeded games in solo mode: a bot of the chosen strategy plays `--role` (its
 * moves and its answers), the computer counterpart plays every other role. Game i uses
 * seed S + i, and the bot is seeded from the same number, so the same arguments always
 * print the same report. `--transcript` prints the first game as text instead.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compileScenario,
  createGame,
  gameResult,
  type CompiledScenario,
  type GameState,
} from '../engine';
import type { Scenario } from '../data';
import { formatTranscript } from '../words/transcript';
import { translator } from '../words/messages';
import { makeBot, playGame, STRATEGIES, type StrategyName } from '../engine/bots';
import { parseArgs, readScenario, scenarioPath } from './scenarioFile';

export type OptionStats = {
  role: string;
  label: string;
  picked: number;
  meanScore: number | null;
  aboveMedian: number;
};

export type SimulationReport = {
  scenario: string;
  role: string;
  strategy: StrategyName;
  seed: number;
  games: number;
  /** outcome region id → games ending there (every region listed, in file order) */
  outcomes: Record<string, number>;
  meanScore: number;
  medianScore: number;
  /** role id → mean final score, for every role */
  roleScores: Record<string, number>;
  /** meter id → mean final value */
  meters: Record<string, number>;
  /** option id → games in which it was chosen, the player's mean score in them, and how many beat the median */
  options: Record<string, OptionStats>;
};

/** Plays the games and gathers the report. Pure given its arguments. */
export function simulate(
  compiled: CompiledScenario,
  role: string,
  games: number,
  seed: number,
  strategy: StrategyName,
): SimulationReport {
  const scenario = compiled.source;
  const scores: number[] = [];
  const outcomes: Record<string, number> = Object.fromEntries(
    scenario.outcomes.map((o) => [o.id, 0]),
  );
  const meterSums: Record<string, number> = Object.fromEntries(
    scenario.meters.map((m) => [m.id, 0]),
  );
  const roleSums: Record<string, number> = Object.fromEntries(scenario.roles.map((r) => [r.id, 0]));
  const picks = new Map<string, number[]>(scenario.options.map((o) => [o.id, []]));
  for (let i = 0; i < games; i++) {
    const gameSeed = seed + i;
    const start = createGame(compiled, { humanRoles: [role], mode: 'solo', seed: gameSeed });
    const { state } = playGame(compiled, start, makeBot(strategy, gameSeed));
    const result = gameResult(compiled, state);
    const score = result.scores.find((s) => s.role === role)?.score ?? 0;
    scores.push(score);
    outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
    for (const m of scenario.meters) meterSums[m.id]! += result.meters[m.id] ?? 0;
    for (const s of result.scores) roleSums[s.role]! += s.score;
    for (const id of chosenOptions(state)) picks.get(id)?.push(i);
  }
  const median = medianOf(scores);
  const options: Record<string, OptionStats> = {};
  for (const o of scenario.options) {
    const idx = picks.get(o.id) ?? [];
    const sum = idx.reduce((a, k) => a + scores[k]!, 0);
    options[o.id] = {
      role: o.role,
      label: o.label,
      picked: idx.length,
      meanScore: idx.length > 0 ? round(sum / idx.length) : null,
      aboveMedian: idx.filter((k) => scores[k]! > median).length,
    };
  }
  const n = Math.max(1, games);
  return {
    scenario: scenario.meta.id,
    role,
    strategy,
    seed,
    games,
    outcomes,
    meanScore: round(scores.reduce((a, b) => a + b, 0) / n),
    medianScore: round(median),
    roleScores: Object.fromEntries(Object.entries(roleSums).map(([k, v]) => [k, round(v / n)])),
    meters: Object.fromEntries(Object.entries(meterSums).map(([k, v]) => [k, round(v / n)])),
    options,
  };
}

function chosenOptions(state: GameState): Set<string> {
  const ids = new Set<string>();
  for (const record of state.history) for (const m of record.moves) ids.add(m.option);
  return ids;
}

function medianOf(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The report as aligned text tables. */
export function formatReport(scenario: Scenario, r: SimulationReport): string {
  const lines: string[] = [];
  const roleName = (id: string) => scenario.roles.find((x) => x.id === id)?.name ?? id;
  lines.push(
    `${scenario.meta.title}: ${r.games} games as ${roleName(r.role)} (${r.strategy}), seeds ${r.seed}–${r.seed + r.games - 1}`,
  );
  lines.push(
    '',
    `Score of ${roleName(r.role)}: mean ${r.meanScore.toFixed(1)}, median ${r.medianScore.toFixed(1)}`,
  );
  lines.push(
    `Mean scores: ${Object.entries(r.roleScores)
      .map(([k, v]) => `${roleName(k)} ${v.toFixed(1)}`)
      .join(', ')}`,
  );
  lines.push('', 'Outcomes:');
  for (const o of scenario.outcomes) {
    const n = r.outcomes[o.id] ?? 0;
    lines.push(`  ${o.label.padEnd(28)} ${String(n).padStart(6)}  ${pct(n, r.games)}`);
  }
  lines.push('', 'Mean final meters:');
  for (const m of scenario.meters) {
    lines.push(
      `  ${(m.label + (m.hidden ? ' (hidden)' : '')).padEnd(28)} ${(r.meters[m.id] ?? 0).toFixed(1).padStart(6)}`,
    );
  }
  lines.push(
    '',
    `Options (games chosen, ${roleName(r.role)}'s mean score in them, games above the median):`,
  );
  for (const role of scenario.roles) {
    lines.push(`  ${role.name}:`);
    for (const o of scenario.options.filter((x) => x.role === role.id)) {
      const s = r.options[o.id]!;
      const mean = s.meanScore === null ? '     –' : s.meanScore.toFixed(1).padStart(6);
      lines.push(
        `    ${o.id.padEnd(36)} ${String(s.picked).padStart(6)} ${pct(s.picked, r.games)} ${mean} ${String(s.aboveMedian).padStart(6)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function pct(n: number, of: number): string {
  return `${((100 * n) / Math.max(1, of)).toFixed(1).padStart(5)}%`;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  const args = parseArgs(argv);
  const scenarioArg = args.get('scenario');
  if (typeof scenarioArg !== 'string')
    fail(
      'usage: npm run simulate -- --scenario <id|file> --role <role> [--games N] [--seed S] [--strategy random|greedy|lookahead] [--json] [--transcript]',
    );
  const loaded = readScenario(scenarioPath(scenarioArg));
  if (!loaded.ok) fail(loaded.error);
  const scenario = loaded.scenario;
  const role = args.get('role');
  const roles = scenario.roles.map((r) => r.id);
  if (typeof role !== 'string' || !roles.includes(role))
    fail(`--role must be one of: ${roles.join(', ')}`);
  const games = Number(args.get('games') ?? 100);
  const seed = Number(args.get('seed') ?? 1);
  if (!Number.isInteger(games) || games < 1) fail('--games must be a positive whole number');
  if (!Number.isInteger(seed)) fail('--seed must be a whole number');
  const strategy = (args.get('strategy') ?? 'random') as StrategyName;
  if (!STRATEGIES.includes(strategy)) fail(`--strategy must be one of: ${STRATEGIES.join(', ')}`);

  const compiled = compileScenario(scenario);
  if (args.has('transcript')) {
    const start = createGame(compiled, { humanRoles: [role], mode: 'solo', seed });
    const { state } = playGame(compiled, start, makeBot(strategy, seed));
    process.stdout.write(formatTranscript(translator('en'), compiled, state));
    return;
  }
  const report = simulate(compiled, role, games, seed, strategy);
  process.stdout.write(
    args.has('json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(scenario, report),
  );
}

// Run only when executed, not when imported by tests.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
