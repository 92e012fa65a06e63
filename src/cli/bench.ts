/**
 * `npm run bench [-- --json] [-- --scenario <id|file>] [-- --seconds S]`: engine speed on
 * one core. Plays whole games of the shipped scenario (the first scenarios/<id>/ by id;
 * without one, the large test fixture) with the `random` bot against the computer
 * counterpart, alternating the role the bot plays, in batches of 200 games, and reports
 * the median games per second over the batches (with the full trace, as in the game).
 * Then it times every `step` call of a further run and reports the median and
 * 99th-percentile step latency in microseconds. Targets: a median of at least 8,000
 * games per second, p99 under 1 ms; the command exits 1 when a target is missed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileScenario, createGame, legalActions, step, type CompiledScenario } from '../engine';
import { makeBot, type Bot } from '../engine/bots';
import { parseArgs, readScenario, repoRoot, scenarioPath } from './scenarioFile';

const FALLBACK = join(repoRoot, 'tests', 'fixtures', 'large.yaml');
/** Targets: games per second (median of the batches) and step p99 latency. */
export const TARGETS = { gamesPerSecond: 8000, stepP99Micros: 1000 } as const;
const BATCH = 200;

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

/** Plays game number `i` to the end; returns its number of steps. */
function play(scenario: CompiledScenario, i: number, bot: Bot, latencies: number[] | null): number {
  const role = scenario.roles[i % scenario.roles.length]!.id;
  let state = createGame(scenario, { humanRoles: [role], mode: 'solo', seed: i });
  let steps = 0;
  while (state.phase !== 'ended') {
    const action = bot(scenario, state, legalActions(scenario, state));
    const t0 = latencies ? performance.now() : 0;
    const result = step(scenario, state, action);
    if (latencies) latencies.push((performance.now() - t0) * 1000);
    if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.reason)}`);
    state = result.state;
    steps++;
  }
  return steps;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Measures and returns the figures (printing nothing). */
export function bench(scenario: CompiledScenario, seconds: number) {
  const bot = makeBot('random', 1);
  // Warm up the JIT so the figures describe steady play.
  const warmUntil = performance.now() + Math.min(1000, seconds * 300);
  let i = 0;
  while (performance.now() < warmUntil) play(scenario, i++, bot, null);
  const rates: number[] = [];
  let steps = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const t0 = performance.now();
    for (let k = 0; k < BATCH; k++) steps += play(scenario, i++, bot, null);
    rates.push(BATCH / ((performance.now() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  const games = rates.length * BATCH;

  const latencies: number[] = [];
  const latencyGames = Math.max(200, Math.min(5000, games / 4));
  for (let k = 0; k < latencyGames; k++) play(scenario, i++, bot, latencies);
  latencies.sort((a, b) => a - b);

  return {
    scenario: scenario.source.meta.id,
    scenarioTitle: scenario.source.meta.title,
    /** Whole games per second: the median over the batches. */
    gamesPerSecond: Math.round(percentile(rates, 0.5)),
    slowestBatch: Math.round(rates[0]!),
    fastestBatch: Math.round(rates[rates.length - 1]!),
    batches: rates.length,
    games,
    stepsPerGame: Math.round((steps / games) * 10) / 10,
    stepMedianMicros: Math.round(percentile(latencies, 0.5) * 10) / 10,
    stepP99Micros: Math.round(percentile(latencies, 0.99) * 10) / 10,
    stepMaxMicros: Math.round(latencies[latencies.length - 1]! * 10) / 10,
    timedSteps: latencies.length,
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
  const r = bench(
    compileScenario(loaded.scenario),
    Number.isFinite(seconds) && seconds > 0 ? seconds : 3,
  );
  if (args.has('json')) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    if (r.gamesPerSecond < TARGETS.gamesPerSecond || r.stepP99Micros >= TARGETS.stepP99Micros) {
      process.exitCode = 1;
    }
    return;
  }
  const fast = r.gamesPerSecond >= TARGETS.gamesPerSecond;
  const quick = r.stepP99Micros < TARGETS.stepP99Micros;
  const ok = (pass: boolean) => (pass ? 'ok' : 'BELOW TARGET');
  process.stdout.write(
    [
      `Engine benchmark: ${r.scenarioTitle} (${r.scenario}), random bot vs computer counterpart, Node ${r.node}`,
      `  whole games per second: median ${r.gamesPerSecond} over ${r.batches} batches of ${BATCH} (slowest ${r.slowestBatch}, fastest ${r.fastestBatch}; ${r.stepsPerGame} steps a game)  target ≥ ${TARGETS.gamesPerSecond}: ${ok(fast)}`,
      `  step latency: median ${r.stepMedianMicros} µs, p99 ${r.stepP99Micros} µs, max ${r.stepMaxMicros} µs over ${r.timedSteps} steps  target p99 < ${TARGETS.stepP99Micros} µs: ${ok(quick)}`,
      '',
    ].join('\n'),
  );
  if (!fast || !quick) process.exitCode = 1;
}

main();
