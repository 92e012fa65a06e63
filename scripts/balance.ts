/**
 * `tsx scripts/balance.ts [--scenario id|file] [--games N] [--seed S] [--json]`
 *
 * Balance report for a scenario (any number of roles), played through the engine's public API. For
 * each role it plays N seeded games with each of several bots while the computer plays
 * the other role, and reports the mean score, the outcome regions reached, and whether
 * every option is chosen in some game that scores above the median.
 *
 * Bots: `random` (random options and answers), `greedy` (the best expected one-step gain
 * by the role's objectives, the counterpart's own valuation) and the fixed policies of the
 * scenario's `balance.policies` — a priority list of options taken in order whenever they
 * are available (falling back to greedy when none is), answering greedily. A fixed policy
 * is the closest thing to "a fixed sequence of options": the report shows that none of
 * them reaches the best region in every game, and how many different ones reach it at all.
 *
 * Courses: the scenario's `balance.courses`, such as what each government did as the
 * sources report it, each played against the computer, and those of one id together. They
 * show what a course scores under the scenario's objectives and where it lands.
 */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../src/data';
import { scenarioPath } from '../src/cli/scenarioFile';
import {
  compileScenario,
  type CompiledScenario as Scenario,
  answerChoices,
  createGame,
  gameResult,
  legalActions,
  meterValue,
  step,
} from '../src/engine';
import type { Action, GameState } from '../src/engine';
import { answerValue, optionValue, ownView } from '../src/engine/counterpart';
import { createRng } from '../src/engine/rng';

type Rng = () => number;
/** Picks one option id from those legal now, or undefined to stop choosing. */
type Chooser = (
  scenario: Scenario,
  state: GameState,
  role: string,
  legal: string[],
  rng: Rng,
) => string | undefined;

/**
 * A fixed policy (from the scenario's `balance.policies`): a list of phases, each a last
 * turn and the option ids it prefers, in order, up to and including that turn.
 */
type Policy = [lastTurn: number, order: string[]][];

const onRecord = (cites: readonly { record?: boolean }[]) => cites.some((c) => c.record === true);

const randomChooser: Chooser = (_s, _st, _r, legal, rng) => legal[Math.floor(rng() * legal.length)];

const greedyChooser: Chooser = (scenario, state, role, legal) => {
  const view = ownView(state, role);
  let best: string | undefined;
  let bestValue = -Infinity;
  for (const id of legal) {
    const value = optionValue(scenario, view, role, scenario.optionById.get(id)!);
    if (value > bestValue) {
      best = id;
      bestValue = value;
    }
  }
  // Like the counterpart: the first move whatever its value, further ones only if positive.
  return state.moves.some((m) => m.role === role) && bestValue <= 0 ? undefined : best;
};

function policyChooser(policy: Policy): Chooser {
  return (scenario, state, role, legal, rng) => {
    const order = (policy.find(([last]) => state.turn <= last) ?? policy[policy.length - 1]!)[1];
    return (
      order.find((id) => legal.includes(id)) ?? greedyChooser(scenario, state, role, legal, rng)
    );
  };
}

/** The reported months move for move, then the greedy choice among options on the record. */
function realCourseChooser(months: string[][]): Chooser {
  return (scenario, state, role, legal, rng) => {
    if (state.turn <= months.length)
      return sequenceChooser(months)(scenario, state, role, legal, rng);
    const recorded = legal.filter((id) => onRecord(scenario.optionById.get(id)!.source.cites));
    return recorded.length === 0 ? undefined : greedyChooser(scenario, state, role, recorded, rng);
  };
}

/** Plays exactly `sequence[turn - 1]` each turn (skipping what is unavailable), nothing else. */
function sequenceChooser(sequence: string[][]): Chooser {
  return (_scenario, state, role, legal) => {
    const done = state.moves.filter((m) => m.role === role).map((m) => m.option);
    return (sequence[state.turn - 1] ?? []).find((id) => legal.includes(id) && !done.includes(id));
  };
}

function must(result: ReturnType<typeof step>): GameState {
  if (!result.ok) throw new Error(`action refused: ${JSON.stringify(result.reason)}`);
  return result.state;
}

type Game = { score: number; outcome: string; options: string[]; turns: string[][] };

/** How a scripted role answers: at random, greedily, or as the record has it where it can. */
type Answering = 'random' | 'greedy' | 'record';
type Player = { choose: Chooser; answering: Answering };

