/**
 * `npm run bench:compare -- --before <git-ref> [--seconds S] [--scenario <id|file>] [--json]`: the
 * engine of this checkout against the engine of an earlier commit, in one process.
 *
 * Timings of whole games vary by 10–20 % from one run to the next on a shared machine,
 * more than most changes to the engine are worth, so two separate `npm run bench` runs
 * cannot tell a 5 % gain from noise. Here both engines play in the same process, in
 * alternating batches of 100 games (the order swapped every other pair), so that each
 * pair of batches meets the same machine; the figure is the median of the per-pair
 * ratios (this checkout's games per second over the other's), which repeats to about
 * ±2 %. Each engine has its own copy of the code (and of the JIT's work on it).
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
import { execFileSync } from 'node:child_process';
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

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const ref = args.get('before');
  if (typeof ref !== 'string') {
    process.stderr.write(
      'usage: npm run bench:compare -- --before <git-ref> [--seconds S] [--scenario <id|file>] [--json]\n',
    );
    process.exit(2);
  }
  const scenarioArg = args.get('scenario');
  const file = scenarioPath(typeof scenarioArg === 'string' ? scenarioArg : 'cartel-strikes-2025');
  const seconds = Number(args.get('seconds') ?? 20);
  const other = extract(ref);
  const before = await loadEngine(other.root, file);
  const after = await loadEngine(repoRoot, file);

  let differences = 0;
  for (let seed = 0; seed < SAME_GAMES; seed++) {
    if (before.finalHash(seed) !== after.finalHash(seed)) differences++;
  }

  const warmUntil = performance.now() + 2000;
  while (performance.now() < warmUntil) {
    before.play(BATCH);
    after.play(BATCH);
  }
  const rates = { before: [] as number[], after: [] as number[] };
  const ratios: number[] = [];
  const until = performance.now() + (Number.isFinite(seconds) && seconds > 0 ? seconds : 20) * 1000;
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
  const result = {
    before: other.commit,
    scenario: file,
    sameGames: differences === 0,
    gamesCompared: SAME_GAMES,
    gamesThatDiffer: differences,
    beforeGamesPerSecond: Math.round(median(rates.before)),
    afterGamesPerSecond: Math.round(median(rates.after)),
    /** This checkout's games per second over the other's: the median of the pairs. */
    ratio: Math.round(median(ratios) * 1000) / 1000,
    pairs: ratios.length,
  };
  if (args.has('json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(
      `Engine at ${other.commit.slice(0, 10)} against this checkout, ${result.pairs} pairs of ${BATCH} games\n` +
        `  same games (${SAME_GAMES} seeds, final state hashes): ${
          result.sameGames ? 'yes' : `NO, ${differences} differ`
        }\n` +
        `  games per second, median of batches: before ${result.beforeGamesPerSecond}, now ${result.afterGamesPerSecond}\n` +
        `  now / before, median of paired batches: ${result.ratio.toFixed(3)}\n`,
    );
  }
  if (!result.sameGames) process.exitCode = 1;
}

await main();
