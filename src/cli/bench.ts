/**
 * `npm run bench [-- --json] [-- --scenario <id|file>] [-- --seconds S]`: engine speed on
 * one core. Plays whole games of the shipped scenario (the first scenarios/<id>/ by id;
 * without one, the large test fixture) with the `random` bot against the computer
 * counterpart, alternating the role the bot plays, and reports games per second twice:
 * for games with explanations, as in the game (every change traced with its rule text),
 * and for games in simulation mode (GameConfig.explain false: the same games, no trace),
 * as `npm run simulate` plays them. Then it times every `step` call of a further run of
 * explained games and reports the median and 99th-percentile step latency in
 * microseconds. Targets: at least 10,000 games per second, p99 under 1 ms.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createGame, legalActions, step, type GameState } from '../engine';
import type { Scenario } from '../data';
import { makeBot, type Bot } from './strategies';
import { parseArgs, readScenario, repoRoot, scenarioPath } from './scenarioFile';

const FALLBACK = join(repoRoot, 'tests', 'fixtures', 'large.yaml');

/** The first shipped scenario (scenarios/<id>/scenario.yaml, by id), if any. */
function shippedScenario(): string | undefined {
  const dir = join(repoRoot, 'scenarios');
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(dir, e.name, 'scenario.yaml'))
    .filter((f) => existsSync(f))
    .sort()[0];
}

function newGame(scenario: Scenario, i: number, explain: boolean): GameState {
  const role = scenario.roles[i % scenario.roles.length]!.id;
  const config = { humanRoles: [role], mode: 'solo' as const, seed: i };
  return createGame(scenario, explain ? config : { ...config, explain: false });
}

function playTimed(
  scenario: Scenario,
  i: number,
  bot: Bot,
  latencies: number[] | null,
  explain = true,
): number {
  let state = newGame(scenario, i, explain);
  let steps = 0;
  while (state.phase !== 'ended') {
    const action = bot(scenario, state, legalActions(scenario, state));
    let result;
    if (latencies) {
      const t0 = performance.now();
      result = step(scenario, state, action);
      latencies.push((performance.now() - t0) * 1000);
    } else {
      result = step(scenario, state, action);
    }
    if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.reason)}`);
    state = result.state;
    steps++;
  }
  return steps;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

type Rate = { best: number; mean: number; games: number; steps: number };

/**
 * Games per second over `seconds`: the best of batches of 200 games, which is the
 * figure least disturbed by other processes on a shared machine, and the overall mean.
 */
function measureRate(scenario: Scenario, seconds: number, explain: boolean, first: number): Rate {
  const bot = makeBot('random', 1);
  // Warm up the JIT so the figures describe steady play.
  const warmUntil = performance.now() + Math.min(1000, seconds * 300);
  let i = first;
  while (performance.now() < warmUntil) playTimed(scenario, i++, bot, null, explain);
  const until = performance.now() + seconds * 1000;
  let games = 0;
  let steps = 0;
  let best = 0;
  const start = performance.now();
  while (performance.now() < until) {
    const t0 = performance.now();
    let batch = 0;
    while (batch < 200) {
      steps += playTimed(scenario, i++, bot, null, explain);
      batch++;
    }
    games += batch;
    best = Math.max(best, batch / ((performance.now() - t0) / 1000));
  }
  const elapsed = (performance.now() - start) / 1000;
  return { best, mean: games / elapsed, games, steps };
}

/** Measures and returns the figures (printing nothing). */
export function bench(scenario: Scenario, seconds: number) {
  const told = measureRate(scenario, seconds, true, 0);
  const quiet = measureRate(scenario, seconds, false, 0);

  // Step latency, as in the game: explained games.
  const bot = makeBot('random', 1);
  const latencies: number[] = [];
  const latencyGames = Math.max(200, Math.min(5000, told.games / 4));
  for (let k = 0; k < latencyGames; k++) playTimed(scenario, told.games + k, bot, latencies);
  const sorted = Float64Array.from(latencies).sort();

  return {
    scenario: scenario.meta.id,
    scenarioTitle: scenario.meta.title,
    /** Whole games per second with explanations, as in the game (best batch). */
    gamesPerSecond: Math.round(told.best),
    meanGamesPerSecond: Math.round(told.mean),
    games: told.games,
    stepsPerGame: Math.round((told.steps / told.games) * 10) / 10,
    /** Whole games per second in simulation mode: no explanation text (best batch). */
    gamesPerSecondSimulation: Math.round(quiet.best),
    meanGamesPerSecondSimulation: Math.round(quiet.mean),
    gamesSimulation: quiet.games,
    stepMedianMicros: Math.round(percentile(sorted, 0.5) * 10) / 10,
    stepP99Micros: Math.round(percentile(sorted, 0.99) * 10) / 10,
    stepMaxMicros: Math.round(sorted[sorted.length - 1]! * 10) / 10,
    timedSteps: sorted.length,
    node: process.version,
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const arg = args.get('scenario');
  const path = typeof arg === 'string' ? scenarioPath(arg) : (shippedScenario() ?? FALLBACK);
  const loaded = readScenario(path);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.error}\n`);
    process.exit(2);
  }
  const seconds = Number(args.get('seconds') ?? 3);
  const r = bench(loaded.scenario, Number.isFinite(seconds) && seconds > 0 ? seconds : 3);
  if (args.has('json')) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return;
  }
  const ok = (pass: boolean) => (pass ? 'ok' : 'BELOW TARGET');
  process.stdout.write(
    [
      `Engine benchmark: ${r.scenarioTitle} (${r.scenario}), random bot vs computer counterpart, Node ${r.node}`,
      `  whole games per second, with explanations (as in the game): ${r.gamesPerSecond} (best batch; mean ${r.meanGamesPerSecond} over ${r.games} games, ${r.stepsPerGame} steps each)  target ≥ 10000: ${ok(r.gamesPerSecond >= 10000)}`,
      `  whole games per second, simulation mode (no explanation text): ${r.gamesPerSecondSimulation} (best batch; mean ${r.meanGamesPerSecondSimulation} over ${r.gamesSimulation} games)  target ≥ 10000: ${ok(r.gamesPerSecondSimulation >= 10000)}`,
      `  step latency, with explanations: median ${r.stepMedianMicros} µs, p99 ${r.stepP99Micros} µs, max ${r.stepMaxMicros} µs over ${r.timedSteps} steps  target p99 < 1000 µs: ${ok(r.stepP99Micros < 1000)}`,
      '',
    ].join('\n'),
  );
}

main();