type Played = {
  outcome: string;
  x: number;
  y: number;
  scores: Record<string, number>;
  options: Record<string, string[]>;
  turns: Record<string, string[][]>;
};

/** The answer `role` gives to a pending move, by its way of answering. */
function pickAnswer(
  scenario: Scenario,
  state: GameState,
  role: string,
  move: number,
  rule: string,
  answering: Answering,
  rng: Rng,
): string {
  const open = answerChoices(scenario, state, move, role)
    .filter((c) => c.available)
    .map((c) => c.answer);
  if (answering === 'random') return open[Math.floor(rng() * open.length)]!.id;
  const written = scenario.source.responses.find((x) => x.id === rule)!;
  const recorded = open.filter((a) => onRecord(written.answers.find((w) => w.id === a.id)!.cites));
  const pool = answering === 'record' && recorded.length > 0 ? recorded : open;
  let best = pool[0]!;
  let bestValue = -Infinity;
  for (const a of pool) {
    const v = answerValue(scenario, state, role, a);
    if (v > bestValue) {
      bestValue = v;
      best = a;
    }
  }
  return best.id;
}

/** Plays one game; the roles in `players` are scripted, the computer plays the others. */
function playGame(scenario: Scenario, seed: number, players: Record<string, Player>): Played {
  const roles = Object.keys(players);
  let state = createGame(scenario, { humanRoles: roles, mode: 'solo', seed });
  const rng = createRng(seed * 7919 + 17);
  const options: Record<string, string[]> = Object.fromEntries(roles.map((r) => [r, []]));
  const turns: Record<string, string[][]> = Object.fromEntries(roles.map((r) => [r, []]));
  while (state.phase !== 'ended') {
    if (state.phase === 'decide') {
      const role = roles.find((r) => !state.movesDone.includes(r))!;
      turns[role]![state.turn - 1] ??= [];
      for (;;) {
        const legal = legalActions(scenario, state)
          .filter(
            (a): a is Extract<Action, { type: 'chooseOption' }> =>
              a.type === 'chooseOption' && a.role === role,
          )
          .map((a) => a.option);
        if (legal.length === 0) break;
        const pick = players[role]!.choose(scenario, state, role, legal, rng);
        if (pick === undefined) break;
        state = must(step(scenario, state, { type: 'chooseOption', role, option: pick }));
        options[role]!.push(pick);
        turns[role]![state.turn - 1]!.push(pick);
      }
      state = must(step(scenario, state, { type: 'endMoves', role }));
    } else {
      const pending = state.responses.find(
        (r) => r.answer === undefined && roles.includes(r.responder),
      );
      if (!pending) throw new Error('waiting for an answer that is not ours');
      const role = pending.responder;
      const answer = pickAnswer(
        scenario,
        state,
        role,
        pending.move,
        pending.rule,
        players[role]!.answering,
        rng,
      );
      state = must(step(scenario, state, { type: 'respond', role, move: pending.move, answer }));
    }
  }
  const result = gameResult(scenario, state);
  return {
    outcome: result.outcome,
    x: meterValue(scenario, state.meters, scenario.source.plane.x),
    y: meterValue(scenario, state.meters, scenario.source.plane.y),
    scores: Object.fromEntries(result.scores.map((s) => [s.role, s.score])),
    options,
    turns,
  };
}

/** Plays one game with `role` played by `choose` (options) and `greedyAnswers` or random answers. */
function play(
  scenario: Scenario,
  role: string,
  seed: number,
  choose: Chooser,
  randomAnswers: boolean,
): Game {
  const game = playGame(scenario, seed, {
    [role]: { choose, answering: randomAnswers ? 'random' : 'greedy' },
  });
  return {
    score: game.scores[role]!,
    outcome: game.outcome,
    options: game.options[role]!,
    turns: game.turns[role]!,
  };
}

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const scenarioId = argValue('scenario', 'cartel-strikes-2025');
const games = Number(argValue('games', '2000'));
const seed0 = Number(argValue('seed', '1'));
const asJson = process.argv.includes('--json');

const file = scenarioPath(scenarioId);
const loaded = loadScenario(readFileSync(file, 'utf8'), file);
if (!loaded.ok) {
  console.error(`${file} does not load`);
  process.exit(1);
}
const scenario = compileScenario(loaded.scenario);
const report: Record<string, unknown> = {};

