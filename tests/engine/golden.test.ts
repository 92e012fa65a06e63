/**
 * Golden transcripts: seeded games written out by the transcript formatter, in the same
 * English words as the game's report, and compared with tests/engine/golden/*.txt. After an intended change, regenerate them with
 * `UPDATE_GOLDEN=1 npx vitest run tests/engine/golden.test.ts` and read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CompiledScenario as Scenario } from '../../src/engine';
import { createGame, legalActions, type GameConfig } from '../../src/engine';
import { formatTranscript } from '../../src/words/transcript';
import { translator } from '../../src/words/messages';
import { createRng } from '../../src/engine/rng';
import { loadFixture } from './fixture';
import { act } from './helpers';

const cases: { file: string; scenario: Scenario; config: GameConfig; chooser: number }[] = [
  {
    file: 'two-roles-solo-north.txt',
    scenario: loadFixture('two-roles'),
    config: { humanRoles: ['north'], mode: 'solo', seed: 7 },
    chooser: 1,
  },
  {
    file: 'two-roles-teams.txt',
    scenario: loadFixture('two-roles'),
    config: { humanRoles: ['north', 'south'], mode: 'teams', seed: 8 },
    chooser: 2,
  },
  {
    file: 'three-roles-solo-downstream.txt',
    scenario: loadFixture('three-roles'),
    config: { humanRoles: ['downstream'], mode: 'solo', seed: 9 },
    chooser: 3,
  },
  {
    file: 'three-roles-computer.txt',
    scenario: loadFixture('three-roles'),
    config: { humanRoles: [], mode: 'solo', seed: 10 },
    chooser: 4,
  },
];

/** A seeded player: picks a move before ending (nine times in ten), else any legal action. */
function playOut(scenario: Scenario, config: GameConfig, chooser: number): string {
  const rng = createRng(chooser);
  let state = createGame(scenario, config);
  while (state.phase !== 'ended') {
    const actions = legalActions(scenario, state);
    const moves = actions.filter((a) => a.type === 'chooseOption');
    const pool = moves.length > 0 && rng() < 0.9 ? moves : actions;
    state = act(scenario, state, pool[Math.floor(rng() * pool.length)]!);
  }
  return formatTranscript(translator('en'), scenario, state);
}

describe('golden transcripts', () => {
  it.each(cases)('$file', ({ file, scenario, config, chooser }) => {
    const path = fileURLToPath(new URL(`./golden/${file}`, import.meta.url));
    const text = playOut(scenario, config, chooser);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
    expect(existsSync(path), `missing ${file}: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });
});
