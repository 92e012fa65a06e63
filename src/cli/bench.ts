/**
 * `npm run bench [-- --json] [-- --scenario <id|file>] [-- --seconds S]`: engine speed on
 * one core. Plays whole games of the shipped scenario (the first scenarios/<id>/ by id;
 * without one, the large test fixture) with the `random` bot against the computer counterpart, alternating the
 * role the bot plays, and reports games per second; then times every `step` call of a
 * second run and reports the median and 99th-percentile step latency in microseconds.
 * Targets: at least 10,000 games per second, p99 under 1 ms.
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

function newGame(scenario: Scenario, i: number): GameState {
  const role = scenario.roles[i % scenario.roles.length]!.id;
  return createGame(scenario, { humanRoles: [role], mode: 'solo', seed: i });
}

function playTimed(scenario: Scenario, i: number, bot: Bot, latencies: number[] | null): number {
  let state = newGame(scenario, i);
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

/** Measures and returns the figures (printing nothing). */
export function bench(scenario: Scenario, seconds: number) {
  const bot = makeBot('random', 1);
  // Warm up the JIT so the figures describe steady play.
  const warmUntil = performance.now() + Math.min(1000, seconds * 300);
  let i = 0;
  while (performance.now() < warmUntil) playTimed(scenario, i++, bot, null);

  // Games per second: the best of several batches, which is the figure least disturbed
  // by other processes on a shared machine; the overall mean is reported beside it.
  const until = performance.now() + seconds * 1000;
  let games = 0;
  let steps = 0;
  let best = 0;
  const start = performance.now();
  while (performance.now() < until) {
    const t0 = performance.now();
    let batch = 0;
    while (batch < 200) {
      steps += playTimed(scenario, i++, bot, null);
      batch++;
    }
    games += batch;
    best = Math.max(best, batch / ((performance.now() - t0) / 1000));
  }
  const elapsed = (performance.now() - start) / 1000;

  const latencies: number[] = [];
  const latencyGames = Math.max(200, Math.min(5000, games / 4));
  for (let k = 0; k < latencyGames; k++) playTimed(scenario, i++, bot, latencies);
  const sorted = Float64Array.from(latencies).sort();

  return {
    scenario: scenario.meta.id,
    scenarioTitle: scenario.meta.title,
    gamesPerSecond: Math.round(best),
    meanGamesPerSecond: Math.round(games / elapsed),
    games,
    stepsPerGame: Math.round((steps / games) * 10) / 10,
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
      `  whole games per second: ${r.gamesPerSecond} (best batch; mean ${r.meanGamesPerSecond} over ${r.games} games, ${r.stepsPerGame} steps each)  target ≥ 10000: ${ok(r.gamesPerSecond >= 10000)}`,
      `  step latency: median ${r.stepMedianMicros} µs, p99 ${r.stepP99Micros} µs, max ${r.stepMaxMicros} µs over ${r.timedSteps} steps  target p99 < 1000 µs: ${ok(r.stepP99Micros < 1000)}`,
      '',
    ].join('\n'),
  );
}

main();