for (const role of scenario.roles.map((r) => r.id)) {
  const bots: [string, Chooser, boolean][] = [
    ['random', randomChooser, true],
    ['greedy', greedyChooser, false],
    ...(scenario.source.balance?.policies ?? [])
      .filter((p) => p.role === role)
      .map((p): [string, Chooser, boolean] => {
        const policy: Policy = p.phases.map((phase) => [phase.through, phase.prefer]);
        return [p.id, policyChooser(policy), false];
      }),
  ];
  const all: (Game & { bot: string })[] = [];
  const perBot: Record<string, { mean: number; outcomes: Record<string, number> }> = {};
  for (const [name, chooser, randomAnswers] of bots) {
    const played: Game[] = [];
    for (let g = 0; g < games; g++)
      played.push(play(scenario, role, seed0 + g, chooser, randomAnswers));
    const outcomes: Record<string, number> = {};
    for (const g of played) outcomes[g.outcome] = (outcomes[g.outcome] ?? 0) + 1;
    perBot[name] = { mean: played.reduce((a, g) => a + g.score, 0) / played.length, outcomes };
    all.push(...played.map((g) => ({ ...g, bot: name })));
  }
  // The best region: where this role's games score highest on average.
  const byRegion: Record<string, { n: number; sum: number }> = {};
  for (const g of all) {
    const r = (byRegion[g.outcome] ??= { n: 0, sum: 0 });
    r.n++;
    r.sum += g.score;
  }
  const regionMeans = Object.fromEntries(
    scenario.source.outcomes.map((o) => [
      o.id,
      byRegion[o.id] ? byRegion[o.id]!.sum / byRegion[o.id]!.n : null,
    ]),
  );
  const best = Object.entries(regionMeans)
    .filter(([, m]) => m !== null)
    .sort((a, b) => (b[1] as number) - (a[1] as number))[0]![0];
  const scores = all.map((g) => g.score).sort((a, b) => a - b);
  const median = scores[Math.floor(scores.length / 2)]!;
  const aboveMedian = all.filter((g) => g.score > median);
  const options = scenario.options.filter((o) => o.role === role).map((o) => o.id);
  const optionUse = Object.fromEntries(
    options.map((id) => [id, aboveMedian.filter((g) => g.options.includes(id)).length]),
  );
  // Fixed sequences: the ones the greedy bot and the best games played most often, each
  // replayed move for move in every seed. None should reach the best region every time.
  const counts = new Map<string, number>();
  const topGames = [...all].sort((a, b) => b.score - a.score).slice(0, Math.ceil(all.length / 20));
  for (const g of [...all.filter((x) => x.bot === 'greedy'), ...topGames]) {
    const key = JSON.stringify(g.turns);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const sequences = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k]) => k);
  const fixedSequences = sequences.map((key) => {
    const seq = JSON.parse(key) as string[][];
    const played: Game[] = [];
    for (let g = 0; g < games; g++)
      played.push(play(scenario, role, seed0 + g, sequenceChooser(seq), false));
    const hits = played.filter((g) => g.outcome === best).length;
    return {
      sequence: seq.map((t) => t.join('+')).join(' | '),
      mean: Number((played.reduce((a, g) => a + g.score, 0) / played.length).toFixed(2)),
      bestRegionShare: Number((hits / games).toFixed(3)),
    };
  });
  report[role] = {
    bestRegion: best,
    fixedSequences,
    regionMeans,
    unreached: scenario.source.outcomes.map((o) => o.id).filter((id) => !byRegion[id]),
    medianScore: median,
    bots: Object.fromEntries(
      Object.entries(perBot).map(([name, b]) => [
        name,
        {
          mean: Number(b.mean.toFixed(2)),
          bestRegionShare: Number(((b.outcomes[best] ?? 0) / games).toFixed(3)),
          outcomes: b.outcomes,
        },
      ]),
    ),
    aboveMedianGamesChoosing: optionUse,
    neverAboveMedian: options.filter((id) => optionUse[id] === 0),
  };
}

/** Mean scores, outcome regions and mean end point on the plane of a set of games. */
function summarise(played: Played[]) {
  const mean = (f: (g: Played) => number) =>
    Number((played.reduce((a, g) => a + f(g), 0) / played.length).toFixed(1));
  const outcomes: Record<string, number> = {};
  for (const g of played) outcomes[g.outcome] = (outcomes[g.outcome] ?? 0) + 1;
  return {
    scores: Object.fromEntries(scenario.roles.map((r) => [r.id, mean((g) => g.scores[r.id]!)])),
    plane: { x: mean((g) => g.x), y: mean((g) => g.y) },
    outcomes,
  };
}

