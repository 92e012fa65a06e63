/**
 * `npm run bench:compare -- --before <git-ref> [--runs N] [--seconds S] [--scenario <id|file>] [--json]`:
 * the engine of this checkout against the engine of an earlier commit.
 *
 * Timings of whole games vary by 10–20 % from one `npm run bench` to the next on a shared
 * machine, more than most changes to the engine are worth. Here both engines play in the
 * same process, in alternating batches of 100 games (the order swapped every other
 * pair), so that each pair of batches meets the same machine; a process's figure is the
 * median of its per-pair ratios (this checkout's games per second over the other's).
 * One process is still not enough: the JIT does not always optimise the same code the
 * same way, and a process's ratio has been seen anywhere from 0.96 to 1.36 for one pair
 * of commits. So the measurement runs in `--runs` fresh processes (default 7, each
 * `--seconds` long, default 12) and the result is the median of their ratios, with the
 * range shown.
 *
 * It first checks that both engines play the same games: the same random-bot games
 * (seeds 0–199, each role in turn and one in five with no human) must end in states with
 * the same hash. A difference is reported and the command exits with 1 (a change meant
 * to be faster must not change a game).
 *
 * The other commit's `src/` is extracted with `git archive` into `.bench/<commit>/`
 * (ignored by git) so that it finds this checkout's node_modules; it must have the same
 * engine API (`compileScenario`, `src/engine/bots.ts`) and accept this scenario file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, repoRoot, scenarioPath } from '../src/cli/scenarioFile';
import type * as ScenarioFile from '../src/cli/scenarioFile';
import type * as EngineIndex from '../src/engine';
import type * as Bots from '../src/engine/bots';
import type * as Hash from '../src/engine/hash';

const BATCH = 100;
const SAME_GAMES = 200;

type EngineModules = {
  engine: typeof EngineIndex;
  bots: typeof Bots;
  hash: typeof Hash;
  scenarioFile: typeof ScenarioFile;
};

/** An engine ready to play: `play(n)` plays the next n games, `finalHash(seed)` one game's end. */
type Engine = { play: (n: number) => void; finalHash: (seed: number) => string };

async function loadEngine(root: string, file: string): Promise<Engine> {
  const load = <T>(path: string) => import(pathToFileURL(join(root, path)).href) as Promise<T>;
  const m: EngineModules = {
    engine: await load('src/engine/index.ts'),
    bots: await load('src/engine/bots.ts'),
    hash: await load('src/engine/hash.ts'),
    scenarioFile: await load('src/cli/scenarioFile.ts'),
  };
  const loaded = m.scenarioFile.readScenario(file);
  if (!loaded.ok) throw new Error(`${root}: the scenario does not load:\n${loaded.error}`);
  const scenario = m.engine.compileScenario(loaded.scenario);
  const bot = m.bots.makeBot('random', 1);
  const game = (seed: number, humans: string[]) => {
    let state = m.engine.createGame(scenario, { humanRoles: humans, mode: 'solo', seed });
    while (state.phase !== 'ended') {
      const action = bot(scenario, state, m.engine.legalActions(scenario, state));
      const result = m.engine.step(scenario, state, action);
      if (!result.ok) throw new Error(`${root}: game ${seed} refused an action`);
      state = result.state;
    }
    return state;
  };
  const roleOf = (i: number) => scenario.roles[i % scenario.roles.length]!.id;
  let next = 0;
  return {
    play(n) {
      for (let k = 0; k < n; k++, next++) game(next, [roleOf(next)]);
    },
    finalHash(seed) {
      return m.hash.hashState(game(seed, seed % 5 === 4 ? [] : [roleOf(seed)]));
    },
  };
}

/** The other commit's `src/`, extracted beside this checkout's node_modules. */
function extract(ref: string): { commit: string; root: string } {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: repoRoot,
    encoding: 'utf8',
  }).trim();
  const root = join(repoRoot, '.bench', commit);
  if (!existsSync(join(root, 'src'))) {
    mkdirSync(root, { recursive: true });
    const tar = execFileSync('git', ['archive', commit, 'src'], { cwd: repoRoot });
    execFileSync('tar', ['-x', '-C', root], { input: tar });
  }
  return { commit, root };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Games per second of one batch of `play`. */
function rate(engine: Engine): number {
  const t0 = performance.now();
  engine.play(BATCH);
  return BATCH / ((performance.now() - t0) / 1000);
}