// The real courses: each government as the record has it against the computer, then both;
// and two variants that show where the record's score comes from: the reported months then
// any option (not only those on the record), and the record's moves answered greedily.
// Courses of action from the scenario's `balance.courses`, grouped by id: each role's
// course against the computer, with the two variants, and all of one id together.
const courseIds = [...new Set((scenario.source.balance?.courses ?? []).map((c) => c.id))];
const courseRuns: Record<string, Record<string, ReturnType<typeof summarise>>> = {};
for (const courseId of courseIds) {
  const courses = Object.fromEntries(
    (scenario.source.balance?.courses ?? [])
      .filter((c) => c.id === courseId)
      .map((c) => [c.role, c.months]),
  );
  const months = (role: string) => courses[role] ?? [];
  const real = (role: string): Player => ({
    choose: realCourseChooser(months(role)),
    answering: 'record',
  });
  const playing = scenario.roles.filter((r) => r.id in courses);
  const variants: [string, Record<string, Player>][] = playing.flatMap((r) => [
    [r.id, { [r.id]: real(r.id) }],
    [
      `${r.id}: reported months, then any option`,
      {
        [r.id]: {
          choose: (sc, st, role, legal, rng) =>
            (st.turn <= months(role).length ? sequenceChooser(months(role)) : greedyChooser)(
              sc,
              st,
              role,
              legal,
              rng,
            ),
          answering: 'record',
        },
      },
    ],
    [`${r.id}: answers greedy`, { [r.id]: { ...real(r.id), answering: 'greedy' } }],
  ]);
  if (playing.length > 1) {
    variants.push(['together', Object.fromEntries(playing.map((r) => [r.id, real(r.id)]))]);
  }
  const runs: Record<string, ReturnType<typeof summarise>> = {};
  for (const [name, players] of variants) {
    const played: Played[] = [];
    for (let g = 0; g < games; g++) played.push(playGame(scenario, seed0 + g, players));
    runs[name] = summarise(played);
  }
  courseRuns[courseId] = runs;
}
if (courseIds.length > 0) report.courses = courseRuns;

if (asJson) {
  console.log(JSON.stringify({ scenario: scenarioId, games, seed: seed0, report }, null, 2));
} else {
  const { courses: courseReport, ...roles } = report;
  for (const [role, r] of Object.entries(roles) as [string, Record<string, unknown>][]) {
    console.log(
      `\n== ${role}  best region: ${String(r.bestRegion)}  median score: ${(r.medianScore as number).toFixed(1)}`,
    );
    console.log(
      'region means',
      JSON.stringify(r.regionMeans, (_k, v: unknown) =>
        typeof v === 'number' ? Number(v.toFixed(1)) : v,
      ),
    );
    console.log('unreached regions', JSON.stringify(r.unreached));
    for (const [name, b] of Object.entries(
      r.bots as Record<
        string,
        { mean: number; bestRegionShare: number; outcomes: Record<string, number> }
      >,
    )) {
      console.log(
        `  ${name.padEnd(16)} mean ${b.mean.toFixed(1).padStart(5)}  best-region ${(b.bestRegionShare * 100).toFixed(1).padStart(5)}%  ${JSON.stringify(b.outcomes)}`,
      );
    }
    console.log('  options never in an above-median game:', JSON.stringify(r.neverAboveMedian));
    console.log('  fixed sequences replayed in every seed:');
    for (const f of r.fixedSequences as {
      sequence: string;
      mean: number;
      bestRegionShare: number;
    }[]) {
      console.log(
        `    best-region ${(f.bestRegionShare * 100).toFixed(1).padStart(5)}%  mean ${f.mean.toFixed(1)}  ${f.sequence}`,
      );
    }
  }
  for (const [courseId, runs] of Object.entries(
    (courseReport ?? {}) as Record<string, Record<string, ReturnType<typeof summarise>>>,
  )) {
    const labels = (scenario.source.balance?.courses ?? [])
      .filter((c) => c.id === courseId)
      .map((c) => `${c.role}: ${c.label}`);
    console.log(`\n== course ${courseId} (${labels.join('; ')})`);
    for (const [who, run] of Object.entries(runs)) {
      console.log(
        `  ${who.padEnd(38)} scores ${JSON.stringify(run.scores)}  plane ${JSON.stringify(run.plane)}  ${JSON.stringify(run.outcomes)}`,
      );
    }
  }
}