/** One process's paired measurement: its median ratio and each engine's median rate. */
type Run = { ratio: number; before: number; after: number; pairs: number };

/** Plays both engines in alternating batches for `seconds`, after a warm-up. */
function measure(before: Engine, after: Engine, seconds: number): Run {
  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) {
    before.play(BATCH);
    after.play(BATCH);
  }
  const rates = { before: [] as number[], after: [] as number[] };
  const ratios: number[] = [];
  const until = performance.now() + seconds * 1000;
  for (let pair = 0; performance.now() < until; pair++) {
    // Alternating which goes first, so that neither always meets a warmer machine.
    let b: number;
    let a: number;
    if (pair % 2 === 0) {
      b = rate(before);
      a = rate(after);
    } else {
      a = rate(after);
      b = rate(before);
    }
    rates.before.push(b);
    rates.after.push(a);
    ratios.push(a / b);
  }
  return {
    ratio: median(ratios),
    before: median(rates.before),
    after: median(rates.after),
    pairs: ratios.length,
  };
}

/** Runs one measurement in a fresh process (this script with `--child`). */
function measureInChild(root: string, file: string, seconds: number): Run {
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  const script = join(repoRoot, 'scripts', 'bench-compare.ts');
  const child = spawnSync(
    tsx,
    [script, '--child', root, '--scenario', file, '--seconds', String(seconds)],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`a measuring process failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as Run;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scenarioArg = args.get('scenario');
  const file = scenarioPath(typeof scenarioArg === 'string' ? scenarioArg : 'cartel-strikes-2025');
  const secondsArg = Number(args.get('seconds') ?? 12);
  const seconds = Number.isFinite(secondsArg) && secondsArg > 0 ? secondsArg : 12;
  const child = args.get('child');
  if (typeof child === 'string') {
    const run = measure(await loadEngine(child, file), await loadEngine(repoRoot, file), seconds);
    process.stdout.write(JSON.stringify(run));
    return;
  }
  const ref = args.get('before');
  if (typeof ref !== 'string') {
    process.stderr.write(
      'usage: npm run bench:compare -- --before <git-ref> [--runs N] [--seconds S] [--scenario <id|file>] [--json]\n',
    );
    process.exit(2);
  }
  const runsArg = Number(args.get('runs') ?? 7);
  const runCount = Number.isInteger(runsArg) && runsArg > 0 ? runsArg : 7;
  const other = extract(ref);
  const before = await loadEngine(other.root, file);
  const after = await loadEngine(repoRoot, file);
  let differences = 0;
  for (let seed = 0; seed < SAME_GAMES; seed++) {
    if (before.finalHash(seed) !== after.finalHash(seed)) differences++;
  }

  const runs: Run[] = [];
  for (let k = 0; k < runCount; k++) {
    runs.push(measureInChild(other.root, file, seconds));
    if (!args.has('json')) process.stdout.write(`  run ${k + 1}: ${runs[k]!.ratio.toFixed(3)}\n`);
  }
  const ratios = runs.map((r) => r.ratio);
  const result = {
    before: other.commit,
    scenario: file,
    sameGames: differences === 0,
    gamesCompared: SAME_GAMES,
    gamesThatDiffer: differences,
    /** Each engine's median games per second, the median over the runs. */
    beforeGamesPerSecond: Math.round(median(runs.map((r) => r.before))),
    afterGamesPerSecond: Math.round(median(runs.map((r) => r.after))),
    /** This checkout's games per second over the other's: the median of the runs' ratios. */
    ratio: round(median(ratios), 3),
    lowestRatio: round(Math.min(...ratios), 3),
    highestRatio: round(Math.max(...ratios), 3),
    runs: ratios.map((r) => round(r, 3)),
  };
  if (args.has('json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(
      `Engine at ${other.commit.slice(0, 10)} against this checkout, ${runCount} processes of ${seconds} s\n` +
        `  same games (${SAME_GAMES} seeds, final state hashes): ${
          result.sameGames ? 'yes' : `NO, ${differences} differ`
        }\n` +
        `  games per second (medians): before ${result.beforeGamesPerSecond}, now ${result.afterGamesPerSecond}\n` +
        `  now / before: ${result.ratio.toFixed(3)} (median of the runs; ` +
        `lowest ${result.lowestRatio.toFixed(3)}, highest ${result.highestRatio.toFixed(3)})\n`,
    );
  }
  if (!result.sameGames) process.exitCode = 1;
}

await main();
